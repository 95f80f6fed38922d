import { describe, expect, it } from 'vitest';
import type { Assessment, StatementAnswer } from '../../core/assessment/schema';
import { compareOverTime, comparisonProblem, matchStatements, QuestionnaireMappingSchema } from '../../core/compare';
import { scoreAssessment } from '../../core/scoring';
import { overallClaim } from '../../core/scoring/claims';
import { assessment, defaultQuestionnaire, example, participants, questionnaire, readJson, shippedQuestionnaire, votes } from '../fixtures/builders';

const mapping = QuestionnaireMappingSchema.parse(readJson('assessments/questionnaires/b2b-cx-diamond-v1-to-v2.json'));
const [v1, v2] = [shippedQuestionnaire(), defaultQuestionnaire()];
const REPLACED = [
  { earlierId: 'str-cx-competitive-advantage', laterId: 'str-vision-mission-purpose' },
  { earlierId: 'str-strategy-into-action', laterId: 'str-data-driven-management' },
  { earlierId: 'emo-defining-moments', laterId: 'emo-path-defining-moments' },
  { earlierId: 'tec-integrated-customer-view', laterId: 'tec-customer-data-capital' },
];

describe('matching statements of questionnaire v1 and v2 by the documented mapping', () => {
  const m = matchStatements(v1, v2, [mapping]);

  it('compares reworded statements, lists replaced ones with both ids, and new and removed ones on their side', () => {
    expect(m.basis).toBe('mapping');
    expect(m.matched).toHaveLength(40);
    expect(m.matched.every((s) => s.change === 'reworded' && s.earlierId === s.laterId)).toBe(true);
    expect(m.replaced.map(({ earlierId, laterId }) => ({ earlierId, laterId }))).toEqual(REPLACED);
    expect(m.removed).toEqual([{ statementId: 'cun-development-with-users', areaId: 'customer-understanding' }]);
    expect(m.added).toEqual([{ statementId: 'cun-prospects-and-buying-journey', areaId: 'customer-understanding' }]);
  });

  it('accounts for every statement of both questionnaires exactly once', () => {
    const ids = (q: typeof v1) => q.areas.flatMap((a) => a.statements.map((s) => s.id)).sort();
    expect([...m.matched.map((s) => s.earlierId), ...m.replaced.map((s) => s.earlierId), ...m.removed.map((s) => s.statementId)].sort()).toEqual(ids(v1));
    expect([...m.matched.map((s) => s.laterId), ...m.replaced.map((s) => s.laterId), ...m.added.map((s) => s.statementId)].sort()).toEqual(ids(v2));
  });

  it('reads the mapping backwards for a v1 assessment after a v2 one', () => {
    const back = matchStatements(v2, v1, [mapping]);
    expect(back.removed.map((s) => s.statementId)).toEqual(['cun-prospects-and-buying-journey']);
    expect(back.added.map((s) => s.statementId)).toEqual(['cun-development-with-users']);
    expect(back.replaced.map(({ earlierId, laterId }) => ({ earlierId: laterId, laterId: earlierId }))).toEqual(REPLACED);
  });

  it('without the mapping, matches by id only: a replaced statement is then one removed and one added', () => {
    const byId = matchStatements(v1, v2);
    expect(byId.basis).toBe('id');
    expect(byId.replaced).toEqual([]);
    expect(byId.matched.every((s) => s.change === 'same')).toBe(true);
    expect(byId.removed.map((s) => s.statementId)).toEqual(expect.arrayContaining(REPLACED.map((r) => r.earlierId)));
  });

  it('a custom questionnaire (another id) matches by id only, even with mappings given', () => {
    const custom = { ...questionnaire({ strategy: ['str-cx-competitive-advantage', 'own-1'], extra: ['x1'] }), id: 'acme-cx' };
    const m2 = matchStatements(v1, custom, [mapping]);
    expect(m2.basis).toBe('id');
    expect(m2.matched).toEqual([{ earlierId: 'str-cx-competitive-advantage', laterId: 'str-cx-competitive-advantage', areaId: 'strategy', change: 'same' }]);
    expect(m2.added).toEqual([
      { statementId: 'own-1', areaId: 'strategy' },
      { statementId: 'x1', areaId: 'extra' },
    ]);
    expect(m2.removed).toHaveLength(44);
  });
});

/** A v2 assessment a year after nordtek-2026: answers copied where comparable, the replaced and new statements answered afresh. */
function nordtek2027(): Assessment {
  const previous = example('nordtek-2026');
  const answers: Record<string, StatementAnswer> = {};
  for (const s of matchStatements(v1, v2, [mapping]).matched) answers[s.laterId] = previous.answers[s.earlierId]!;
  for (const r of REPLACED) answers[r.laterId] = votes({ anna: 2, jukka: 2 });
  answers['cun-prospects-and-buying-journey'] = votes({ anna: 4, laura: 5 });
  // One clear rise on a reworded statement.
  answers['cun-listening-and-analysis'] = { agreed: 5 };
  return {
    ...previous,
    id: 'nordtek-2027',
    date: '2027-03-16',
    createdAt: '2027-03-16T08:00:00.000Z',
    updatedAt: '2027-03-16T08:00:00.000Z',
    questionnaire: v2,
    answers,
    roadmap: undefined,
    kpis: { values: [{ kpiId: 'nps', value: 31, period: '2026' }] },
  };
}

describe('comparing a client’s assessments over time, across v1 and v2', () => {
  const a2025 = {
    ...example('nordtek-2025'),
    kpis: {
      values: [
        { kpiId: 'nps', value: 12, period: '2024' },
        { kpiId: 'churn', value: 9, period: '2024' },
      ],
    },
  };
  const a2026 = example('nordtek-2026');
  const a2027 = nordtek2027();
  const c = compareOverTime({ assessments: [a2027, a2025, a2026], mappings: [mapping] });

  it('orders the assessments by date and gives each one’s claimed overall stage', () => {
    expect(c.assessments.map((a) => a.assessmentId)).toEqual(['nordtek-2025', 'nordtek-2026', 'nordtek-2027']);
    expect(c.overall.points.map((p) => p.stage)).toEqual([a2025, a2026, a2027].map((a) => overallClaim(scoreAssessment(a)).stage));
    expect(c.overall.points.map((p) => p.score)).toEqual([a2025, a2026, a2027].map((a) => scoreAssessment(a).overall));
    expect(c.overall.steps).toHaveLength(2);
    const f = c.overall.firstToLatest!;
    expect(f.score.delta).toBeCloseTo(c.overall.points[2]!.score! - c.overall.points[0]!.score!, 12);
    // v1 → v1 keeps the scale; v1 → v2 does not, and the step says so.
    expect(c.overall.steps.map((s) => s.scaleChanged)).toEqual([false, true]);
    expect(f.scaleChanged).toBe(true);
  });

  it('follows a reworded statement through all three, and ends a replaced one where its meaning changed', () => {
    const listening = c.statements.find((t) => t.statementId === 'cun-listening-and-analysis')!;
    expect(listening.ids).toEqual(['cun-listening-and-analysis', 'cun-listening-and-analysis', 'cun-listening-and-analysis']);
    expect(listening.reworded).toBe(true);
    expect(listening.scores[2]).toBe(5);
    expect(listening.change!.after).toBe(5);
    expect(c.improvedStatements[0]!.statementId).toBe('cun-listening-and-analysis');
    const old = c.statements.find((t) => t.ids[0] === 'str-cx-competitive-advantage')!;
    expect(old.ids).toEqual(['str-cx-competitive-advantage', 'str-cx-competitive-advantage', null]);
    expect(old.scores[2]).toBeNull();
    const successor = c.statements.find((t) => t.statementId === 'str-vision-mission-purpose')!;
    expect(successor.ids).toEqual([null, null, 'str-vision-mission-purpose']);
    expect(successor.change).toBeNull();
  });

  it('lists what did not match between each pair', () => {
    expect(c.matching[0]).toMatchObject({ basis: 'id', replaced: [], removed: [], added: [], areasOnlyBefore: [], areasOnlyAfter: [] });
    expect(c.matching[1]!.basis).toBe('mapping');
    expect(c.matching[1]!.replaced.map((r) => r.laterId)).toEqual(REPLACED.map((r) => r.laterId));
    expect(c.matching[1]!.removed.map((s) => s.statementId)).toEqual(['cun-development-with-users']);
    expect(c.matching[1]!.added.map((s) => s.statementId)).toEqual(['cun-prospects-and-buying-journey']);
  });

  it('puts the KPIs side by side, dated by assessment', () => {
    expect(c.kpis.map((k) => k.kpiId)).toEqual(['nps', 'churn']);
    expect(c.kpis[0]!.points).toEqual([
      { assessmentId: 'nordtek-2025', date: '2025-03-18', period: '2024', value: 12 },
      { assessmentId: 'nordtek-2027', date: '2027-03-16', period: '2026', value: 31 },
    ]);
    expect(c.kpis[1]).toMatchObject({ definition: { unit: 'percent', higherIsBetter: false }, points: [{ value: 9 }] });
  });

  it('does not depend on the order the assessments are given in', () => {
    for (const order of [
      [a2025, a2026, a2027],
      [a2026, a2027, a2025],
      [a2027, a2026, a2025],
    ])
      expect(compareOverTime({ assessments: order, mappings: [mapping] })).toEqual(c);
  });

  it('puts every statement of every assessment in exactly one track, and a score only where the track has the statement', () => {
    [a2025, a2026, a2027].forEach((a, i) => {
      const ids = a.questionnaire.areas.flatMap((x) => x.statements.map((s) => s.id)).sort();
      expect(c.statements.flatMap((t) => (t.ids[i] ? [t.ids[i]] : [])).sort()).toEqual(ids);
    });
    for (const t of c.statements) t.ids.forEach((id, i) => id === null && expect(t.scores[i]).toBeNull());
  });

  it('claims the overall stage with v2’s cap and says when the cap applied', () => {
    const capped = {
      ...a2027,
      id: 'nordtek-2028',
      date: '2028-03-14',
      answers: Object.fromEntries(v2.areas.flatMap((area) => area.statements.map((st) => [st.id, { agreed: area.id === 'measurement' ? 1 : 5 }]))),
    };
    const withCap = compareOverTime({ assessments: [a2026, capped], mappings: [mapping] });
    const latest = withCap.overall.points[1]!;
    // Mean (8 × 5 + 1) / 9 = 4.56 would be stage 5; measurement at stage 1 caps it at 2.
    expect(latest).toMatchObject({ stage: 2, capped: { areaId: 'measurement', areaStage: 1, uncapped: 5 } });
    expect(withCap.overall.firstToLatest).toMatchObject({ stageAfter: 2, scaleChanged: true });
  });

  it('refuses assessments of different clients and a single one', () => {
    expect(comparisonProblem([a2025, example('harbour-2026')])).toEqual({ kind: 'different-clients', assessmentId: 'harbour-2026' });
    expect(comparisonProblem([a2025])).toEqual({ kind: 'too-few' });
    expect(() => compareOverTime({ assessments: [a2025, example('harbour-2026')] })).toThrow(RangeError);
  });
});

describe('deltas, stages, coverage and disagreement between two assessments', () => {
  const ids = Array.from({ length: 20 }, (_, i) => `s${i + 1}`);
  const q = questionnaire({ strategy: ids, measurement: ['m1', 'm2', 'm3', 'm4', 'm5'] });
  const people = participants('p1', 'p2');
  const at = (id: string, date: string, strategy: (i: number) => number, measurement: (number | null)[], m1Votes: [number, number] = [3, 3]) =>
    assessment(
      q,
      people,
      {
        ...Object.fromEntries(ids.map((s, i) => [s, votes({ p1: strategy(i) })])),
        ...Object.fromEntries(
          measurement.flatMap((v, i) => (v === null ? [] : [[`m${i + 1}`, i === 0 ? votes({ p1: m1Votes[0], p2: m1Votes[1] }) : votes({ p1: v })]])),
        ),
      },
      { id, date, createdAt: `${date}T08:00:00.000Z` },
    );
  const strategyOf = (c: ReturnType<typeof compareOverTime>) => c.areas.find((a) => a.areaId === 'strategy')!;
  const measurementOf = (c: ReturnType<typeof compareOverTime>) => c.areas.find((a) => a.areaId === 'measurement')!;

  it('a rise of exactly 0.05 counts (3.0 → 3.05 is 0.0499… in binary); 0.04 does not', () => {
    const up = compareOverTime({
      assessments: [at('a', '2025-01-01', () => 3, [3, 3, 3, 3, 3]), at('b', '2026-01-01', (i) => (i === 0 ? 4 : 3), [3, 3, 3, 3, 3])],
    });
    expect(strategyOf(up).firstToLatest!.score.delta).toBeLessThan(0.05);
    expect(strategyOf(up).firstToLatest!.score.direction).toBe('up');
    const down = compareOverTime({
      assessments: [at('a', '2025-01-01', (i) => (i === 0 ? 4 : 3), [3, 3, 3, 3, 3]), at('b', '2026-01-01', () => 3, [3, 3, 3, 3, 3])],
    });
    expect(strategyOf(down).firstToLatest!.score.direction).toBe('down');
    const q25 = questionnaire({ strategy: Array.from({ length: 25 }, (_, i) => `t${i}`) });
    const mk = (id: string, date: string, first: number) =>
      assessment(q25, participants('p1'), Object.fromEntries(q25.areas[0]!.statements.map((s, i) => [s.id, votes({ p1: i === 0 ? first : 3 })])), { id, date });
    const flat = compareOverTime({ assessments: [mk('a', '2025-01-01', 3), mk('b', '2026-01-01', 4)] });
    expect(flat.areas[0]!.firstToLatest!.score.delta).toBeCloseTo(0.04, 12);
    expect(flat.areas[0]!.firstToLatest!.score.direction).toBe('flat');
  });

  it('a stage boundary reached by binary arithmetic (2.6 as 2.5999…) is a stage change', () => {
    // measurement: (3+3+3+2+2)/5 = 2.6 → stage 3; before all 2 → stage 2.
    const c = compareOverTime({ assessments: [at('a', '2025-01-01', () => 3, [2, 2, 2, 2, 2], [2, 2]), at('b', '2026-01-01', () => 3, [3, 3, 3, 2, 2])] });
    const step = measurementOf(c).firstToLatest!;
    expect(step).toMatchObject({ stageBefore: 2, stageAfter: 3, stageChange: 1, scaleChanged: false });
  });

  it('no stage is claimed, and no stage change, for an area with too few answers; coverage change is reported', () => {
    const c = compareOverTime({ assessments: [at('a', '2025-01-01', () => 3, [4, 4, null, null, null]), at('b', '2026-01-01', () => 3, [4, 4, 4, 4, 4])] });
    const m = measurementOf(c);
    expect(m.points[0]).toMatchObject({ score: 3.5, stage: null, partial: true, coverage: { answered: 2, scored: 2, total: 5 } });
    expect(m.firstToLatest).toMatchObject({ stageBefore: null, stageAfter: 4, stageChange: null });
    expect(m.firstToLatest!.scoredShareChange).toBeCloseTo(0.6, 12);
  });

  it('counts flagged statements and the mean spread, and how they changed', () => {
    const c = compareOverTime({
      assessments: [at('a', '2025-01-01', () => 3, [3, 3, 3, 3, 3], [1, 5]), at('b', '2026-01-01', () => 3, [3, 3, 3, 3, 3], [3, 4])],
    });
    const m = measurementOf(c);
    expect(m.points.map((p) => p.disagreement)).toEqual([
      { flagged: 1, meanSpread: 2 },
      { flagged: 0, meanSpread: 0.5 },
    ]);
    expect(m.firstToLatest).toMatchObject({ flaggedChange: -1, meanSpreadChange: -1.5 });
  });

  it('an area only one questionnaire has is listed and its score is missing, never zero', () => {
    const wider = { ...questionnaire({ strategy: ids, measurement: ['m1', 'm2', 'm3', 'm4', 'm5'], technology: ['t1'] }), version: 2 };
    const later = {
      ...at('b', '2026-01-01', () => 3, [3, 3, 3, 3, 3]),
      questionnaire: wider,
      answers: { ...at('b', '2026-01-01', () => 3, [3, 3, 3, 3, 3]).answers, t1: votes({ p1: 2 }) },
    };
    const c = compareOverTime({ assessments: [at('a', '2025-01-01', () => 3, [3, 3, 3, 3, 3]), later] });
    expect(c.matching[0]).toMatchObject({ areasOnlyBefore: [], areasOnlyAfter: ['technology'], added: [{ statementId: 't1', areaId: 'technology' }] });
    const tech = c.areas.find((a) => a.areaId === 'technology')!;
    expect(tech.points[0]).toMatchObject({ present: false, score: null });
    expect(tech.firstToLatest!.score).toEqual({ before: null, after: 2, delta: null, direction: null });
  });
});
