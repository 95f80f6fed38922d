import type { Assessment } from '../assessment/schema';
import type { ActionLibrary } from './action-library';
import { candidatesFor, type Candidate } from './candidates';
import { PHASES } from './phases';
import type { Phase, Roadmap, RoadmapItem } from './schema';

/** At most this many live items per phase: a handful a leadership team can actually follow up. */
export const MAX_ITEMS_PER_PHASE = 5;

export interface Regenerated {
  roadmap: Roadmap;
  /** Generated items that were not in the roadmap before. */
  added: number;
  /** Untouched proposals that are no longer in the roadmap. */
  dropped: number;
  /** Items the consultant touched, kept exactly as they were. */
  kept: number;
}

/**
 * An item the consultant has touched: edited, accepted or further, removed
 * (tombstone) or written themselves. Regeneration never changes these.
 */
export const isTouched = (item: RoadmapItem): boolean => !item.action || item.edited === true || item.status !== 'proposed' || item.removed === true;

/** A fresh roadmap for an assessment from an action library (docs/SCORING.md, "Roadmap"). */
export function generateRoadmap(assessment: Assessment, library: ActionLibrary, now: string): Roadmap {
  return regenerateRoadmap({ ...assessment, roadmap: undefined }, library, now).roadmap;
}

/**
 * Regenerates, keeping every item the consultant touched exactly; untouched
 * proposals are replaced by what the generator proposes now. Kept live items
 * take up their phase's room; actions already in kept items are not proposed
 * again (a removed one stays removed). Pure: `now` is passed in.
 */
export function regenerateRoadmap(assessment: Assessment, library: ActionLibrary, now: string): Regenerated {
  const before = assessment.roadmap?.items ?? [];
  const kept = before.filter(isTouched);
  const untouchedIds = new Set(before.filter((i) => !isTouched(i)).map((i) => i.id));
  const keptLive = kept.filter((i) => !i.removed);
  const taken = new Set(kept.flatMap((i) => [i.id, ...(i.action ? [i.action.actionId] : [])]));
  // A dependency on a kept live item: the new item goes no earlier than it.
  const keptPhase = new Map<string, Phase>();
  for (const i of keptLive) {
    keptPhase.set(i.id, i.phase);
    if (i.action) keptPhase.set(i.action.actionId, i.phase);
  }
  const room = new Map<Phase, number>(PHASES.map((p) => [p, Math.max(0, MAX_ITEMS_PER_PHASE - keptLive.filter((i) => i.phase === p).length)]));
  const nextOrder = new Map<Phase, number>(PHASES.map((p) => [p, Math.max(-1, ...keptLive.filter((i) => i.phase === p).map((i) => i.order)) + 1]));

  const candidates = candidatesFor(assessment, library).filter((c) => !taken.has(c.action.id));
  const placed = allocate(candidates, room, keptPhase);
  const fresh: RoadmapItem[] = placed.map(({ candidate: c, phase }) => {
    const order = nextOrder.get(phase)!;
    nextOrder.set(phase, order + 1);
    const a = c.action;
    return {
      id: a.id,
      areaId: c.areaId,
      phase,
      order,
      status: 'proposed',
      action: {
        actionId: a.id,
        step: a.step,
        title: a.title,
        description: a.description,
        effort: a.effort,
        impact: a.impact,
        ...(a.dependsOn?.length ? { dependsOn: [...a.dependsOn] } : {}),
      },
      priority: c.priority,
    };
  });
  const freshIds = new Set(fresh.map((i) => i.id));
  return {
    roadmap: { generatedAt: now, library: { id: library.id, version: library.version }, items: [...kept, ...fresh] },
    added: fresh.filter((i) => !untouchedIds.has(i.id)).length,
    dropped: [...untouchedIds].filter((id) => !freshIds.has(id)).length,
    kept: kept.length,
  };
}

interface Placement {
  candidate: Candidate;
  phase: Phase;
}

/**
 * Chooses and places candidates. Selection goes by priority; choosing an
 * action pulls in the candidate actions it depends on (a prerequisite is
 * never left out while what needs it goes in), and the whole group is taken
 * only if every phase can still hold what must go there or later. Placement
 * then walks the chosen set from the earliest phase and the most fundamental
 * layer, dependencies first, each into the first phase at or after its floor
 * with room: a dependency never lands after what needs it.
 */
function allocate(candidates: readonly Candidate[], room: ReadonlyMap<Phase, number>, keptPhase: ReadonlyMap<string, Phase>): Placement[] {
  const byId = new Map(candidates.map((c) => [c.action.id, c]));
  const depsOf = (c: Candidate) => (c.action.dependsOn ?? []).flatMap((id) => byId.get(id) ?? []);

  // The floor including dependencies: no earlier than any prerequisite can be.
  const effFloor = new Map<string, Phase>();
  const floorOf = (c: Candidate, path: Set<string>): Phase => {
    const known = effFloor.get(c.action.id);
    if (known) return known;
    let floor: number = c.floor;
    for (const id of c.action.dependsOn ?? []) floor = Math.max(floor, keptPhase.get(id) ?? 1);
    path.add(c.action.id);
    // The library schema refuses cycles; the path guard keeps a hostile library from looping.
    for (const dep of depsOf(c)) if (!path.has(dep.action.id)) floor = Math.max(floor, floorOf(dep, path));
    path.delete(c.action.id);
    effFloor.set(c.action.id, floor as Phase);
    return floor as Phase;
  };
  for (const c of candidates) floorOf(c, new Set());

  const closure = (c: Candidate, into: Set<string>): Set<string> => {
    if (into.has(c.action.id)) return into;
    into.add(c.action.id);
    for (const dep of depsOf(c)) closure(dep, into);
    return into;
  };

  const byPriority = [...candidates].sort((a, b) => b.priority - a.priority || a.layerRank - b.layerRank || a.step - b.step || cmp(a.action.id, b.action.id));
  const selected = new Set<string>();
  for (const c of byPriority) {
    if (selected.has(c.action.id)) continue;
    const group = [...closure(c, new Set())].filter((id) => !selected.has(id));
    const trial = [...selected, ...group];
    if (
      fits(
        trial.map((id) => effFloor.get(id)!),
        room,
      )
    )
      group.forEach((id) => selected.add(id));
  }

  // A dependency is as fundamental as the most fundamental item that needs it.
  const chosen = candidates.filter((c) => selected.has(c.action.id));
  const effRank = new Map(chosen.map((c) => [c.action.id, c.layerRank]));
  for (let changed = true, rounds = 0; changed && rounds < chosen.length; rounds++) {
    changed = false;
    for (const c of chosen) {
      for (const dep of depsOf(c)) {
        if (selected.has(dep.action.id) && effRank.get(dep.action.id)! > effRank.get(c.action.id)!) {
          effRank.set(dep.action.id, effRank.get(c.action.id)!);
          changed = true;
        }
      }
    }
  }
  const walk = [...chosen].sort(
    (a, b) =>
      effFloor.get(a.action.id)! - effFloor.get(b.action.id)! ||
      effRank.get(a.action.id)! - effRank.get(b.action.id)! ||
      a.step - b.step ||
      b.priority - a.priority ||
      cmp(a.action.id, b.action.id),
  );
  const left = new Map(room);
  const placedAt = new Map<string, Phase>();
  const out: Placement[] = [];
  const place = (c: Candidate, path: Set<string>) => {
    if (placedAt.has(c.action.id) || path.has(c.action.id)) return;
    path.add(c.action.id);
    for (const dep of depsOf(c)) if (selected.has(dep.action.id)) place(dep, path);
    const phase = PHASES.find((p) => p >= effFloor.get(c.action.id)! && left.get(p)! > 0);
    // Unreachable when `fits` held for the selection; guarded so a bug drops an item rather than overfilling a phase.
    if (phase === undefined) return;
    left.set(phase, left.get(phase)! - 1);
    placedAt.set(c.action.id, phase);
    out.push({ candidate: c, phase });
  };
  for (const c of walk) place(c, new Set());
  return out;
}

/**
 * Whether items with these floors can all be placed: for every phase p,
 * the items that must go in p or later fit in the room of p and later
 * (with one shared last phase, this is exactly when first-fit succeeds).
 */
function fits(floors: readonly Phase[], room: ReadonlyMap<Phase, number>): boolean {
  return PHASES.every((p) => floors.filter((f) => f >= p).length <= PHASES.filter((q) => q >= p).reduce((n, q) => n + room.get(q)!, 0));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
