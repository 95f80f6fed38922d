import type { ValidationIssue } from '../../core/validation/issues';

/** An expected library failure, with a code the UI translates. */
export class LibraryError extends Error {
  constructor(
    readonly code: 'not-found' | 'conflict' | 'storage-failed' | 'invalid-input' | 'newer-format',
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** The input was understood but is not a valid assessment / export: the issues say why. */
export class LibraryValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(`invalid: ${issues.length} problem(s)`);
    this.name = 'LibraryValidationError';
  }
}

/**
 * What a caller may hear about a file-system failure: the error code and
 * Node's description, never the absolute path in Node's message (a user's
 * home folder and client names in folder names stay in the log). E.g.
 * "ENOSPC: no space left on device, write '/home/k/…'" → "ENOSPC: no space left on device".
 */
export function describeFailure(err: unknown): string {
  const e = err as NodeJS.ErrnoException | undefined;
  if (e && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) {
    const description = (e.message ?? '')
      .replace(/^E[A-Z]+:\s*/, '')
      .split(',')[0]
      ?.trim();
    return description ? `${e.code}: ${description}` : e.code;
  }
  return 'unexpected failure';
}
