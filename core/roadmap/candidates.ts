import type { Assessment } from '../assessment/schema';
import { LAYER_IDS, type LayerId } from '../model/areas';
import { LEVEL_COUNT } from '../model/scale';
import { scoreAssessment } from '../scoring';
import type { Action, ActionLibrary, Effort } from './action-library';
import type { Phase } from './schema';

// Means of small integers are not exact in binary; the stage code uses the same tolerance.
const EPSILON = 1e-9;

/** What an action costs relative to the others: S = 1, M = 2, L = 3 (docs/SCORING.md, "Roadmap"). */
export const EFFORT_COST: Record<Effort, number> = { S: 1, M: 2, L: 3 };

/** Where one area stands and what it needs, as the generator sees it. */
export interface AreaNeed {
  areaId: string;
  layer: LayerId;
  current: number;
  target: number;
  gap: number;
  weight: number;
  /** The steps (1..4, the move from level s to s + 1) the area has to climb, lowest first. */
  steps: number[];
}

/** A library action the roadmap could propose, with what decides where it goes. */
export interface Candidate {
  action: Action;
  areaId: string;
  layerRank: number;
  step: number;
  priority: number;
  /** The earliest phase from the area's own progression, before dependencies. */
  floor: Phase;
}

/**
 * The areas that need actions. An area with no score gets none (not enough
 * answers); the target defaults to one level above the current score, at
 * most 5; an area at or above its target (or with weight 0) gets none.
 */
export function areaNeeds(assessment: Assessment): AreaNeed[] {
  const scores = scoreAssessment(assessment);
  return scores.areas.flatMap((a) => {
    if (a.score === null || a.weight <= 0) return [];
    const current = a.score;
    const target = a.target ?? Math.min(LEVEL_COUNT, current + 1);
    const gap = target - current;
    if (gap <= EPSILON) return [];
    const steps: number[] = [];
    for (let s = Math.floor(current + EPSILON); s < target - EPSILON && s < LEVEL_COUNT; s++) if (s >= 1) steps.push(s);
    return steps.length ? [{ areaId: a.areaId, layer: a.layer, current, target, gap, weight: a.weight, steps }] : [];
  });
}

/**
 * priority = area weight × ((1 + gap)² − 1) × impact ÷ effort cost.
 * The gap term is OWASP SAMM's (SAMMY's) weight: it grows faster than the
 * gap, so a two-level gap counts 2.7× a one-level gap, not 2×. Impact over
 * cost puts cheap turning points before expensive helpers.
 */
export function priorityOf(need: Pick<AreaNeed, 'weight' | 'gap'>, action: Pick<Action, 'impact' | 'effort'>): number {
  const raw = (need.weight * ((1 + need.gap) ** 2 - 1) * action.impact) / EFFORT_COST[action.effort];
  // Rounded so a stored priority reads cleanly and compares stably.
  return Math.round(raw * 1000) / 1000;
}

export const layerRank = (layer: LayerId): number => LAYER_IDS.indexOf(layer);

/**
 * Every library action for a step some area still has to climb. The area's
 * first needed step belongs to phase 1, the second to phase 2, the rest to
 * phase 3; the outcome layer (business benefits) starts in phase 2 unless
 * nothing else is needed, because benefits follow the work that earns them.
 */
export function candidatesFor(assessment: Assessment, library: ActionLibrary): Candidate[] {
  const needs = areaNeeds(assessment);
  const onlyOutcome = needs.every((n) => n.layer === 'outcome');
  return needs.flatMap((need) =>
    library.actions
      .filter((action) => action.area === need.areaId && need.steps.includes(action.step))
      .map((action) => {
        const fromSteps = Math.min(3, need.steps.indexOf(action.step) + 1);
        const floor = (need.layer === 'outcome' && !onlyOutcome ? Math.max(2, fromSteps) : fromSteps) as Phase;
        return { action, areaId: need.areaId, layerRank: layerRank(need.layer), step: action.step, priority: priorityOf(need, action), floor };
      }),
  );
}
