import type { ValidationIssue } from './validation/issues';

/**
 * What crosses a process boundary instead of a thrown error. Signal-Desktop's
 * `wrapResult` is the model: exceptions do not survive structured cloning or
 * JSON intact, a result object does.
 */
export type ErrorCode =
  'invalid-input' | 'unknown-channel' | 'forbidden' | 'not-found' | 'conflict' | 'storage-failed' | 'library-unavailable' | 'newer-format' | 'internal';

export interface AppError {
  /** Stable, translatable code: the renderer shows `errors.<code>` in the user's language. */
  code: ErrorCode;
  /** English detail for logs and developers, never the only thing a user sees. */
  message: string;
  /** Where in the input the problem is (a JSON path), when it is about input. */
  path?: string;
  /** Every problem found in an imported or edited document, as translatable issues. */
  issues?: ValidationIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, path?: string): Result<never> => ({
  ok: false,
  error: path === undefined ? { code, message } : { code, message, path },
});
