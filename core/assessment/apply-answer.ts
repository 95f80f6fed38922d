import type { AnswerChange } from './changes';
import type { StatementAnswer } from './schema';

/** The part of an answer change that says what happens to the answer (see AnswerSaveSchema). */
export type AnswerChangeFields = Omit<AnswerChange, 'assessmentId' | 'statementId'>;

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
