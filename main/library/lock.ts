import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'library.lock';

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/** Another live process has the library open for writing. */
export class LibraryLockedError extends Error {
  constructor(readonly holder: LockInfo) {
    super(`the library is already open in another Timantti process (pid ${holder.pid} on ${holder.host} since ${holder.since})`);
    this.name = 'LibraryLockedError';
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the library's single-writer lock: the desktop app, browser mode and
 * the CLI may not write one library at the same time. A lock left by a
 * process that died (same host, pid gone) is taken over. Returns the release.
 */
export async function acquireLock(dir: string, now: () => Date = () => new Date()): Promise<() => void> {
  const path = join(dir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: hostname(), since: now().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      await handle.writeFile(JSON.stringify(mine));
      await handle.close();
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.removeListener('exit', release);
        try {
          const held = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
          if (held.pid === mine.pid && held.since === mine.since) unlinkSync(path);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: LockInfo | undefined;
      try {
        holder = JSON.parse(await readFile(path, 'utf8')) as LockInfo;
      } catch {
        holder = undefined;
      }
      // An unreadable lock is stale only once it is old: a live process may be
      // between creating the file and writing its pid into it.
      const oldUnreadable =
        !holder &&
        Date.now() -
          (await stat(path)
            .then((s) => s.mtimeMs)
            .catch(() => 0)) >
          10_000;
      const stale = holder ? holder.host === mine.host && !alive(holder.pid) : oldUnreadable;
      if (!stale) throw new LibraryLockedError(holder ?? { pid: 0, host: 'unknown', since: 'just now' });
      await unlink(path).catch(() => undefined);
    }
  }
  throw new Error(`could not take the library lock at ${path}`);
}
