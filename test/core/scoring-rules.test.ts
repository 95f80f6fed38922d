import { describe, expect, it } from 'vitest';
import { biggestGaps, scoreAssessment, stageOf, strengths, weakest } from '../../core/scoring';
import { assessment, participants, questionnaire, votes } from '../fixtures/builders';

const q = questionnaire({ a: ['a1', 'a2'], b: ['b1'], c: ['c1'] });
const people = participants('p1', 'p2', 'p3');

describe('statement scores', () => {
  it('use the agreed score when set, otherwise the mean of the votes', () => {
    const s = scoreAssessment(assessment(q, people, { a1: votes({ p1: 1, p2: 1 }, 5), a2: votes({ p1: 2, p2: 3, p3: 5 }) }));
    expect(s.areas[0]!.statements.map((x) => x.score)).toEqual([5, 10 / 3]);
  });

  it('never count not-applicable or don’t-know as zero', () => {
    const s = scoreAssessment(assessment(q, people, { a1: votes({ p1: 4, p2: 'na', p3: 'dont-know' }) }));
    expect(s.areas[0]!.statements[0]!.score).toBe(4);
  });

  it('leave a statement with only not-applicable / don’t-know unscored but answered', () => {
    const s = scoreAssessment(assessment(q, people, { a1: votes({ p1: 'na', p2: 'dont-know' }) }));
    expect(s.areas[0]!.statements[0]).toMatchObject({ score: null, answered: true, basis: 'none' });
  });

  it('ignore votes of people who are not participants any more', () => {
    const a = assessment(q, participants('p1'), { a1: votes({ p1: 2 }) });
    a.answers.a1!.votes!.gone = 5;
    expect(scoreAssessment(a).areas[0]!.statements[0]!.score).toBe(2);
  });

  it('flag disagreement at two levels apart, not at one', () => {
    const s = scoreAssessment(assessment(q, people, { a1: votes({ p1: 2, p2: 3 }), a2: votes({ p1: 2, p2: 4 }) }));
    expect(s.areas[0]!.statements.map((x) => x.disagreement)).toEqual([false, true]);
  });
});

describe('area and overall scores', () => {
  it('give an area with nothing answered no score (not 0), and leave it out of the overall', () => {
    const s = scoreAssessment(assessment(q, people, { a1: votes({ p1: 4 }), b1: votes({ p1: 2 }) }));
    expect(s.areas.map((a) => a.score)).toEqual([4, 2, null]);
    expect(s.areas[2]!.stage).toBeNull();
    expect(s.overall).toBe(3);
  });

  it('have no overall score when nothing is answered', () => {
    const s = scoreAssessment(assessment(q, people));
    expect(s.overall).toBeNull();
    expect(s.stage).toBeNull();
    expect(s.coverage).toEqual({ answered: 0, scored: 0, total: 4, share: 0 });
  });

  it('weight statements within an area', () => {
    const weighted = questionnaire({ a: ['a1', 'a2'] });
    weighted.areas[0]!.statements[0]!.weight = 3;
    const s = scoreAssessment(assessment(weighted, people, { a1: votes({ p1: 4 }), a2: votes({ p1: 2 }) }));
    expect(s.areas[0]!.score).toBe(3.5);
  });

  it('weight areas in the overall index, and a zero weight leaves an area out', () => {
    const answers = { a1: votes({ p1: 4 }), b1: votes({ p1: 2 }), c1: votes({ p1: 1 }) };
    expect(scoreAssessment(assessment(q, people, answers, { areas: { a: { weight: 2 }, c: { weight: 0 } } })).overall).toBeCloseTo(10 / 3, 10);
  });

  it('report the gap to target only where both exist', () => {
    const s = scoreAssessment(assessment(q, people, { a1: votes({ p1: 2 }) }, { areas: { a: { target: 4 }, b: { target: 3 } } }));
    expect(s.areas.map((a) => a.gap)).toEqual([2, null, null]);
  });

  it('rank strengths, weakest areas and biggest gaps', () => {
    const s = scoreAssessment(
      assessment(
        q,
        people,
        { a1: votes({ p1: 4 }), b1: votes({ p1: 2 }), c1: votes({ p1: 3 }) },
        { areas: { b: { target: 4 }, c: { target: 3.5 }, a: { target: 3 } } },
      ),
    );
    expect(strengths(s, 2).map((a) => a.areaId)).toEqual(['a', 'c']);
    expect(weakest(s, 2).map((a) => a.areaId)).toEqual(['b', 'c']);
    expect(biggestGaps(s).map((a) => a.areaId)).toEqual(['b', 'c']);
  });
});

describe('stages', () => {
  it.each([
    [1, 1],
    [1.79, 1],
    [1.8, 2],
    [2.6, 3],
    [(2 + 3 + 3 + 2 + 3) / 5, 3], // 2.6 computed, not exact in binary
    [3.39, 3],
    [3.4, 4],
    [4.2, 5],
    [5, 5],
  ])('score %d is stage %d', (score, stage) => expect(stageOf(score)).toBe(stage));

  it('no score, no stage', () => expect(stageOf(null)).toBeNull());
});

describe('groups', () => {
  it('score only the participants with a group, per group', () => {
    const s = scoreAssessment(assessment(q, participants('x:johto', 'y:kenttä', 'z'), { a1: votes({ x: 5, y: 1, z: 3 }) }));
    expect(s.groups.map((g) => [g.group, g.participantIds, g.areas.a])).toEqual([
      ['johto', ['x'], 5],
      ['kenttä', ['y'], 1],
    ]);
  });
});
