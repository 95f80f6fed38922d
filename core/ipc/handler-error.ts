import type { AppError } from '../result';

/**
 * Thrown by an implementation to report an expected failure with a code.
 * Apart from handler-table.ts so that code outside the IPC (the report's logo
 * check, the CLI) can throw it without building every channel's schema.
 */
export class HandlerError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'HandlerError';
  }
}
