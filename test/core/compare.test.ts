import { describe, expect, it } from 'vitest';
import { compareAssessments, scoreAssessment, trend } from '../../core/scoring';
import { assessment, example, participants, questionnaire, votes } from '../fixtures/builders';

const people = participants('p1', 'p2');

describe('comparing two assessments of a client', () => {
  const v1 = questionnaire({ strategy: ['s1', 's2', 's-old'], measurement: ['m1'] });
  // Version 2 dropped s-old, added s-new and a whole new area.
  const v2 = { ...questionnaire({ strategy: ['s1', 's2', 's-new'], measurement: ['m1'], technology: ['t1'] }), version: 2 };
  const before = assessment(
    v1,
    people,
    { s1: votes({ p1: 2, p2: 2 }), s2: votes({ p1: 3 }), 's-old': votes({ p1: 1 }), m1: votes({ p1: 4 }) },
    { id: 'y2025', date: '2025-03-01' },
  );
  const after = assessment(
    v2,
    people,
    { s1: votes({ p1: 4, p2: 3 }), s2: votes({ p1: 3 }), 's-new': votes({ p1: 5 }), m1: votes({ p1: 2 }), t1: votes({ p1: 3 }) },
    { id: 'y2026', date: '2026-03-01' },
  );
  const c = compareAssessments(before, after);

  it('matches areas by id, across questionnaire versions', () => {
    // strategy: before (2 + 3 + 1) / 3 = 2; after (3.5 + 3 + 5) / 3 = 3.8333…
    expect(c.areas[0]!.areaId).toBe('strategy');
    expect(c.areas[0]!.before).toBe(2);
    expect(c.areas[0]!.after).toBeCloseTo(23 / 6, 10);
    expect(c.areas[0]!.delta).toBeCloseTo(23 / 6 - 2, 10);
    expect(c.areas.slice(1)).toEqual([
      { areaId: 'measurement', before: 4, after: 2, delta: -2 },
      { areaId: 'technology', before: null, after: 3, delta: null },
    ]);
  });

  it('matches statements by id where both have them and lists the rest', () => {
    expect(c.statements).toEqual([
      { statementId: 's1', areaId: 'strategy', before: 2, after: 3.5, delta: 1.5 },
      { statementId: 's2', areaId: 'strategy', before: 3, after: 3, delta: 0 },
      { statementId: 'm1', areaId: 'measurement', before: 4, after: 2, delta: -2 },
    ]);
    expect(c.onlyInBase).toEqual([{ statementId: 's-old', areaId: 'strategy' }]);
    expect(c.onlyInCurrent).toEqual([
      { statementId: 's-new', areaId: 'strategy' },
      { statementId: 't1', areaId: 'technology' },
    ]);
  });

  it('lists the top improved and declined, ignoring no change', () => {
    expect(c.improvedAreas.map((a) => a.areaId)).toEqual(['strategy']);
    expect(c.declinedAreas.map((a) => a.areaId)).toEqual(['measurement']);
    expect(c.improvedStatements.map((s) => s.statementId)).toEqual(['s1']);
    expect(c.declinedStatements.map((s) => s.statementId)).toEqual(['m1']);
  });

  it('compares the overall index', () => {
    expect(c.overall.before).toBe(3); // (2 + 4) / 2
    expect(c.overall.after).toBeCloseTo((23 / 6 + 2 + 3) / 3, 10);
    expect(c.overall.delta).toBeCloseTo((23 / 6 + 2 + 3) / 3 - 3, 10);
  });
});

describe('trend over a client’s assessments', () => {
  it('orders by date and gives each assessment’s scores', () => {
    const [a2025, a2026] = [example('nordtek-2025'), example('nordtek-2026')];
    const points = trend([a2026, a2025]);
    expect(points.map((p) => p.assessmentId)).toEqual(['nordtek-2025', 'nordtek-2026']);
    expect(points[1]!.overall).toBe(scoreAssessment(a2026).overall);
    expect(Object.keys(points[0]!.areas)).toHaveLength(9);
  });

  it('shows the example client improving in strategy between the two workshops', () => {
    const c = compareAssessments(example('nordtek-2025'), example('nordtek-2026'));
    expect(c.onlyInBase).toEqual([]);
    expect(c.statements).toHaveLength(45);
    expect(c.areas.find((a) => a.areaId === 'strategy')!.delta).toBeGreaterThan(0);
  });
});

describe('change thresholds and rounding', () => {
  it('counts a rise of exactly 0.05 as a change from 3.0 as well as from 1.0 (float tolerance)', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `s${i + 1}`);
    const q = questionnaire({ strategy: ids });
    const at = (base: number, raised: number) =>
      assessment(q, participants('p1'), Object.fromEntries(ids.map((id, i) => [id, votes({ p1: i === 0 ? raised : base })])));
    // 3.0 → 3.05 is 0.04999999999999982 in binary; 1.0 → 1.05 is 0.050000000000000044.
    expect(compareAssessments(at(3, 3), at(3, 4)).improvedAreas.map((a) => a.areaId)).toEqual(['strategy']);
    expect(compareAssessments(at(1, 1), at(1, 2)).improvedAreas.map((a) => a.areaId)).toEqual(['strategy']);
    expect(compareAssessments(at(3, 4), at(3, 3)).declinedAreas.map((a) => a.areaId)).toEqual(['strategy']);
  });

  it('rounds exported numbers to two decimals, half away from zero, without -0', async () => {
    const { roundForExport, roundNumbersForExport } = await import('../../core/scoring/rounding');
    expect(roundForExport(0.8399999999999999)).toBe(0.84);
    expect(roundForExport(2.345)).toBe(2.35);
    expect(roundForExport(-0.001)).toBe(0);
    expect(roundNumbersForExport({ a: [1.005, 3, null], b: { c: 2.6666 } })).toEqual({ a: [1.01, 3, null], b: { c: 2.67 } });
  });
});
