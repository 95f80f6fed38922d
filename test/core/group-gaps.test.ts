import { describe, expect, it } from 'vitest';
import { compareOverTime, groupGaps } from '../../core/compare';
import { assessment, participants, questionnaire, votes } from '../fixtures/builders';

// docs/SCORING.md's worked example: johto (Anna, Ben) and asiakaspalvelu (Cecilia alone).
const q = questionnaire({ strategy: ['s1', 's2'], measurement: ['m1', 'm2', 'm3'] });
const people = participants('anna:johto', 'ben:johto', 'cecilia:asiakaspalvelu');
const example = assessment(
  q,
  people,
  {
    s1: votes({ anna: 4, ben: 3, cecilia: 2 }, 3),
    s2: votes({ anna: 4, ben: 4, cecilia: 'na' }),
    m1: votes({ anna: 2, ben: 3, cecilia: 1 }),
    m2: votes({ anna: 'dont-know', ben: 2, cecilia: 2 }),
    m3: votes({ anna: 3 }, 'na'),
  },
  { id: 'y2025', date: '2025-05-01', areas: { strategy: { weight: 2, target: 4 }, measurement: { target: 3 } } },
);

describe('group scores side by side', () => {
  const g = groupGaps(example);

  it('gives each group’s area scores, largest gap first, with who is higher', () => {
    expect(g.groups).toEqual([
      { group: 'johto', members: 2 },
      { group: 'asiakaspalvelu', members: 1 },
    ]);
    expect(g.areas.map((r) => [r.areaId, r.gap, r.highest, r.lowest])).toEqual([
      ['strategy', 1.75, 'johto', 'asiakaspalvelu'],
      ['measurement', 1, 'johto', 'asiakaspalvelu'],
    ]);
    expect(g.areas[0]!.groups).toEqual([
      { group: 'johto', members: 2, score: 3.75 },
      { group: 'asiakaspalvelu', members: 1, score: 2 },
    ]);
    expect(g.overall.gap).toBeCloseTo(10 / 3 - 11 / 6, 12);
  });

  it('per statement from the members’ votes (agreed answers ignored); a group without a level has no score and no gap', () => {
    const row = (id: string) => g.statements.find((r) => r.statementId === id)!;
    expect(row('s1').groups.map((x) => x.score)).toEqual([3.5, 2]);
    expect(row('m3')).toMatchObject({ gap: null, groups: [{ score: 3 }, { score: null }] });
    expect(row('s2')).toMatchObject({ gap: null, highest: null });
    expect(g.statements.map((r) => r.statementId)).toEqual(['s1', 'm1', 'm2', 's2', 'm3']);
    expect(row('m2').gap).toBe(0);
  });

  it('names groups only: no participant id or name anywhere, so a one-member group is labelled by its group', () => {
    const text = JSON.stringify(g);
    for (const p of people) {
      expect(text).not.toContain(`"${p.id}"`);
      expect(text).not.toContain(p.name);
    }
  });
});

describe('the gap between two groups over time', () => {
  const later = assessment(
    q,
    people,
    { s1: votes({ anna: 4, ben: 4, cecilia: 3 }), s2: votes({ anna: 4, ben: 4, cecilia: 4 }), m1: votes({ anna: 3, ben: 3, cecilia: 3 }) },
    { id: 'y2026', date: '2026-05-01' },
  );
  const c = compareOverTime({ assessments: [later, example] });

  it('follows every pair of groups both assessments have, and says the gap narrowed', () => {
    expect(c.groups.perAssessment.map((g) => g.groups.map((x) => x.group))).toEqual([
      ['johto', 'asiakaspalvelu'],
      ['johto', 'asiakaspalvelu'],
    ]);
    const [pair] = c.groups.pairs;
    expect(pair!.groups).toEqual(['johto', 'asiakaspalvelu']);
    const strategy = pair!.areas.find((a) => a.areaId === 'strategy')!;
    // 3.75 − 2 = 1.75, then 4 − 3.5 = 0.5
    expect(strategy.gaps).toEqual([1.75, 0.5]);
    expect(strategy.change).toBe(-1.25);
    expect(strategy.trend).toBe('narrowed');
    const measurement = pair!.areas.find((a) => a.areaId === 'measurement')!;
    expect(measurement).toMatchObject({ gaps: [1, 0], trend: 'narrowed' });
    expect(pair!.areas[0]!.areaId).toBe('strategy');
  });
});
