import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../main/library/lock';

/** A pid that is certainly not running. */
const deadPid = 2 ** 22 + 12345;
const staleLockIn = (dir: string) =>
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: deadPid, host: hostname(), since: '2026-01-01T00:00:00.000Z', instance: 'dead' }));

describe('six processes racing for a stale lock', () => {
  const RACERS = 6;
  const TRIALS = 150;
  const racers: { child: ChildProcessWithoutNullStreams; lines: string[]; waiters: (() => void)[] }[] = [];

  beforeAll(async () => {
    for (let i = 0; i < RACERS; i++) {
      const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'lock-racer.ts')], { stdio: ['pipe', 'pipe', 'pipe'] });
      const racer = { child, lines: [] as string[], waiters: [] as (() => void)[] };
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const parts = buffer.split('\n');
        buffer = parts.pop() ?? '';
        racer.lines.push(...parts);
        for (const w of racer.waiters.splice(0)) w();
      });
      racers.push(racer);
    }
    await Promise.all(racers.map((r) => nextLine(r)));
  }, 60_000);

  afterAll(() => racers.forEach((r) => r.child.kill()));

  function nextLine(r: (typeof racers)[number]): Promise<string> {
    return new Promise((resolve) => {
      const take = () => (r.lines.length > 0 ? resolve(r.lines.shift()!) : r.waiters.push(take));
      take();
    });
  }

  it(`gives the library to exactly one process in each of ${TRIALS} trials`, async () => {
    let takeovers = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const dir = mkdtempSync(join(tmpdir(), 'timantti-race-'));
      staleLockIn(dir);
      for (const r of racers) r.child.stdin.write(`take ${dir}\n`);
      const answers = await Promise.all(racers.map((r) => nextLine(r)));
      const held = answers.filter((a) => a.startsWith('HELD'));
      expect(
        answers.filter((a) => !a.startsWith('HELD') && !a.startsWith('LOCKED')),
        `trial ${trial}`,
      ).toEqual([]);
      expect(held, `trial ${trial}: ${answers.join(', ')}`).toHaveLength(1);
      takeovers += held.length;
      for (const r of racers) r.child.stdin.write('drop\n');
      await Promise.all(racers.map((r) => nextLine(r)));
    }
    expect(takeovers).toBe(TRIALS);
  }, 240_000);
});
