import type { AnswerValue, StatementAnswer } from './schema';

/** One change to one statement's answer, as the workshop makes it. */
export interface AnswerChangeFields {
  /** Whose answer: a participant id, or null for the agreed (consensus) answer. */
  participantId: string | null;
  /** A level, na, dont-know; null clears it; undefined leaves it. */
  value?: AnswerValue | null | undefined;
  /** The statement's note; null or '' clears it; undefined leaves it. */
  note?: string | null | undefined;
  evidence?: string | null | undefined;
}

/**
 * The answer after a change. Pure: main stores the result, and the runner
 * shows the same result at once, before the save is acknowledged.
 */
export function applyAnswer(previous: StatementAnswer | undefined, change: AnswerChangeFields): StatementAnswer {
  const next: StatementAnswer = { ...previous };
  if (change.value !== undefined) {
    if (change.participantId === null) {
      if (change.value === null) delete next.agreed;
      else next.agreed = change.value;
    } else {
      const votes = { ...next.votes };
      if (change.value === null) delete votes[change.participantId];
      else votes[change.participantId] = change.value;
      next.votes = votes;
    }
  }
  for (const field of ['note', 'evidence'] as const) {
    const value = change[field];
    if (value === undefined) continue;
    if (value === null || value === '') delete next[field];
    else next[field] = value;
  }
  return next;
}
