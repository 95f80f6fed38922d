import { isLevel } from '../assessment/is-level';
import type { AnswerValue, Participant, StatementAnswer } from '../assessment/schema';
import { mean, spreadOf, type Spread } from './stats';

/** Two or more levels between the lowest and highest vote: worth discussing. */
export const DISAGREEMENT_RANGE = 2;

export interface StatementScore {
  statementId: string;
  areaId: string;
  /** The agreed level when one was set, otherwise the mean of the votes; null if neither. */
  score: number | null;
  basis: 'agreed' | 'votes' | 'none';
  /** Spread of the participants' level votes (not-applicable and don't-know excluded). */
  spread: Spread | null;
  disagreement: boolean;
  /** Anything was said: a level, not applicable or don't know, agreed or voted. */
  answered: boolean;
  /** The agreed answer, if the team set one. */
  agreed: AnswerValue | undefined;
  /** How many participants voted "not applicable" / "don't know". */
  notApplicable: number;
  dontKnow: number;
}

/**
 * Scores one statement. The agreed answer overrides the votes entirely: an
 * agreed "not applicable" or "don't know" means the statement has no score,
 * however the votes went. Not-applicable and don't-know never count as zero.
 */
export function scoreStatement(statementId: string, areaId: string, answer: StatementAnswer | undefined, participants: readonly Participant[]): StatementScore {
  const votes: AnswerValue[] = participants.flatMap((p) => {
    const vote = answer?.votes?.[p.id];
    return vote === undefined ? [] : [vote];
  });
  const levels = votes.filter(isLevel);
  const spread = spreadOf(levels);
  const agreed = answer?.agreed;
  const score = agreed !== undefined ? (isLevel(agreed) ? agreed : null) : mean(levels);
  return {
    statementId,
    areaId,
    score,
    basis: agreed !== undefined ? 'agreed' : levels.length > 0 ? 'votes' : 'none',
    spread,
    disagreement: spread !== null && spread.max - spread.min >= DISAGREEMENT_RANGE,
    answered: agreed !== undefined || votes.length > 0,
    agreed,
    notApplicable: votes.filter((v) => v === 'na').length,
    dontKnow: votes.filter((v) => v === 'dont-know').length,
  };
}
