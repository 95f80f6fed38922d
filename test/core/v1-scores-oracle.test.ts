import { describe, expect, it } from 'vitest';
import { validateAssessment } from '../../core/validation/validate';
import { scoreAssessment } from '../../core/scoring/assessment-scores';
import { areaClaim, overallClaim } from '../../core/scoring/claims';
import { readJson } from '../fixtures/builders';

const oracle = readJson('test/fixtures/v1-example-scores.json') as Record<string, unknown>;

// Issue 12: v1 assessments keep scoring exactly as before v2 existed. The
// oracle was computed from the example assessments by the code at commit
// aac66d4 (before questionnaire v2 and per-questionnaire stage scales) and
// is compared exactly, not approximately.
describe('v1 example assessments score exactly as before v2', () => {
  for (const [name, expected] of Object.entries(oracle)) {
    it(name, () => {
      const result = validateAssessment(readJson(`assessments/examples/${name}.json`));
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect([result.value.questionnaire.id, result.value.questionnaire.version, result.value.questionnaire.scoring]).toEqual(['b2b-cx-diamond', 1, undefined]);
      const scores = scoreAssessment(result.value);
      const overall = overallClaim(scores);
      expect({
        overall: scores.overall,
        stage: scores.stage,
        claimedStage: overall.stage,
        shown: overall.shown,
        areas: Object.fromEntries(scores.areas.map((a) => [a.areaId, [a.score, a.stage, areaClaim(a).stage]])),
      }).toEqual(expected);
      expect(overall.capped).toBeUndefined();
    });
  }
});
