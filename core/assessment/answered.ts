import type { StatementAnswer } from './schema';

/**
 * Whether anything was said about a statement: an agreed answer or any vote
 * (a level, not applicable or don't know). One definition for the runner's
 * progress, the diamond's counts and the scores' coverage.
 */
export const isAnswered = (answer: StatementAnswer | undefined): boolean =>
  !!answer && (answer.agreed !== undefined || Object.keys(answer.votes ?? {}).length > 0);
