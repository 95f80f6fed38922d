import { Low, type Adapter } from 'lowdb';
import type { CorruptReason } from '../../core/library/events';
import { readRecordFile, writeRecordFile } from './record-file';

/** A record file that exists but cannot be trusted; the library quarantines it. */
export class CorruptRecordError extends Error {
  constructor(
    readonly reason: CorruptReason,
    readonly detail?: string,
  ) {
    super(`corrupt record (${reason})${detail ? `: ${detail}` : ''}`);
    this.name = 'CorruptRecordError';
  }
}

/**
 * lowdb's adapter for Timantti's record files, in place of lowdb's own
 * JSONFile (steno). steno renames a temp file over the target but never
 * flushes it, so a power cut can leave an empty or NUL-filled file, and two
 * writers share one temp name. This adapter:
 *
 * - writes through writeRecordFile, i.e. writeFileDurable (unique temp
 *   file, fsync, rename with retries, fsync of the folder): a write
 *   resolves only once it is on disk;
 * - wraps the data in a checksummed record and, on reading, tells "missing"
 *   (null, so Low keeps its default) from "corrupt" (a CorruptRecordError,
 *   never silently replaced by the default data).
 *
 * One writer per file is the library's job: it queues every write per path.
 */
export class DurableRecordAdapter<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    const outcome = await readRecordFile(this.path);
    if (outcome.kind === 'missing') return null;
    if (outcome.kind === 'corrupt') throw new CorruptRecordError(outcome.reason, outcome.detail);
    return outcome.doc as T;
  }

  async write(data: T): Promise<void> {
    await writeRecordFile(this.path, data);
  }
}

/** A lowdb database over one record file. */
export function recordDb<T>(path: string, defaultData: T): Low<T> {
  return new Low<T>(new DurableRecordAdapter<T>(path), defaultData);
}
