import { describe, expect, it } from 'vitest';
import { areaNeeds, candidatesFor, priorityOf } from '../../core/roadmap/candidates';
import { generateRoadmap, MAX_ITEMS_PER_PHASE, regenerateRoadmap } from '../../core/roadmap/generate';
import { roadmapLines } from '../../core/roadmap/view';
import { AssessmentSchema } from '../../core/assessment/schema';
import { ActionLibrarySchema, type ActionLibrary } from '../../core/roadmap/action-library';
import { example, readJson } from '../fixtures/builders';
import { action, diamondAssessment, library } from '../fixtures/roadmap';

const NOW = '2026-02-01T10:00:00.000Z';
const need = (a: ReturnType<typeof diamondAssessment>, id: string) => areaNeeds(a).find((n) => n.areaId === id);

describe('roadmap: what each area needs', () => {
  it('default target is one level up, capped at 5; steps are those between floor(current) and the target', () => {
    const a = diamondAssessment({ strategy: [2, 3, 2, 3, 2], brand: [2], culture: [5], emotion: [4, 5, 5, 5, 5] });
    expect(need(a, 'strategy')).toMatchObject({ current: 2.4, target: 3.4, steps: [2, 3] });
    expect(need(a, 'brand')).toMatchObject({ current: 2, target: 3, steps: [2] });
    expect(need(a, 'culture')).toBeUndefined();
    expect(need(a, 'emotion')).toMatchObject({ target: 5, steps: [4] });
    expect(need(a, 'emotion')!.current).toBeCloseTo(4.8, 10);
  });

  it('a set target wins; at or above it the area needs nothing; unscored areas need nothing', () => {
    const a = diamondAssessment({ strategy: [2], brand: [3], culture: ['na'] }, { strategy: 4.2, brand: 3, culture: 5, technology: 5 });
    expect(need(a, 'strategy')).toMatchObject({ current: 2, target: 4.2, steps: [2, 3, 4] });
    expect(need(a, 'brand')).toBeUndefined();
    expect(need(a, 'culture')).toBeUndefined();
    expect(need(a, 'technology')).toBeUndefined();
  });

  it('weight 0 takes the area out of the roadmap, like it is out of the index', () => {
    expect(need(diamondAssessment({ strategy: [2] }, {}, { strategy: 0 }), 'strategy')).toBeUndefined();
  });

  it('priority = weight × ((1 + gap)² − 1) × impact ÷ effort cost', () => {
    expect(priorityOf({ weight: 1, gap: 1 }, { impact: 3, effort: 'S' })).toBe(9);
    expect(priorityOf({ weight: 2, gap: 2 }, { impact: 2, effort: 'L' })).toBeCloseTo((2 * 8 * 2) / 3, 3);
    expect(priorityOf({ weight: 1, gap: 0.4 }, { impact: 1, effort: 'M' })).toBeCloseTo(0.48, 3);
  });

  it('earliest phase follows the area’s steps; the outcome layer waits for phase 2 unless it is all there is', () => {
    const lib = library();
    const a = diamondAssessment({ strategy: [2], 'business-benefits': [1] }, { strategy: 5, 'business-benefits': 2 });
    const floors = Object.fromEntries(candidatesFor(a, lib).map((c) => [c.action.id, c.floor]));
    expect(floors['strategy-2-1']).toBe(1);
    expect(floors['strategy-3-1']).toBe(2);
    expect(floors['strategy-4-1']).toBe(3);
    expect(floors['business-benefits-1-1']).toBe(2);
    const alone = diamondAssessment({ 'business-benefits': [1] });
    expect(candidatesFor(alone, lib).every((c) => c.floor === 1)).toBe(true);
  });
});

describe('roadmap: generation', () => {
  const lib = library();
  const weakEverywhere = diamondAssessment(
    {
      'customer-understanding': [2],
      strategy: [1],
      brand: [2],
      culture: [3],
      organization: [2],
      emotion: [1],
      technology: [2],
      measurement: [1],
      'business-benefits': [1],
    },
    { strategy: 4, measurement: 4 },
  );

  it('fills each phase with at most five items and produces a valid assessment', () => {
    const roadmap = generateRoadmap(weakEverywhere, lib, NOW);
    for (const p of [1, 2, 3]) expect(roadmap.items.filter((i) => i.phase === p).length).toBeLessThanOrEqual(MAX_ITEMS_PER_PHASE);
    expect(roadmap.items).toHaveLength(15);
    expect(roadmap).toMatchObject({ generatedAt: NOW, library: { id: 'fixture-actions', version: 1 } });
    expect(AssessmentSchema.safeParse({ ...weakEverywhere, roadmap }).success).toBe(true);
  });

  it('puts the core and foundations before verification and outcome in the first phase', () => {
    const roadmap = generateRoadmap(weakEverywhere, lib, NOW);
    const phase1 = roadmap.items.filter((i) => i.phase === 1).sort((a, b) => a.order - b.order);
    expect(phase1.map((i) => i.areaId)).not.toContain('business-benefits');
    expect(phase1[0]!.areaId).toBe('strategy');
  });

  it('snapshots the library action and records the priority', () => {
    const roadmap = generateRoadmap(diamondAssessment({ strategy: [2] }), lib, NOW);
    const item = roadmap.items.find((i) => i.id === 'strategy-2-1')!;
    expect(item).toMatchObject({ areaId: 'strategy', status: 'proposed', phase: 1, action: { actionId: 'strategy-2-1', step: 2, effort: 'M', impact: 2 } });
    expect(item.action!.title.fi).toBe('strategy-2-1 title (fi)');
    expect(item.priority).toBeCloseTo(3, 6); // 1 × (2² − 1) × 2 ÷ 2
  });

  it('pulls a prerequisite in with what needs it, and places it first', () => {
    const actions = [
      action('strategy', 2, 1, { impact: 1, effort: 'L' }),
      action('measurement', 2, 1, { impact: 3, effort: 'S', dependsOn: ['strategy-2-1'] }),
      ...[1, 2, 3, 4, 5].map((n) => action('brand', 2, n + 1, { impact: 2, effort: 'S' })),
    ];
    const roadmap = generateRoadmap(diamondAssessment({ strategy: [2], measurement: [2], brand: [2] }), library(actions), NOW);
    const byId = new Map(roadmap.items.map((i) => [i.id, i]));
    const dep = byId.get('strategy-2-1')!;
    const user = byId.get('measurement-2-1')!;
    expect(dep).toBeDefined();
    expect(dep.phase < user.phase || (dep.phase === user.phase && dep.order < user.order)).toBe(true);
  });

  it('a dependency on an action the roadmap does not need counts as satisfied', () => {
    const actions = [action('strategy', 1, 1), action('measurement', 2, 1, { dependsOn: ['strategy-1-1'] })];
    const roadmap = generateRoadmap(diamondAssessment({ strategy: [4], measurement: [2] }), library(actions), NOW);
    expect(roadmap.items.map((i) => [i.id, i.phase])).toEqual([['measurement-2-1', 1]]);
  });

  it('is deterministic', () => {
    expect(generateRoadmap(weakEverywhere, lib, NOW)).toEqual(generateRoadmap(structuredClone(weakEverywhere), lib, NOW));
  });

  it('an assessment without scores gets an empty roadmap', () => {
    expect(generateRoadmap(diamondAssessment({}), lib, NOW).items).toEqual([]);
  });
});

describe('roadmap: regeneration', () => {
  const lib = library();
  const a = diamondAssessment({ strategy: [1], brand: [2], measurement: [1] }, { strategy: 4 });
  const first = generateRoadmap(a, lib, NOW);

  it('unchanged inputs regenerate the same items and report nothing added or dropped', () => {
    const r = regenerateRoadmap({ ...a, roadmap: first }, lib, '2026-03-01T00:00:00.000Z');
    expect(r).toMatchObject({ added: 0, dropped: 0, kept: 0 });
    expect(r.roadmap.items).toEqual(first.items);
  });

  it('keeps touched items exactly, never re-proposes a removed one, and reports what changed', () => {
    const [accepted, removed, reworded] = first.items.filter((i) => i.phase === 1);
    const items = first.items.map((i) =>
      i.id === accepted!.id
        ? { ...i, status: 'accepted' as const, owner: 'Maija' }
        : i.id === removed!.id
          ? { ...i, removed: true, edited: true }
          : i.id === reworded!.id
            ? { ...i, title: 'Oma sanamuoto', edited: true, phase: 3 as const, order: 99 }
            : i,
    );
    const own = { id: 'own-1', areaId: 'brand', phase: 1 as const, order: 50, status: 'proposed' as const, title: 'Oma toimenpide' };
    const r = regenerateRoadmap({ ...a, roadmap: { ...first, items: [...items, own] } }, lib, NOW);
    for (const kept of [items.find((i) => i.id === accepted!.id), items.find((i) => i.id === removed!.id), items.find((i) => i.id === reworded!.id), own]) {
      expect(r.roadmap.items.find((i) => i.id === kept!.id)).toEqual(kept);
    }
    expect(r.kept).toBe(4);
    expect(r.roadmap.items.filter((i) => i.id === removed!.id)).toHaveLength(1);
    // Phase 1 holds the accepted and the own item, so at most three new ones fit beside them.
    expect(r.roadmap.items.filter((i) => i.phase === 1 && !i.removed).length).toBeLessThanOrEqual(MAX_ITEMS_PER_PHASE);
    // The same candidates still fit, so the untouched proposals come back unchanged.
    expect(r).toMatchObject({ added: 0, dropped: 0 });
  });

  it('after the scores move, untouched proposals for an area now at target are dropped and counted', () => {
    const accepted = { ...first.items.find((i) => i.areaId === 'brand')!, status: 'accepted' as const };
    const items = first.items.map((i) => (i.id === accepted.id ? accepted : i));
    const better = diamondAssessment({ strategy: [1], brand: [3], measurement: [1] }, { strategy: 4, brand: 3 });
    const r = regenerateRoadmap({ ...better, roadmap: { ...first, items } }, lib, NOW);
    const brandBefore = first.items.filter((i) => i.areaId === 'brand').length;
    expect(r.roadmap.items.filter((i) => i.areaId === 'brand')).toEqual([accepted]);
    expect(r.dropped).toBeGreaterThanOrEqual(brandBefore - 1);
    expect(r.kept).toBe(1);
  });
});

describe('roadmapLines', () => {
  it('lists live items by phase and order with the rewording winning and the area named', () => {
    const lib = library();
    const a = diamondAssessment({ strategy: [2] });
    const roadmap = generateRoadmap(a, lib, NOW);
    const [x, y] = roadmap.items;
    const items = roadmap.items.map((i) =>
      i.id === x!.id ? { ...i, title: 'Uusi otsikko', owner: 'Maija', due: '2026-05-01' } : i.id === y!.id ? { ...i, removed: true } : i,
    );
    const lines = roadmapLines({ ...a, roadmap: { ...roadmap, items } }, 'en');
    expect(lines.map((l) => l.item.id)).not.toContain(y!.id);
    expect(lines[0]).toMatchObject({ title: 'Uusi otsikko', areaTitle: 'Strategy', owner: 'Maija', due: '2026-05-01', own: false, effort: 'M' });
    expect(lines[1]!.title).toMatch(/\(en\)$/);
  });
});

describe('roadmap from the shipped action library', () => {
  // Whatever the built-in library holds, the examples get a valid roadmap within the rules.
  const shipped = ActionLibrarySchema.parse(readJson('assessments/actions/b2b-cx-diamond-actions-v1.json')) as ActionLibrary;
  it.each(['nordtek-2025', 'nordtek-2026', 'harbour-2026'] as const)('%s', (id) => {
    const a = example(id);
    const roadmap = generateRoadmap(a, shipped, NOW);
    expect(AssessmentSchema.safeParse({ ...a, roadmap }).success).toBe(true);
    for (const p of [1, 2, 3]) expect(roadmap.items.filter((i) => i.phase === p).length).toBeLessThanOrEqual(MAX_ITEMS_PER_PHASE);
    const byId = new Map(roadmap.items.map((i) => [i.id, i]));
    for (const item of roadmap.items) {
      for (const dep of item.action!.dependsOn ?? []) {
        const d = byId.get(dep);
        if (d) expect(d.phase < item.phase || (d.phase === item.phase && d.order < item.order)).toBe(true);
      }
    }
  });
});
