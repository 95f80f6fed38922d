import type { AreaScore, AssessmentScores } from '../scoring/assessment-scores';
import { areaClaim, overallClaim, type Claim } from '../scoring/claims';
import type { StageScale } from '../scoring/stage';
import { mean } from '../scoring/stats';
import type { StatementScore } from '../scoring/statement';

/** How much a team disagreed: statements flagged (votes two or more levels apart) and the mean spread of the votes. */
export interface DisagreementSummary {
  flagged: number;
  /** Mean standard deviation of the level votes over statements with at least two level votes; null when none has. */
  meanSpread: number | null;
}

/** One area (or the overall index) in one assessment, as it may be claimed. */
export interface ScorePoint {
  /** False when this assessment's questionnaire has no such area: the score is then missing, not zero. */
  present: boolean;
  score: number | null;
  /** The claimed stage (docs/SCORING.md, "What … may claim"): null on too few answers; v2's overall cap applied. */
  stage: number | null;
  /** Scored, but too few answers for a stage. */
  partial: boolean;
  /** Set when the overall stage was capped at the weakest area + 1. */
  capped?: Claim['capped'];
  coverage: { answered: number; scored: number; total: number };
  disagreement: DisagreementSummary;
}

export function disagreementOf(statements: readonly StatementScore[]): DisagreementSummary {
  const spreads = statements.flatMap((s) => (s.spread && s.spread.n >= 2 ? [s.spread.sd] : []));
  return { flagged: statements.filter((s) => s.disagreement).length, meanSpread: mean(spreads) };
}

export const ABSENT_POINT: ScorePoint = {
  present: false,
  score: null,
  stage: null,
  partial: false,
  coverage: { answered: 0, scored: 0, total: 0 },
  disagreement: { flagged: 0, meanSpread: null },
};

export function areaPoint(area: AreaScore | undefined): ScorePoint {
  if (!area) return ABSENT_POINT;
  const claim = areaClaim(area);
  const { answered, scored, total } = area.coverage;
  return {
    present: true,
    score: area.score,
    stage: claim.stage,
    partial: claim.partial,
    coverage: { answered, scored, total },
    disagreement: disagreementOf(area.statements),
  };
}

export function overallPoint(scores: AssessmentScores): ScorePoint {
  const claim = overallClaim(scores);
  const { answered, scored, total } = scores.coverage;
  return {
    present: true,
    score: scores.overall,
    stage: claim.stage,
    partial: claim.partial,
    ...(claim.capped ? { capped: claim.capped } : {}),
    coverage: { answered, scored, total },
    disagreement: disagreementOf(scores.areas.flatMap((a) => a.statements)),
  };
}

export const sameScale = (a: StageScale, b: StageScale): boolean =>
  a.capOverallAtWeakestPlusOne === b.capOverallAtWeakestPlusOne &&
  a.thresholds.length === b.thresholds.length &&
  a.thresholds.every((t, i) => t === b.thresholds[i]);
