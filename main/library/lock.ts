import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { open, readFile, stat, unlink, utimes } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { log } from '../log/logger';

export const LOCK_FILE = 'library.lock';
/** Held for the few milliseconds it takes to replace a stale lock. */
export const TAKEOVER_FILE = 'library.lock.takeover';

/** How often the holder touches its lock, and when a silent lock counts as abandoned. */
export const HEARTBEAT_MS = 10_000;
export const ABANDONED_AFTER_MS = 120_000;
/** A takeover marker older than this was left by a process that died mid-takeover. */
const TAKEOVER_STALE_MS = 10_000;

export interface LockInfo {
  pid: number;
  host: string;
  since: string;
  /**
   * Random per acquisition. A pid alone cannot identify the holder: Windows
   * (and Linux after a reboot) reuse pids, and a lock whose pid now belongs
   * to another program would otherwise keep the library closed forever.
   */
  instance?: string;
}

/** Another live process has the library open for writing. */
export class LibraryLockedError extends Error {
  readonly code = 'library-locked';
  constructor(
    readonly holder: LockInfo,
    readonly lockPath: string,
  ) {
    super(
      `the library is already open in another Timantti process (pid ${holder.pid} on ${holder.host} since ${holder.since}). ` +
        `Close that Timantti first. If none is running, the lock is released by itself within ${ABANDONED_AFTER_MS / 60_000} minutes; ` +
        `or delete the file "${LOCK_FILE}" in the data folder.`,
    );
    this.name = 'LibraryLockedError';
  }
}

export interface LockDeps {
  now: () => Date;
  /** Whether a pid is a running process on this host. */
  alive: (pid: number) => boolean;
  /** Milliseconds since the epoch, for file ages (the lock's mtime is its heartbeat). */
  clock: () => number;
}

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const defaultDeps: LockDeps = { now: () => new Date(), alive: processAlive, clock: () => Date.now() };

async function readInfo(path: string): Promise<LockInfo | undefined> {
  try {
    const info = JSON.parse(await readFile(path, 'utf8')) as LockInfo;
    return typeof info?.pid === 'number' && typeof info.host === 'string' ? info : undefined;
  } catch {
    // No lock, or one half-written by a process killed while creating it: both mean "no valid holder", which callers handle.
    return undefined;
  }
}

const ageOf = async (path: string, clock: () => number): Promise<number | undefined> => {
  try {
    return clock() - (await stat(path)).mtimeMs;
  } catch {
    // The lock vanished meanwhile: it has no age, and the caller tries to take it again.
    return undefined;
  }
};

const sameLock = (a: LockInfo | undefined, b: LockInfo | undefined): boolean =>
  !!a && !!b && a.pid === b.pid && a.host === b.host && a.since === b.since && a.instance === b.instance;

/** Creates `path` only if it does not exist, with its full content. */
async function createExclusive(path: string, content: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * Whether the lock at `path` (holding `holder`) is left over: its process is
 * gone, or it stopped touching the lock long ago (a reused pid, another host
 * that crashed), or it is unreadable and old.
 */
async function isStale(path: string, holder: LockInfo | undefined, deps: LockDeps): Promise<boolean> {
  const age = await ageOf(path, deps.clock);
  if (age === undefined) return false; // gone meanwhile: simply try again
  if (!holder) return age > TAKEOVER_STALE_MS; // a live process may be mid-write
  if (age > ABANDONED_AFTER_MS) return true;
  return holder.host === hostname() && !deps.alive(holder.pid);
}

/**
 * Removes a stale lock, safely against other processes doing the same.
 *
 * Deleting "the" stale lock after deciding it is stale is a race: between the
 * decision and the unlink another process may have replaced it with its own
 * live lock, which we would then delete (two holders, lost saves). So only the
 * process that exclusively creates the takeover marker may delete, and it
 * re-reads the lock under the marker and deletes only the exact stale lock it
 * judged. Nobody else deletes a lock, and every new lock is an exclusive
 * create, so the lock cannot change under the marker.
 */
async function takeOverStale(path: string, judged: LockInfo | undefined, deps: LockDeps): Promise<void> {
  const marker = path.replace(LOCK_FILE, TAKEOVER_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), instance: randomBytes(8).toString('hex') });
  if (!(await createExclusive(marker, mine))) {
    // Someone else is taking over; a marker left by a process that died mid-way is cleared.
    const age = await ageOf(marker, deps.clock);
    if (age !== undefined && age > TAKEOVER_STALE_MS) await unlink(marker).catch(ignoreMissing);
    return;
  }
  try {
    const current = await readInfo(path);
    const unchanged = judged ? sameLock(current, judged) : !current;
    if (unchanged && (await isStale(path, current, deps))) await unlink(path).catch(ignoreMissing);
  } finally {
    await unlink(marker).catch(ignoreMissing);
  }
}

function ignoreMissing(err: NodeJS.ErrnoException): void {
  if (err.code !== 'ENOENT') throw err;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface HeldLock {
  /** Releases the lock (idempotent, synchronous so it also runs on process exit). */
  release: () => void;
  /** Whether the lock file still names this holder (false: someone took it over). */
  verify: () => Promise<boolean>;
  info: LockInfo;
}

/**
 * Takes the library's single-writer lock: the desktop app, browser mode and
 * the CLI may not write one library at the same time. A lock left by a
 * process that died, or whose holder stopped its heartbeat, is taken over
 * atomically (see takeOverStale). While held, the lock file's mtime is
 * touched every HEARTBEAT_MS.
 */
export async function acquireLock(dir: string, options: Partial<LockDeps> = {}): Promise<HeldLock> {
  const deps = { ...defaultDeps, ...options };
  const path = join(dir, LOCK_FILE);
  const info: LockInfo = { pid: process.pid, host: hostname(), since: deps.now().toISOString(), instance: randomBytes(12).toString('hex') };
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await createExclusive(path, JSON.stringify(info))) {
      // Re-verify: what is on disk must be ours before any write happens.
      if (!sameLock(await readInfo(path), info)) continue;
      return hold(path, info);
    }
    const holder = await readInfo(path);
    if (!(await isStale(path, holder, deps))) {
      if (await ageOf(path, deps.clock).then((age) => age === undefined)) continue; // released meanwhile
      throw new LibraryLockedError(holder ?? { pid: 0, host: 'unknown', since: 'just now' }, path);
    }
    await takeOverStale(path, holder, deps);
    // Let a concurrent taker finish; jitter keeps racing processes apart.
    await sleep(2 + Math.floor(Math.random() * 8));
  }
  throw new Error(`could not take the library lock in ${LOCK_FILE}`);
}

function hold(path: string, info: LockInfo): HeldLock {
  let released = false;
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch((err: unknown) => {
      // A missing lock is noticed by verify() before the next write; anything else may let another process think ours is stale.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') log.warn('library: refreshing the lock failed', err);
    });
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const release = () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    process.removeListener('exit', release);
    try {
      const held = JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
      if (sameLock(held, info)) unlinkSync(path);
    } catch (err) {
      // Already gone: nothing to release. Anything else leaves a lock behind, which the next start takes over as stale.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') log.warn('library: the lock could not be removed on release', err);
    }
  };
  process.once('exit', release);
  return { release, verify: async () => !released && sameLock(await readInfo(path), info), info };
}
