import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { AssessmentSchema } from '../../core/assessment/schema';
import { layerRank, areaNeeds, candidatesFor } from '../../core/roadmap/candidates';
import { addOwnItem, moveToPhase, moveWithinPhase, patchItem, removeItem } from '../../core/roadmap/edit';
import { generateRoadmap, isTouched, MAX_ITEMS_PER_PHASE, regenerateRoadmap } from '../../core/roadmap/generate';
import type { ActionLibrary } from '../../core/roadmap/action-library';
import type { Phase, RoadmapItem } from '../../core/roadmap/schema';
import { scoreAssessment } from '../../core/scoring';
import { AREA_LAYER, type AreaId } from '../../core/model/areas';
import { diamondAssessmentArb, libraryArb } from '../fixtures/roadmap';

const NOW = '2026-02-01T10:00:00.000Z';
const LATER = '2026-06-01T10:00:00.000Z';
const live = (items: readonly RoadmapItem[]) => items.filter((i) => !i.removed);
const before = (a: RoadmapItem, b: RoadmapItem) => a.phase < b.phase || (a.phase === b.phase && a.order < b.order);

describe('roadmap properties (fast-check)', () => {
  it('no action for an area at or above its target, or without a score', () => {
    fc.assert(
      fc.property(diamondAssessmentArb, libraryArb, (a, lib) => {
        const scores = scoreAssessment(a);
        const roadmap = generateRoadmap(a, lib, NOW);
        for (const item of roadmap.items) {
          const area = scores.areas.find((s) => s.areaId === item.areaId)!;
          expect(area.score, item.id).not.toBeNull();
          const target = area.target ?? Math.min(5, area.score! + 1);
          expect(target - area.score! > 1e-9, `${item.id}: ${area.score} → ${target}`).toBe(true);
          // And the action is for a step between the current level and the target.
          expect(item.action!.step).toBeGreaterThanOrEqual(Math.floor(area.score! + 1e-9));
          expect(item.action!.step).toBeLessThan(target);
        }
      }),
    );
  });

  it('at most five items per phase, fifteen in all, every item valid', () => {
    fc.assert(
      fc.property(diamondAssessmentArb, libraryArb, (a, lib) => {
        const roadmap = generateRoadmap(a, lib, NOW);
        for (const p of [1, 2, 3]) expect(roadmap.items.filter((i) => i.phase === p).length).toBeLessThanOrEqual(MAX_ITEMS_PER_PHASE);
        expect(AssessmentSchema.safeParse({ ...a, roadmap }).success).toBe(true);
      }),
    );
  });

  it('a phase is left with room only when no further candidate could go there', () => {
    fc.assert(
      fc.property(diamondAssessmentArb, libraryArb, (a, lib) => {
        const roadmap = generateRoadmap(a, lib, NOW);
        const ids = new Set(roadmap.items.map((i) => i.id));
        const candidates = candidatesFor(a, lib);
        if (roadmap.items.filter((i) => i.phase === 3).length < MAX_ITEMS_PER_PHASE) {
          // Phase 3 accepts anything, so every candidate whose prerequisites are in would have fitted.
          expect(candidates.every((c) => ids.has(c.action.id))).toBe(true);
        }
      }),
    );
  });

  it('dependencies come first: an earlier phase, or earlier in the same phase', () => {
    fc.assert(
      fc.property(diamondAssessmentArb, libraryArb, (a, lib) => {
        const roadmap = generateRoadmap(a, lib, NOW);
        const byId = new Map(roadmap.items.map((i) => [i.id, i]));
        const candidateIds = new Set(candidatesFor(a, lib).map((c) => c.action.id));
        for (const item of roadmap.items) {
          for (const dep of item.action!.dependsOn ?? []) {
            // A prerequisite the roadmap needs is never left out ...
            if (candidateIds.has(dep)) expect(byId.has(dep), `${item.id} needs ${dep}`).toBe(true);
            // ... and comes before what needs it.
            const d = byId.get(dep);
            if (d) expect(before(d, item), `${dep} before ${item.id}`).toBe(true);
          }
        }
      }),
    );
  });

  it('the earliest phase is respected: a second step never lands in phase 1, nor benefits when other areas need work', () => {
    fc.assert(
      fc.property(diamondAssessmentArb, libraryArb, (a, lib) => {
        const roadmap = generateRoadmap(a, lib, NOW);
        const floors = new Map(candidatesFor(a, lib).map((c) => [c.action.id, c.floor]));
        for (const item of roadmap.items) expect(item.phase).toBeGreaterThanOrEqual(floors.get(item.id)!);
      }),
    );
  });

  it('layer order: with the same earliest phase, the more fundamental item never lands in a later phase', () => {
    // Libraries whose dependencies point only to the same or a more fundamental layer (the built-in library's shape).
    const layered = libraryArb.map((lib) => ({
      ...lib,
      actions: lib.actions.map((x) => {
        const dependsOn = (x.dependsOn ?? []).filter((d) => {
          const dep = lib.actions.find((y) => y.id === d)!;
          return layerRank(AREA_LAYER[dep.area as AreaId]) <= layerRank(AREA_LAYER[x.area as AreaId]);
        });
        const { dependsOn: _drop, ...rest } = x;
        return dependsOn.length ? { ...rest, dependsOn } : rest;
      }),
    })) as fc.Arbitrary<ActionLibrary>;
    fc.assert(
      fc.property(diamondAssessmentArb, layered, (a, lib) => {
        const roadmap = generateRoadmap(a, lib, NOW);
        const candidates = new Map(candidatesFor(a, lib).map((c) => [c.action.id, c]));
        // The earliest phase including prerequisites placed in the roadmap.
        const byId = new Map(roadmap.items.map((i) => [i.id, i]));
        const earliest = (id: string): number =>
          Math.max(candidates.get(id)!.floor, ...(byId.get(id)!.action!.dependsOn ?? []).filter((d) => byId.has(d)).map(earliest));
        for (const x of roadmap.items) {
          for (const y of roadmap.items) {
            const [cx, cy] = [candidates.get(x.id)!, candidates.get(y.id)!];
            if (earliest(x.id) === earliest(y.id) && cx.layerRank < cy.layerRank) expect(x.phase, `${x.id} vs ${y.id}`).toBeLessThanOrEqual(y.phase);
          }
        }
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(diamondAssessmentArb, libraryArb, (a, lib) => {
        expect(generateRoadmap(a, lib, NOW)).toEqual(generateRoadmap(structuredClone(a), structuredClone(lib), NOW));
      }),
    );
  });

  it('areas without a score get nothing', () => {
    fc.assert(
      fc.property(diamondAssessmentArb, libraryArb, (a, lib) => {
        const scored = new Set(
          scoreAssessment(a)
            .areas.filter((s) => s.score !== null)
            .map((s) => s.areaId),
        );
        expect(generateRoadmap(a, lib, NOW).items.every((i) => scored.has(i.areaId))).toBe(true);
        expect(areaNeeds(a).every((n) => scored.has(n.areaId))).toBe(true);
      }),
    );
  });
});

/** One random consultant edit, as the editor makes them. */
const editArb = fc.oneof(
  fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), status: fc.constantFrom('accepted' as const, 'in-progress' as const, 'done' as const) }),
  fc.record({
    kind: fc.constant('reword' as const),
    pick: fc.nat(),
    title: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0),
  }),
  fc.record({ kind: fc.constant('owner' as const), pick: fc.nat(), owner: fc.constantFrom('Maija', 'Jussi') }),
  fc.record({ kind: fc.constant('due' as const), pick: fc.nat(), due: fc.constantFrom('2026-04-30', '2027-01-15') }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), phase: fc.constantFrom<Phase>(1, 2, 3) }),
  fc.record({ kind: fc.constant('up' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('own' as const), phase: fc.constantFrom<Phase>(1, 2, 3), area: fc.constantFrom('strategy', 'brand', 'measurement') }),
);
type Edit = typeof editArb extends fc.Arbitrary<infer E> ? E : never;

function applyEdit(items: RoadmapItem[], edit: Edit): RoadmapItem[] {
  if (edit.kind === 'own') return addOwnItem(items, { areaId: edit.area, phase: edit.phase, title: 'Oma' });
  const alive = live(items);
  if (!alive.length) return items;
  const id = alive[edit.pick % alive.length]!.id;
  switch (edit.kind) {
    case 'status':
      return patchItem(items, id, { status: edit.status });
    case 'reword':
      return patchItem(items, id, { title: edit.title });
    case 'owner':
      return patchItem(items, id, { owner: edit.owner });
    case 'due':
      return patchItem(items, id, { due: edit.due });
    case 'move':
      return moveToPhase(items, id, edit.phase);
    case 'up':
      return moveWithinPhase(items, id, -1);
    case 'remove':
      return removeItem(items, id);
  }
}

describe('roadmap regeneration properties (fast-check)', () => {
  it('random edits then regenerate (also after the scores change): every touched item is kept identical', () => {
    fc.assert(
      fc.property(diamondAssessmentArb, diamondAssessmentArb, libraryArb, fc.array(editArb, { maxLength: 12 }), (a, later, lib, edits) => {
        const edited = edits.reduce(applyEdit, generateRoadmap(a, lib, NOW).items);
        const withEdits: Assessment = { ...later, roadmap: { generatedAt: NOW, library: { id: lib.id, version: lib.version }, items: edited } };
        expect(AssessmentSchema.safeParse(withEdits).success).toBe(true);
        const r = regenerateRoadmap(withEdits, lib, LATER);
        const touched = edited.filter(isTouched);
        for (const item of touched) expect(r.roadmap.items.find((i) => i.id === item.id)).toEqual(item);
        expect(r.kept).toBe(touched.length);
        // No duplicates, and a removed action never comes back alive.
        expect(new Set(r.roadmap.items.map((i) => i.id)).size).toBe(r.roadmap.items.length);
        expect(AssessmentSchema.safeParse({ ...withEdits, roadmap: r.roadmap }).success).toBe(true);
        // New items fit beside what was kept: a phase holds at most five, unless the consultant put more there.
        for (const p of [1, 2, 3]) {
          const keptThere = live(touched).filter((i) => i.phase === p).length;
          expect(live(r.roadmap.items).filter((i) => i.phase === p).length).toBeLessThanOrEqual(Math.max(MAX_ITEMS_PER_PHASE, keptThere));
        }
        // What regeneration says it did adds up.
        const untouchedBefore = edited.filter((i) => !isTouched(i)).length;
        const fresh = r.roadmap.items.length - touched.length;
        expect(fresh - r.added).toBe(untouchedBefore - r.dropped);
      }),
    );
  });

  it('regenerating twice with nothing changed in between changes nothing', () => {
    fc.assert(
      fc.property(diamondAssessmentArb, libraryArb, fc.array(editArb, { maxLength: 6 }), (a, lib, edits) => {
        const items = edits.reduce(applyEdit, generateRoadmap(a, lib, NOW).items);
        const once = regenerateRoadmap({ ...a, roadmap: { generatedAt: NOW, library: { id: lib.id, version: lib.version }, items } }, lib, LATER);
        const twice = regenerateRoadmap({ ...a, roadmap: once.roadmap }, lib, LATER);
        expect(twice.roadmap).toEqual(once.roadmap);
        expect(twice).toMatchObject({ added: 0, dropped: 0 });
      }),
    );
  });
});
