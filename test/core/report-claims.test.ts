import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREA_CLAIM_SHARE, areaClaim, displayedScore, displayedStage, highlights, overallClaim, scoreAssessment, stageOf } from '../../core/scoring';
import { formatScore } from '../../core/format';
import { assessment, participants, questionnaire, votes } from '../fixtures/builders';

const people = participants('p1', 'p2');

describe('the stage shown beside a score', () => {
  it('follows the score as displayed: 1.75 shows as 1,8 and is stage 2', () => {
    expect(stageOf(1.75)).toBe(1);
    expect(formatScore(1.75, 'fi')).toBe('1,8');
    expect(displayedScore(1.75)).toBe(1.8);
    expect(displayedStage(1.75)).toBe(2);
    expect(displayedStage(1.7499)).toBe(1);
    expect(displayedStage(2.5999999999999996)).toBe(3);
    expect(displayedStage(null)).toBeNull();
  });

  it('never contradicts the printed number, for any score', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5, noNaN: true }), (score) => {
        const printed = Number(formatScore(score, 'en'));
        expect(displayedStage(score)).toBe(stageOf(printed));
      }),
    );
  });
});

describe('coverage thresholds', () => {
  const q = questionnaire({ a: ['a1', 'a2', 'a3', 'a4', 'a5'], b: ['b1', 'b2', 'b3', 'b4', 'b5'] });

  it('claim an area stage from 3 of 5 statements scored, not from 2', () => {
    expect(AREA_CLAIM_SHARE).toBe(0.6);
    const two = scoreAssessment(assessment(q, people, { a1: votes({ p1: 4 }), a2: votes({ p1: 4 }) }));
    expect(areaClaim(two.areas[0]!)).toMatchObject({ shown: 4, stage: null, partial: true, scored: 2, total: 5 });
    const three = scoreAssessment(assessment(q, people, { a1: votes({ p1: 4 }), a2: votes({ p1: 4 }), a3: votes({ p1: 4 }) }));
    expect(areaClaim(three.areas[0]!)).toMatchObject({ stage: 4, partial: false });
  });

  it('do not count don’t-know or not-applicable as scored', () => {
    const s = scoreAssessment(assessment(q, people, { a1: votes({ p1: 3 }), a2: votes({ p1: 3 }), a3: votes({ p1: 'dont-know' }), a4: votes({ p1: 'na' }) }));
    expect(areaClaim(s.areas[0]!)).toMatchObject({ stage: null, partial: true, scored: 2 });
  });

  it('claim an overall stage only from 60 % of all statements scored', () => {
    const five = Object.fromEntries(['a1', 'a2', 'a3', 'a4', 'a5'].map((id) => [id, votes({ p1: 3 })]));
    expect(overallClaim(scoreAssessment(assessment(q, people, five)))).toMatchObject({ stage: null, partial: true, shown: 3 });
    const six = { ...five, b1: votes({ p1: 3 }) };
    expect(overallClaim(scoreAssessment(assessment(q, people, six)))).toMatchObject({ stage: 3, partial: false });
  });

  it('have nothing to claim without a score', () => {
    expect(overallClaim(scoreAssessment(assessment(q, people)))).toMatchObject({ score: null, shown: null, stage: null, partial: false });
  });
});

describe('strengths and biggest gaps', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
  const q = questionnaire(Object.fromEntries(ids.map((id) => [id, [`${id}1`, `${id}2`, `${id}3`]])));
  const answersFor = (levels: number[]) =>
    Object.fromEntries(ids.flatMap((id, i) => [1, 2, 3].map((n) => [`${id}${n}`, votes({ p1: levels[i] as 1 | 2 | 3 | 4 | 5 })])));

  it('never name the same area in both lists, whatever the scores and targets', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 9, maxLength: 9 }),
        fc.array(fc.option(fc.integer({ min: 1, max: 5 })), { minLength: 9, maxLength: 9 }),
        (levels, targets) => {
          const areas = Object.fromEntries(ids.flatMap((id, i) => (targets[i] ? [[id, { target: targets[i] as number }]] : [])));
          const h = highlights(scoreAssessment(assessment(q, people, answersFor(levels), { areas })));
          const strong = new Set(h.strengths.map((a) => a.areaId));
          expect(h.gaps.some((a) => strong.has(a.areaId))).toBe(false);
          expect(h.strengths.length).toBe(3);
          // Three gaps, unless fewer areas remain that have not reached a target of their own.
          const open = h.gaps.length;
          const candidates = ids.filter((id, i) => !strong.has(id) && !(targets[i] && levels[i]! >= targets[i]!)).length;
          expect(open).toBe(Math.min(3, candidates));
          for (const gap of h.gaps) expect(gap.gap === null || gap.gap > 0, gap.areaId).toBe(true);
        },
      ),
    );
  });

  it('rank gaps by distance to target when targets exist, else by the weakest score', () => {
    const levels = [5, 4, 4, 3, 3, 3, 2, 2, 1];
    const weakest = highlights(scoreAssessment(assessment(q, people, answersFor(levels))));
    expect(weakest.strengths.map((a) => a.areaId)).toEqual(['a', 'b', 'c']);
    expect(weakest.gaps.map((a) => a.areaId)).toEqual(['i', 'h', 'g']);
    expect(weakest.gapBasis).toBe('weakest');
    const targeted = highlights(scoreAssessment(assessment(q, people, answersFor(levels), { areas: { d: { target: 5 }, i: { target: 2 } } })));
    expect(targeted.gapBasis).toBe('target');
    expect(targeted.gaps.map((a) => a.areaId)).toEqual(['d', 'i', 'h']);
    // An area beyond its target is never listed as a gap, even among the weakest.
    const met = highlights(scoreAssessment(assessment(q, people, answersFor(levels), { areas: { d: { target: 5 }, i: { target: 1 } } })));
    expect(met.gaps.map((a) => a.areaId)).toEqual(['d', 'h', 'g']);
  });

  it('leave out areas with too few answers', () => {
    const partial = scoreAssessment(assessment(q, people, { a1: votes({ p1: 5 }), b1: votes({ p1: 4 }), b2: votes({ p1: 4 }) }));
    const h = highlights(partial);
    expect([...h.strengths, ...h.gaps].map((a) => a.areaId)).not.toContain('a');
  });
});
