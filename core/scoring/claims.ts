import type { AreaScore, AssessmentScores, Coverage } from './assessment-scores';
import { stageOf, V1_SCALE, type StageScale } from './stage';

/**
 * What may be *claimed* from a score, and how it is shown. Every screen and
 * the report use these so a number never contradicts the stage beside it and
 * thin data is never dressed up as a finding. Rules: docs/SCORING.md.
 */

/** An area needs at least this share of its statements scored (3 of 5) before a stage is claimed for it. */
export const AREA_CLAIM_SHARE = 0.6;
/** The whole assessment needs at least this share of all statements scored before an overall stage is claimed. */
export const OVERALL_CLAIM_SHARE = 0.6;

// Means of small integers arrive as 1.7499999999 or 2.6000000001: round with a tolerance.
const EPSILON = 1e-9;

/** A score rounded to the one decimal people see (half up): 1.75 → 1.8. */
export function displayedScore(score: number): number;
export function displayedScore(score: number | null): number | null;
export function displayedScore(score: number | null): number | null {
  if (score === null || !Number.isFinite(score)) return null;
  return Math.floor(score * 10 + 0.5 + EPSILON) / 10;
}

/**
 * The stage of a score *as displayed*: 1.78 is shown as "1,8" and therefore
 * is stage 2, never stage 1 beside a printed 1,8.
 */
export const displayedStage = (score: number | null, scale: StageScale = V1_SCALE): number | null => stageOf(displayedScore(score), scale);

/** Scored share of a coverage count (don't-know and not-applicable are answered but not scored). */
export const scoredShare = (coverage: Coverage): number => (coverage.total > 0 ? coverage.scored / coverage.total : 0);

export interface Claim {
  /** The full-precision score, or null when nothing is scored. */
  score: number | null;
  /** The score rounded as shown. */
  shown: number | null;
  /** The stage that may be printed beside it; null when there is no score or too little data. */
  stage: number | null;
  /** Scored, but below the coverage threshold: show the score marked partial and no stage. */
  partial: boolean;
  /**
   * Set when the questionnaire caps the overall stage at the weakest area's
   * stage + 1 and that lowered it: the weakest area and the stage its score alone would give.
   */
  capped?: { areaId: string; areaStage: number; uncapped: number };
  scored: number;
  total: number;
}

function claim(score: number | null, coverage: Coverage, share: number, scale: StageScale): Claim {
  const enough = coverage.total > 0 && coverage.scored / coverage.total + EPSILON >= share;
  const shown = displayedScore(score);
  return {
    score,
    shown,
    stage: shown !== null && enough ? stageOf(shown, scale) : null,
    partial: shown !== null && !enough,
    scored: coverage.scored,
    total: coverage.total,
  };
}

/** What may be said about one area. */
export const areaClaim = (area: AreaScore): Claim => claim(area.score, area.coverage, AREA_CLAIM_SHARE, area.scale);

/**
 * What may be said about the assessment as a whole. Where the questionnaire
 * caps the overall stage (v2), it is at most one above the weakest area that
 * has a claimed stage: a diamond with a stage-1 area is not "embedded"
 * however high the mean (docs/SCORING.md).
 */
export function overallClaim(scores: AssessmentScores): Claim {
  const overall = claim(scores.overall, scores.coverage, OVERALL_CLAIM_SHARE, scores.scale);
  if (overall.stage === null || !scores.scale.capOverallAtWeakestPlusOne) return overall;
  let weakest: { areaId: string; stage: number } | null = null;
  for (const area of scores.areas) {
    const stage = areaClaim(area).stage;
    if (stage !== null && (weakest === null || stage < weakest.stage)) weakest = { areaId: area.areaId, stage };
  }
  if (weakest === null || overall.stage <= weakest.stage + 1) return overall;
  return { ...overall, stage: weakest.stage + 1, capped: { areaId: weakest.areaId, areaStage: weakest.stage, uncapped: overall.stage } };
}

export interface Highlights {
  /** Strongest areas first. */
  strengths: AreaScore[];
  /** Biggest gaps first; never an area that is also among the strengths. */
  gaps: AreaScore[];
  /** 'target' when the gaps are ranked by distance to target, 'weakest' when by low score. */
  gapBasis: 'target' | 'weakest';
}

/**
 * Strengths and biggest gaps, at most `n` each, never naming the same area
 * twice. Only areas with enough answers for a stage qualify. Strengths are
 * the highest scores; when there are too few areas for both lists, they are
 * shared out (strengths get the smaller half). Gaps are the largest positive
 * distances to target among the other areas when targets are set, topped up
 * with the weakest remaining areas that have not reached a target of their
 * own; without targets, the weakest areas.
 */
export function highlights(scores: AssessmentScores, n = 3): Highlights {
  const eligible = scores.areas.filter((a) => areaClaim(a).stage !== null);
  const ranked = [...eligible].sort((a, b) => (b.score as number) - (a.score as number) || b.weight - a.weight);
  const strengthCount = Math.min(n, Math.floor(ranked.length / 2));
  const strengths = ranked.slice(0, strengthCount);
  const taken = new Set(strengths.map((a) => a.areaId));
  const rest = ranked.filter((a) => !taken.has(a.areaId));
  const byTarget = rest.filter((a) => a.gap !== null && a.gap > EPSILON).sort((a, b) => (b.gap as number) - (a.gap as number));
  // An area that has reached its target is not a gap, however it ranks.
  const weakestFirst = [...rest].reverse().filter((a) => a.gap === null || a.gap > EPSILON);
  const gapBasis = byTarget.length > 0 ? 'target' : 'weakest';
  const gaps = [...byTarget];
  for (const area of weakestFirst) {
    if (gaps.length >= n) break;
    if (!gaps.includes(area)) gaps.push(area);
  }
  return { strengths, gaps: gaps.slice(0, n), gapBasis };
}
