import { STAGE_COUNT } from '../questionnaire/schema';

/**
 * Lower bounds of stages 2..5 on the 1–5 score scale: five equal bands of
 * 0.8 (1.0–1.8 is stage 1, 4.2–5.0 stage 5). A score on a boundary belongs
 * to the higher stage. See docs/SCORING.md.
 */
export const STAGE_THRESHOLDS = [1.8, 2.6, 3.4, 4.2] as const;

// Means of small integers are not exact in binary (2.6 may arrive as
// 2.5999999999999996), so a boundary is compared with this tolerance.
export const SCORE_EPSILON = 1e-9;
const EPSILON = SCORE_EPSILON;

/** The maturity stage (1..5) of a score, or null when there is no score. */
export function stageOf(score: number | null): number | null {
  if (score === null) return null;
  const stage = 1 + STAGE_THRESHOLDS.filter((t) => score + EPSILON >= t).length;
  return Math.min(stage, STAGE_COUNT);
}
