import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ABANDONED_AFTER_MS, acquireLock, LibraryLockedError, LOCK_FILE, TAKEOVER_FILE } from '../../../main/library/lock';

/** A pid that is certainly not running: a child that has exited. */
const deadPid = 2 ** 22 + 12345;

function staleLockIn(dir: string, info: object = { pid: deadPid, host: hostname(), since: '2026-01-01T00:00:00.000Z', instance: 'dead' }): void {
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify(info));
}

describe('the library lock', () => {
  it('refuses a second holder while the first lives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timantti-lock-'));
    const first = await acquireLock(dir);
    await expect(acquireLock(dir)).rejects.toBeInstanceOf(LibraryLockedError);
    first.release();
    const second = await acquireLock(dir);
    expect(await second.verify()).toBe(true);
    second.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock whose pid is alive but silent for long (a reused pid), and says what to do otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timantti-lock-'));
    // Our own pid is certainly alive: as if another program had been given the dead holder's pid.
    staleLockIn(dir, { pid: process.pid, host: hostname(), since: '2026-01-01T00:00:00.000Z', instance: 'old' });
    const error = await acquireLock(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryLockedError);
    expect((error as Error).message).toMatch(/Close that Timantti first.*within 2 minutes.*delete the file "library.lock"/);
    const old = new Date(Date.now() - ABANDONED_AFTER_MS - 1_000);
    utimesSync(join(dir, LOCK_FILE), old, old);
    const lock = await acquireLock(dir);
    expect(lock.info.instance).not.toBe('old');
    expect(await lock.verify()).toBe(true);
    lock.release();
  });

  it('never gives a stale lock to two of many concurrent takers (300 trials in one process)', async () => {
    for (let trial = 0; trial < 300; trial++) {
      const dir = mkdtempSync(join(tmpdir(), 'timantti-lock-'));
      staleLockIn(dir);
      const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => acquireLock(dir)));
      const holders = outcomes.filter((o) => o.status === 'fulfilled');
      expect(holders, `trial ${trial}`).toHaveLength(1);
      for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(LibraryLockedError);
      const lock = (holders[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireLock>>>).value;
      expect(await lock.verify()).toBe(true);
      lock.release();
      expect(readdirSync(dir)).toEqual([]); // no takeover marker left behind
    }
  }, 120_000);

  it('clears a takeover marker left by a process that died mid-takeover', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timantti-lock-'));
    staleLockIn(dir);
    writeFileSync(join(dir, TAKEOVER_FILE), '{"pid":1}');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, TAKEOVER_FILE), old, old);
    const lock = await acquireLock(dir);
    expect(await lock.verify()).toBe(true);
    lock.release();
  });
});
