import { STAGE_COUNT } from '../model/scale';
import type { Questionnaire } from '../questionnaire/schema';

/**
 * Lower bounds of stages 2..5 on the 1–5 score scale for a questionnaire that
 * names none (v1): five equal bands of 0.8 (1.0–1.8 is stage 1, 4.2–5.0
 * stage 5). A score on a boundary belongs to the higher stage. Never change
 * these: v1 results depend on them. See docs/SCORING.md.
 */
export const STAGE_THRESHOLDS = [1.8, 2.6, 3.4, 4.2] as const;

// Means of small integers are not exact in binary (2.6 may arrive as
// 2.5999999999999996), so a boundary is compared with this tolerance.
export const SCORE_EPSILON = 1e-9;
const EPSILON = SCORE_EPSILON;

/** How one questionnaire turns scores into stages. */
export interface StageScale {
  /** Lower bounds of stages 2..5, ascending. */
  thresholds: readonly number[];
  /** Whether the overall stage is capped at the weakest claimed area's stage + 1. */
  capOverallAtWeakestPlusOne: boolean;
}

export const V1_SCALE: StageScale = { thresholds: STAGE_THRESHOLDS, capOverallAtWeakestPlusOne: false };

/** The questionnaire's own scale, or the v1 scale when it names none. */
export function stageScaleOf(questionnaire: Pick<Questionnaire, 'scoring'>): StageScale {
  const scoring = questionnaire.scoring;
  if (!scoring) return V1_SCALE;
  return { thresholds: scoring.stageThresholds, capOverallAtWeakestPlusOne: scoring.overallStageCap === 'weakest-area-plus-one' };
}

/** The maturity stage (1..5) of a score on a scale (v1's by default), or null when there is no score. */
export function stageOf(score: number | null, scale: Pick<StageScale, 'thresholds'> = V1_SCALE): number | null {
  if (score === null) return null;
  const stage = 1 + scale.thresholds.filter((t) => score + EPSILON >= t).length;
  return Math.min(stage, STAGE_COUNT);
}
