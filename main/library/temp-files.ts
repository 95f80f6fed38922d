import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { LibraryLayout } from './layout';
import { log } from '../log/logger';

/**
 * Deletes temp files left by a process killed mid-write (see
 * storage/atomic-write.ts for their names). With `othersOnly`, temps this
 * process may be writing right now are left alone.
 */
export async function sweepTempFiles(layout: LibraryLayout, options: { othersOnly?: boolean } = {}): Promise<number> {
  let removed = 0;
  const mine = (name: string) => options.othersOnly && name.split('.').at(-3) === String(process.pid);
  for (const dir of [layout.assessments, layout.questionnaires, layout.clients, layout.root]) {
    for (const name of await readdir(dir)) {
      if (name.startsWith('.') && name.endsWith('.tmp') && !mine(name)) {
        await unlink(join(dir, name)).catch((err: unknown) => log.warn('library: a leftover temp file could not be removed', err));
        removed++;
      }
    }
  }
  return removed;
}
