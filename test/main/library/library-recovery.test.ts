import { ASSESSMENT_FORMAT_VERSION } from '../../../core/assessment/schema';
import { STORED_ASSESSMENT_FORMAT_VERSION } from '../../../core/library/stored-assessment';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../main/library/library';
import { LibraryLockedError } from '../../../main/library/lock';
import { encodeRecord } from '../../../main/library/record-file';
import { repoRoot } from '../../fixtures/builders';
import { fakeClock, freshDir, openLibrary, seeded } from './helpers';

const open: Library[] = [];
afterEach(async () => {
  for (const l of open.splice(0)) await l.close();
});

/** A library with one assessment, two backups, and a newer state on disk. */
async function withBackups() {
  const clock = fakeClock();
  const s = await seeded(freshDir(), { now: clock.now });
  const save = (value: number) => s.library.saveAnswer({ assessmentId: s.assessment.id, statementId: 'org-cx-owner', participantId: 'anna', value });
  await save(2);
  clock.advance(10 * 60_000);
  await save(3); // backed up: the newest backup holds 3
  clock.advance(60_000);
  await save(4); // on disk, not backed up
  await s.library.close();
  return { ...s, file: join(s.dataDir, 'library', 'assessments', `${s.assessment.id}.json`), clock };
}

const CORRUPTIONS: [string, (file: string) => void, string][] = [
  ['empty', (f) => writeFileSync(f, ''), 'empty'],
  ['NUL-filled', (f) => writeFileSync(f, Buffer.alloc(4096)), 'nul-bytes'],
  ['truncated', (f) => writeFileSync(f, readFileSync(f).subarray(0, Math.floor(readFileSync(f).length / 2))), 'invalid-json'],
  ['invalid JSON', (f) => writeFileSync(f, '{"sha256": nope'), 'invalid-json'],
  ['not UTF-8', (f) => writeFileSync(f, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 'not-utf8'],
  ['wrong schema', (f) => writeFileSync(f, encodeRecord({ kind: 'timantti-assessment', formatVersion: 1, id: 'x' })), 'schema'],
  ['failed integrity check', (f) => writeFileSync(f, readFileSync(f, 'utf8').replace('"anna":4', '"anna":5')), 'integrity'],
];

describe('a damaged assessment file', () => {
  it.each(CORRUPTIONS)('(%s) is quarantined, restored from the newest good backup, and reported', async (_name, damage, reason) => {
    const { dataDir, file, assessment } = await withBackups();
    damage(file);
    const damaged = readFileSync(file);
    const library = await openLibrary(dataDir);
    open.push(library);

    const events = library.takeEvents();
    expect(events).toEqual([expect.objectContaining({ kind: 'recovered', file, reason, restoredFrom: '2026-11-20T09:10:00.000Z' })]);
    const quarantined = (events[0] as { quarantinedAs: string }).quarantinedAs;
    expect(quarantined).toMatch(/\.json\.corrupt-2026-/);
    expect(readFileSync(quarantined)).toEqual(damaged); // set aside, never overwritten
    expect((await library.getAssessment(assessment.id)).answers['org-cx-owner']).toEqual({ votes: { anna: 3 } });
    expect(library.listAssessments().map((s) => s.id)).toEqual([assessment.id]);
  });

  it('without a good backup is set aside and reported, and the library still opens', async () => {
    const { dataDir, file, assessment } = await withBackups();
    rmSync(join(dataDir, 'library', 'backups'), { recursive: true });
    writeFileSync(file, '{');
    const library = await openLibrary(dataDir);
    open.push(library);
    expect(library.takeEvents()).toEqual([expect.objectContaining({ kind: 'unrecoverable', reason: 'invalid-json' })]);
    expect(library.listAssessments()).toEqual([]);
    await expect(library.getAssessment(assessment.id)).rejects.toThrow();
    expect(readdirSync(join(dataDir, 'library', 'assessments')).some((n) => n.includes('.corrupt-'))).toBe(true);
  });

  it('skips a damaged backup and takes the next good one', async () => {
    const { dataDir, file, assessment } = await withBackups();
    const dir = join(dataDir, 'library', 'backups', assessment.id);
    const newest = readdirSync(dir).sort().at(-1)!;
    writeFileSync(join(dir, newest), 'garbage');
    writeFileSync(file, '');
    const library = await openLibrary(dataDir);
    open.push(library);
    expect(library.takeEvents()).toEqual([expect.objectContaining({ kind: 'recovered', restoredFrom: '2026-11-20T09:00:00.000Z' })]);
  });

  it('that has gone missing is reported as missing, not as corrupt', async () => {
    const { dataDir, file } = await withBackups();
    rmSync(file);
    const library = await openLibrary(dataDir);
    open.push(library);
    expect(library.takeEvents()).toEqual([expect.objectContaining({ kind: 'missing', file })]);
    expect(readdirSync(join(dataDir, 'library', 'assessments'))).toEqual([]);
  });

  it('from a newer Timantti is refused and left exactly as it is', async () => {
    const { dataDir, file, assessment } = await withBackups();
    writeFileSync(file, encodeRecord({ kind: 'timantti-assessment', formatVersion: 6, id: assessment.id, future: true }));
    const before = readFileSync(file);
    const library = await openLibrary(dataDir);
    open.push(library);
    expect(library.takeEvents()).toEqual([expect.objectContaining({ kind: 'newer-format', version: 6 })]);
    expect(readFileSync(file)).toEqual(before);
    expect(library.listAssessments()).toEqual([]);
  });
});

describe('a client file from a newer Timantti', () => {
  it('is left exactly as it is and reported, not quarantined', async () => {
    const { dataDir, library, client } = await seeded();
    await library.close();
    const file = join(dataDir, 'library', 'clients', `${client.id}.json`);
    writeFileSync(file, encodeRecord({ kind: 'timantti-client', formatVersion: 2, client: { id: client.id, name: 'X', tier: 'gold' } }));
    const before = readFileSync(file);
    const again = await openLibrary(dataDir);
    open.push(again);
    expect(again.takeEvents()).toEqual([expect.objectContaining({ kind: 'newer-format', file, version: 2 })]);
    expect(readFileSync(file)).toEqual(before);
    expect(readdirSync(join(dataDir, 'library', 'clients')).some((n) => n.includes('corrupt'))).toBe(false);
  });
});

describe('migration', () => {
  it('brings a formatVersion 0 file up to date, after backing up the original', async () => {
    const dataDir = freshDir();
    mkdirSync(join(dataDir, 'library', 'assessments'), { recursive: true });
    const file = join(dataDir, 'library', 'assessments', 'proto-2024.json');
    copyFileSync(join(repoRoot, 'test/fixtures/v0-assessment.json'), file);
    const library = await openLibrary(dataDir);
    open.push(library);

    const events = library.takeEvents();
    expect(events).toEqual([expect.objectContaining({ kind: 'migrated', from: 0 })]);
    const a = await library.getAssessment('proto-2024');
    expect(a).toMatchObject({
      formatVersion: ASSESSMENT_FORMAT_VERSION,
      client: { id: 'vanha-asiakas-oy', name: 'Vanha Asiakas Oy' },
      language: 'fi',
      areas: { strategy: { target: 4 } },
    });
    expect(a.answers).toEqual({
      'str-a': { votes: { p1: 4, p2: 2 }, agreed: 3, note: 'Sovittiin kolmonen.' },
      'str-b': { votes: { p1: 'na' } },
      'mea-a': { votes: { p2: 1 } },
    });
    expect(library.listClients().map((c) => c.name)).toEqual(['Vanha Asiakas Oy']);
    const backups = await library.listBackups('proto-2024');
    expect(backups[0]!.name).toContain('before-migration-v0');
    expect(JSON.parse(readFileSync(join(dataDir, 'library', 'backups', 'proto-2024', backups[0]!.name), 'utf8')).formatVersion).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).data).toMatchObject({
      formatVersion: STORED_ASSESSMENT_FORMAT_VERSION,
      questionnaireRef: { id: 'test-q', version: 1 },
    });
  });
});

describe('a failed save', () => {
  it('is reported, kept in memory, retried, and loses nothing already stored', async () => {
    const { dataDir, library, assessment } = await seeded();
    open.push(library);
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'anna', value: 2 });
    const file = join(dataDir, 'library', 'assessments', `${assessment.id}.json`);
    const stored = readFileSync(file);
    // Make the target unwritable in a way that stops root too: a directory in its place.
    const aside = `${file}.aside`;
    copyFileSync(file, aside);
    rmSync(file);
    mkdirSync(join(file, 'blocker'), { recursive: true });

    await expect(library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'jukka', value: 5 })).rejects.toMatchObject({
      code: 'storage-failed',
    });
    expect(library.status().pending).toEqual([expect.objectContaining({ assessmentId: assessment.id, attempts: 1 })]);
    // What the UI hears names the failure, never the data folder's path.
    const refused = await library
      .saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'jukka', value: 5 })
      .catch((e: Error) => e);
    expect((refused as Error).message).toMatch(/^E[A-Z]+: /);
    expect((refused as Error).message).not.toContain(dataDir);
    expect(library.status().pending[0]!.error).not.toContain(dataDir);
    // The answer is not lost: the latest state still has it.
    expect((await library.getAssessment(assessment.id)).answers['org-cx-owner']).toEqual({ votes: { anna: 2, jukka: 5 } });
    expect(readFileSync(aside)).toEqual(stored);

    // The disk recovers; the background retry writes the pending state.
    rmSync(file, { recursive: true });
    await new Promise((r) => setTimeout(r, 300));
    expect(library.status().pending).toEqual([]);
    expect(JSON.parse(readFileSync(file, 'utf8')).data.answers['org-cx-owner']).toEqual({ votes: { anna: 2, jukka: 5 } });
  });
});

describe('two writers on one library', () => {
  it('are refused: the second open fails while the first holds the lock', async () => {
    const { dataDir, library } = await seeded();
    open.push(library);
    await expect(openLibrary(dataDir)).rejects.toBeInstanceOf(LibraryLockedError);
    await library.close();
    open.pop();
    const again = await openLibrary(dataDir); // released on close
    open.push(again);
  });

  it('leaves no exit listener behind when a library is closed', async () => {
    const dataDir = freshDir();
    const before = process.listenerCount('exit');
    for (let i = 0; i < 15; i++) await (await openLibrary(dataDir)).close();
    expect(process.listenerCount('exit')).toBe(before);
  });

  it('takes over a lock left by a process that died', async () => {
    const dataDir = freshDir();
    mkdirSync(join(dataDir, 'library'), { recursive: true });
    writeFileSync(
      join(dataDir, 'library', 'library.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), since: '2026-01-01T00:00:00Z' }),
    );
    const library = await openLibrary(dataDir);
    open.push(library);
    expect(existsSync(join(dataDir, 'library', 'library.lock'))).toBe(true);
  });
});
