import { z } from 'zod';

/** Why a stored file could not be used. */
export const CORRUPT_REASONS = ['empty', 'nul-bytes', 'not-utf8', 'invalid-json', 'not-a-record', 'integrity', 'schema'] as const;
export type CorruptReason = (typeof CORRUPT_REASONS)[number];

/**
 * Things the user must be told about, collected while the library works and
 * handed to the UI (`library:events`): what was damaged, what was restored.
 */
export const LibraryEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('recovered'),
    file: z.string(),
    reason: z.enum(CORRUPT_REASONS),
    quarantinedAs: z.string(),
    restoredFrom: z.string(),
    at: z.string(),
  }),
  z.object({ kind: z.literal('unrecoverable'), file: z.string(), reason: z.enum(CORRUPT_REASONS), quarantinedAs: z.string(), at: z.string() }),
  z.object({ kind: z.literal('newer-format'), file: z.string(), version: z.number(), at: z.string() }),
  z.object({ kind: z.literal('migrated'), file: z.string(), from: z.number(), backup: z.string(), at: z.string() }),
  z.object({ kind: z.literal('missing'), file: z.string(), at: z.string() }),
  /**
   * A save was written but its backup was not (a full disk, a folder the
   * user may not write to): the answers are safe, the history is not. `file`
   * is the assessment's record; `code` the system's error code ("ENOSPC"),
   * or "unknown".
   */
  z.object({ kind: z.literal('backup-failed'), file: z.string(), code: z.string().max(40), at: z.string() }),
  /**
   * A questionnaire snapshot (`library/questionnaires/<sha256>.json`) was
   * missing or damaged and has been written again from an identical copy:
   * the one in memory, a built-in questionnaire, or a backup of an older
   * format that held the full questionnaire.
   */
  z.object({ kind: z.literal('snapshot-restored'), file: z.string(), from: z.enum(['memory', 'built-in', 'backup']), at: z.string() }),
]);
export type LibraryEvent = z.infer<typeof LibraryEventSchema>;
export type LibraryEventKind = LibraryEvent['kind'];
