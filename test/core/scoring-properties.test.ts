import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Assessment, StatementAnswer } from '../../core/assessment/schema';
import { scoreAssessment, type AssessmentScores } from '../../core/scoring';
import { assessment, participants, questionnaire } from '../fixtures/builders';

const STATEMENTS = { a: ['a1', 'a2', 'a3'], b: ['b1', 'b2'], c: ['c1'] };
const IDS = Object.values(STATEMENTS).flat();
const PEOPLE = participants('p1:johto', 'p2:johto', 'p3:kentta', 'p4');
const q = questionnaire(STATEMENTS);

const answerValue: fc.Arbitrary<AnswerValue> = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant('na' as const), fc.constant('dont-know' as const));
const statementAnswer: fc.Arbitrary<StatementAnswer> = fc.record(
  { votes: fc.dictionary(fc.constantFrom('p1', 'p2', 'p3', 'p4'), answerValue), agreed: answerValue },
  { requiredKeys: ['votes'] },
);
const answersArb = fc.dictionary(fc.constantFrom(...IDS), statementAnswer);
const settingsArb = fc.dictionary(
  fc.constantFrom('a', 'b', 'c'),
  fc.record({ weight: fc.double({ min: 0, max: 5, noNaN: true }), target: fc.double({ min: 1, max: 5, noNaN: true }) }, { requiredKeys: [] }),
);
const assessmentArb = fc.tuple(answersArb, settingsArb).map(([answers, areas]) => assessment(q, PEOPLE, answers, { areas }));

/** Every score number in a result, labelled, for whole-result comparisons. */
function allScores(s: AssessmentScores): Record<string, number | null> {
  const out: Record<string, number | null> = { overall: s.overall };
  for (const area of s.areas) {
    out[`area:${area.areaId}`] = area.score;
    for (const st of area.statements) out[`statement:${st.statementId}`] = st.score;
  }
  for (const g of s.groups) for (const [id, v] of Object.entries(g.areas)) out[`group:${g.group}:${id}`] = v;
  for (const p of s.participants) for (const [id, v] of Object.entries(p.areas)) out[`participant:${p.participantId}:${id}`] = v;
  return out;
}

const clone = (a: Assessment): Assessment => structuredClone(a);

describe('scoring invariants (fast-check)', () => {
  it('every score is within 1..5 or absent', () => {
    fc.assert(
      fc.property(assessmentArb, (a) => {
        for (const [key, v] of Object.entries(allScores(scoreAssessment(a)))) {
          if (v !== null) expect(v >= 1 - 1e-12 && v <= 5 + 1e-12, `${key}=${v}`).toBe(true);
        }
      }),
    );
  });

  it('participant order does not matter', () => {
    fc.assert(
      fc.property(assessmentArb, fc.func(fc.integer()), (a, key) => {
        const shuffled = clone(a);
        shuffled.participants = [...a.participants].sort((x, y) => key(x.id) - key(y.id));
        const before = allScores(scoreAssessment(a));
        const after = allScores(scoreAssessment(shuffled));
        expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
        for (const k of Object.keys(before)) {
          if (before[k] === null) expect(after[k], k).toBeNull();
          else expect(after[k], k).toBeCloseTo(before[k] as number, 10);
        }
      }),
    );
  });

  it('raising one answer never lowers any score', () => {
    fc.assert(
      fc.property(
        assessmentArb,
        fc.constantFrom(...IDS),
        fc.constantFrom('p1', 'p2', 'p3', 'p4', 'agreed'),
        fc.integer({ min: 1, max: 4 }),
        (a, sid, who, level) => {
          const low = clone(a);
          const high = clone(a);
          const set = (x: Assessment, v: number) => {
            const answer = (x.answers[sid] ??= { votes: {} });
            if (who === 'agreed') answer.agreed = v;
            else (answer.votes ??= {})[who] = v;
          };
          set(low, level);
          set(high, level + 1);
          const before = allScores(scoreAssessment(low));
          const after = allScores(scoreAssessment(high));
          for (const k of Object.keys(before)) {
            if (before[k] === null) continue;
            expect(after[k], k).not.toBeNull();
            expect((after[k] as number) >= (before[k] as number) - 1e-12, `${k}: ${before[k]} -> ${after[k]}`).toBe(true);
          }
        },
      ),
    );
  });

  it('adding a not-applicable answer changes no score', () => {
    fc.assert(
      fc.property(assessmentArb, fc.constantFrom(...IDS), fc.constantFrom('p1', 'p2', 'p3', 'p4'), (a, sid, who) => {
        fc.pre(a.answers[sid]?.votes?.[who] === undefined);
        const withNa = clone(a);
        ((withNa.answers[sid] ??= { votes: {} }).votes ??= {})[who] = 'na';
        expect(allScores(scoreAssessment(withNa))).toEqual(allScores(scoreAssessment(a)));
      }),
    );
  });

  it('the agreed score overrides the votes', () => {
    fc.assert(
      fc.property(assessmentArb, fc.constantFrom(...IDS), fc.integer({ min: 1, max: 5 }), (a, sid, agreed) => {
        const x = clone(a);
        (x.answers[sid] ??= { votes: {} }).agreed = agreed;
        const st = scoreAssessment(x)
          .areas.flatMap((area) => area.statements)
          .find((s) => s.statementId === sid)!;
        expect(st.score).toBe(agreed);
        expect(st.basis).toBe('agreed');
      }),
    );
  });
});
