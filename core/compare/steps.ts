import { directionOf } from '../scoring/compare';
import type { StageScale } from '../scoring/stage';
import { sameScale, type ScorePoint } from './points';

/** A score before and after, the change and its direction (a change under MIN_CHANGE is 'flat'). */
export interface ScoreChange {
  before: number | null;
  after: number | null;
  /** after − before, full precision; null unless both exist. */
  delta: number | null;
  direction: 'up' | 'down' | 'flat' | null;
}

export const scoreChange = (before: number | null, after: number | null): ScoreChange => {
  const delta = before !== null && after !== null ? after - before : null;
  return { before, after, delta, direction: directionOf(delta) };
};

/** What changed for one area (or overall) from one assessment to another. */
export interface ScoreStep {
  fromAssessmentId: string;
  toAssessmentId: string;
  score: ScoreChange;
  /** Claimed stages (null: no stage could be claimed on that side) and their difference when both exist. */
  stageBefore: number | null;
  stageAfter: number | null;
  stageChange: number | null;
  /**
   * The two questionnaires turn scores into stages differently (v1 → v2: the
   * top stage starts at 4.5 and the overall stage is capped), so a stage
   * change may come from the scale rather than the organisation.
   */
  scaleChanged: boolean;
  /** Change in the share of statements scored (0..1 each side); null if either side lacks the area. */
  scoredShareChange: number | null;
  flaggedChange: number | null;
  meanSpreadChange: number | null;
}

const share = (p: ScorePoint) => (p.present && p.coverage.total > 0 ? p.coverage.scored / p.coverage.total : null);
const diff = (a: number | null, b: number | null) => (a !== null && b !== null ? b - a : null);

export function scoreStep(from: { id: string; point: ScorePoint; scale: StageScale }, to: { id: string; point: ScorePoint; scale: StageScale }): ScoreStep {
  const [a, b] = [from.point, to.point];
  const both = a.present && b.present;
  return {
    fromAssessmentId: from.id,
    toAssessmentId: to.id,
    score: scoreChange(a.score, b.score),
    stageBefore: a.stage,
    stageAfter: b.stage,
    stageChange: diff(a.stage, b.stage),
    scaleChanged: !sameScale(from.scale, to.scale),
    scoredShareChange: diff(share(a), share(b)),
    flaggedChange: both ? b.disagreement.flagged - a.disagreement.flagged : null,
    meanSpreadChange: both ? diff(a.disagreement.meanSpread, b.disagreement.meanSpread) : null,
  };
}
