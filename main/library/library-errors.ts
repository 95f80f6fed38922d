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
