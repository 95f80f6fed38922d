import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../core/questionnaire/schema';
import { scoreAssessment } from '../../core/scoring/assessment-scores';
import { areaClaim, overallClaim } from '../../core/scoring/claims';
import { STAGE_THRESHOLDS, stageOf, stageScaleOf, V1_SCALE } from '../../core/scoring/stage';
import { validateQuestionnaire } from '../../core/validation/validate';
import { assessment, participants, readJson, votes } from '../fixtures/builders';

const v1 = readJson('assessments/questionnaires/b2b-cx-diamond-v1.json') as Questionnaire;
const v2 = readJson('assessments/questionnaires/b2b-cx-diamond-v2.json') as Questionnaire;

/** Every statement of the questionnaire agreed at `level`, except the areas in `overrides`. */
function agreedAt(q: Questionnaire, level: number, overrides: Record<string, number> = {}) {
  return assessment(
    q,
    participants('a'),
    Object.fromEntries(q.areas.flatMap((area) => area.statements.map((s) => [s.id, votes({ a: overrides[area.id] ?? level }, overrides[area.id] ?? level)]))),
  );
}

describe('each questionnaire’s own stage scale (issue 12)', () => {
  it('v1 names no scale and keeps the equal bands; v2 carries its own in its file', () => {
    expect(v1.scoring).toBeUndefined();
    expect(stageScaleOf(v1)).toEqual(V1_SCALE);
    expect(V1_SCALE.thresholds).toEqual([1.8, 2.6, 3.4, 4.2]);
    expect(stageScaleOf(v2)).toEqual({ thresholds: [1.8, 2.6, 3.4, 4.5], capOverallAtWeakestPlusOne: true });
  });

  it('reaches the top stage of v2 only at 4.5, where v1 reached it at 4.2', () => {
    const scale = stageScaleOf(v2);
    expect([4.2, 4.4, 4.49, 4.5, 5].map((s) => stageOf(s, scale))).toEqual([4, 4, 4, 5, 5]);
    expect([4.2, 4.4].map((s) => stageOf(s))).toEqual([5, 5]);
  });

  it('gives the same stage on both scales below the top band (stages 1–4 stay comparable)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 4.19, noNaN: true }), (score) => {
        expect(stageOf(score, stageScaleOf(v2))).toBe(stageOf(score, stageScaleOf(v1)));
      }),
    );
  });

  it('refuses thresholds that do not increase, naming the JSON path', () => {
    const broken = { ...structuredClone(v2), scoring: { stageThresholds: [1.8, 2.6, 2.6, 4.5] } };
    const result = validateQuestionnaire(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ path: 'scoring.stageThresholds[2]', code: 'thresholds-order' }));
  });
});

describe('the overall stage cap of v2: at most one above the weakest area', () => {
  it('caps a high mean when one area is at stage 1, and says which area and why', () => {
    // Eight areas at level 5 and one at level 1: the mean is 4.56 (stage 5 alone), the weakest area is stage 1.
    const scores = scoreAssessment(agreedAt(v2, 5, { measurement: 1 }));
    expect(scores.overall).toBeCloseTo(4.556, 3);
    expect(scores.stage).toBe(5);
    const overall = overallClaim(scores);
    expect(overall.stage).toBe(2);
    expect(overall.capped).toEqual({ areaId: 'measurement', areaStage: 1, uncapped: 5 });
  });

  it('never caps v1, whatever the spread', () => {
    const overall = overallClaim(scoreAssessment(agreedAt(v1, 5, { measurement: 1 })));
    expect(overall.stage).toBe(5);
    expect(overall.capped).toBeUndefined();
  });

  it('leaves the stage alone when every area is within one stage of it', () => {
    const overall = overallClaim(scoreAssessment(agreedAt(v2, 4, { brand: 3 })));
    expect(overall.stage).toBe(4);
    expect(overall.capped).toBeUndefined();
  });

  it('holds for any answers: the claimed overall stage is never more than one above a claimed area stage', () => {
    const ids = v2.areas.flatMap((a) => a.statements.map((s) => s.id));
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), { minLength: ids.length, maxLength: ids.length }), (levels) => {
        const answers = Object.fromEntries(ids.flatMap((id, i) => (levels[i] === undefined ? [] : [[id, votes({ a: levels[i] as number }, levels[i])]])));
        const scores = scoreAssessment(assessment(v2, participants('a'), answers));
        const overall = overallClaim(scores);
        const areaStages = scores.areas.map((a) => areaClaim(a).stage).filter((s): s is number => s !== null);
        if (overall.stage !== null && areaStages.length > 0) expect(overall.stage).toBeLessThanOrEqual(Math.min(...areaStages) + 1);
        if (overall.capped) expect(overall.capped.uncapped).toBeGreaterThan(overall.stage as number);
      }),
      { numRuns: 200 },
    );
  });
});

it('keeps the v1 thresholds exported for old callers', () => {
  expect(STAGE_THRESHOLDS).toEqual([1.8, 2.6, 3.4, 4.2]);
});
