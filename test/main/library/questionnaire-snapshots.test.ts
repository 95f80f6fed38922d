import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, STORED_ASSESSMENT_FORMAT_VERSION } from '../../../core/library/stored-assessment';
import { ASSESSMENT_FORMAT_VERSION } from '../../../core/assessment/schema';
import type { Library } from '../../../main/library/library';
import { decodeRecord, encodeRecord } from '../../../main/library/record-file';
import { repoRoot, shippedQuestionnaire } from '../../fixtures/builders';
import { fakeClock, freshDir, openLibrary, seeded } from './helpers';

const open: Library[] = [];
afterEach(async () => {
  for (const l of open.splice(0)) await l.close();
});

const lib = (dataDir: string, ...parts: string[]) => join(dataDir, 'library', ...parts);
const snapshotsIn = (dataDir: string) => readdirSync(lib(dataDir, 'questionnaires'));
const hashOf = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');
const SHIPPED = hashOf(shippedQuestionnaire());
const recordOf = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as { data: Record<string, unknown> };

/** The fixture: an assessment record exactly as format 2 stored it (full questionnaire, one that is not built in). */
const V2_FIXTURE = join(repoRoot, 'test/fixtures/v2-assessment-record.json');
const V2_QUESTIONNAIRE = hashOf((recordOf(V2_FIXTURE).data as { questionnaire: unknown }).questionnaire);

async function withV2Record(name = 'legacy-2025') {
  const dataDir = freshDir();
  mkdirSync(lib(dataDir, 'assessments'), { recursive: true });
  copyFileSync(V2_FIXTURE, lib(dataDir, 'assessments', `${name}.json`));
  const clock = fakeClock();
  const library = await openLibrary(dataDir, { now: clock.now });
  open.push(library);
  return { dataDir, library, clock, file: lib(dataDir, 'assessments', `${name}.json`) };
}

describe('a saved assessment refers to its questionnaire snapshot', () => {
  it('stores the record without the questionnaire, and the snapshot once under its hash', async () => {
    const { dataDir, library, assessment } = await seeded();
    open.push(library);
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'anna', value: 4 });
    const file = lib(dataDir, 'assessments', `${assessment.id}.json`);
    const record = recordOf(file).data;
    expect(record).not.toHaveProperty('questionnaire');
    expect(record).toMatchObject({ formatVersion: STORED_ASSESSMENT_FORMAT_VERSION, questionnaireRef: { id: 'b2b-cx-diamond', version: 1, sha256: SHIPPED } });
    const snapshotBytes = statSync(lib(dataDir, 'questionnaires', `${SHIPPED}.json`)).size;
    // The questionnaire is most of what a format-2 record held; the record is now a few kB.
    expect(statSync(file).size).toBeLessThan(5_000);
    expect(snapshotBytes).toBeGreaterThan(100_000);
    const snapshot = decodeRecord(readFileSync(lib(dataDir, 'questionnaires', `${SHIPPED}.json`)));
    expect(snapshot).toMatchObject({ kind: 'ok', doc: shippedQuestionnaire() });
  });

  it('writes a snapshot once and shares it between assessments, on disk and in memory', async () => {
    const clock = fakeClock();
    const { dataDir, library, client, assessment } = await seeded(freshDir(), { now: clock.now });
    const second = await library.createAssessment({ clientId: client.id, title: 'Toinen', date: '2026-04-01', language: 'fi', participants: [] });
    const path = lib(dataDir, 'questionnaires', `${SHIPPED}.json`);
    const written = statSync(path);
    for (let i = 0; i < 5; i++) {
      clock.advance(60_000);
      await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: null, value: (i % 5) + 1 });
    }
    expect(snapshotsIn(dataDir)).toEqual([`${SHIPPED}.json`]);
    const after = statSync(path);
    expect([after.ino, after.mtimeMs]).toEqual([written.ino, written.mtimeMs]);
    await library.close();

    const reopened = await openLibrary(dataDir);
    open.push(reopened);
    const [a, b] = await Promise.all([reopened.getAssessment(assessment.id), reopened.getAssessment(second.id)]);
    expect(a.questionnaire).toBe(b.questionnaire);
  });

  it('never writes a record before its snapshot is on disk', async () => {
    const second = { ...shippedQuestionnaire(), version: 2 };
    const dataDir = freshDir();
    const library = await openLibrary(dataDir, { questionnaires: [shippedQuestionnaire(), second] });
    open.push(library);
    const client = await library.createClient({ name: 'Nordtek Huolto Oy' });
    // The snapshot folder cannot be written (a file in its place): the new questionnaire's snapshot fails, so must its record.
    rmSync(lib(dataDir, 'questionnaires'), { recursive: true });
    writeFileSync(lib(dataDir, 'questionnaires'), 'blocker');
    const creating = library.createAssessment({
      clientId: client.id,
      title: 'V2',
      date: '2026-04-01',
      language: 'fi',
      participants: [],
      questionnaire: { id: second.id, version: 2 },
    });
    await expect(creating).rejects.toMatchObject({ code: 'storage-failed' });
    expect(readdirSync(lib(dataDir, 'assessments'))).toEqual([]);
    // Once the folder is back the retry writes both, the snapshot first.
    rmSync(lib(dataDir, 'questionnaires'));
    mkdirSync(lib(dataDir, 'questionnaires'));
    await library.flush();
    expect(snapshotsIn(dataDir)).toEqual([`${hashOf(second)}.json`]);
    expect(readdirSync(lib(dataDir, 'assessments'))).toHaveLength(1);
  });

  it('hydrates to the same assessment it saved', async () => {
    const { dataDir, library, assessment } = await seeded();
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'jukka', value: 'dont-know' });
    await library.updateAssessment(assessment.id, { areas: { strategy: { target: 4 } } });
    const before = await library.getAssessment(assessment.id);
    await library.close();
    const reopened = await openLibrary(dataDir);
    open.push(reopened);
    const after = await reopened.getAssessment(assessment.id);
    expect(after).toEqual(before);
    expect(after.formatVersion).toBe(ASSESSMENT_FORMAT_VERSION);
  });

  it('keeps the export self-contained, and an export imports into another library', async () => {
    const { library, assessment } = await seeded();
    open.push(library);
    const exported = JSON.parse((await library.exportAssessment(assessment.id)).content);
    expect(exported.assessments[0].questionnaire).toEqual(shippedQuestionnaire());
    const other = await openLibrary(freshDir());
    open.push(other);
    await other.importValue(exported, 'copy');
    expect((await other.getAssessment(assessment.id)).questionnaire).toEqual(shippedQuestionnaire());
  });
});

describe('a format 2 record', () => {
  it('is backed up as it was, then stored as a reference and a snapshot', async () => {
    const { dataDir, library, file } = await withV2Record();
    const original = readFileSync(V2_FIXTURE, 'utf8');
    const fromFixture = recordOf(V2_FIXTURE).data;
    const a = await library.getAssessment('legacy-2025');
    expect(a).toEqual({ ...fromFixture, formatVersion: ASSESSMENT_FORMAT_VERSION });
    expect(library.takeEvents()).toEqual([expect.objectContaining({ kind: 'migrated', from: 2 })]);
    const [backup] = await library.listBackups('legacy-2025');
    expect(backup!.name).toContain('before-migration-v2');
    expect(readFileSync(lib(dataDir, 'backups', 'legacy-2025', backup!.name), 'utf8')).toBe(original);
    expect(recordOf(file).data).toMatchObject({
      formatVersion: STORED_ASSESSMENT_FORMAT_VERSION,
      questionnaireRef: { id: 'test-q', version: 1, sha256: V2_QUESTIONNAIRE },
    });
    expect(snapshotsIn(dataDir)).toEqual([`${V2_QUESTIONNAIRE}.json`]);
  });

  it('backups of format 2 can still be restored', async () => {
    const { library, clock } = await withV2Record();
    await library.getAssessment('legacy-2025');
    const [backup] = await library.listBackups('legacy-2025');
    clock.advance(60_000);
    await library.saveAnswer({ assessmentId: 'legacy-2025', statementId: 'str-a', participantId: null, value: 5 });
    const restored = await library.restoreBackup('legacy-2025', backup!.name);
    expect(restored.answers['str-a']?.agreed).toBe(3);
  });
});

describe('a missing or damaged snapshot', () => {
  async function closedSeeded() {
    const s = await seeded();
    await s.library.saveAnswer({ assessmentId: s.assessment.id, statementId: 'org-cx-owner', participantId: 'anna', value: 4 });
    await s.library.close();
    return { ...s, snapshot: lib(s.dataDir, 'questionnaires', `${SHIPPED}.json`) };
  }

  it('is written again from the built-in questionnaire when it is missing', async () => {
    const { dataDir, assessment, snapshot } = await closedSeeded();
    rmSync(snapshot);
    const library = await openLibrary(dataDir);
    open.push(library);
    expect((await library.getAssessment(assessment.id)).answers['org-cx-owner']?.votes?.anna).toBe(4);
    expect(library.takeEvents()).toEqual([expect.objectContaining({ kind: 'snapshot-restored', from: 'built-in', file: snapshot })]);
    expect(decodeRecord(readFileSync(snapshot))).toMatchObject({ kind: 'ok', doc: shippedQuestionnaire() });
  });

  it.each([
    ['garbage', (f: string) => writeFileSync(f, 'garbage')],
    ['a valid record of other content', (f: string) => writeFileSync(f, encodeRecord({ ...shippedQuestionnaire(), version: 2 }))],
  ])('is set aside and written again when it holds %s', async (_what, damage) => {
    const { dataDir, assessment, snapshot } = await closedSeeded();
    damage(snapshot);
    const library = await openLibrary(dataDir);
    open.push(library);
    await library.getAssessment(assessment.id);
    expect(library.takeEvents()).toEqual([expect.objectContaining({ kind: 'snapshot-restored', from: 'built-in' })]);
    expect(snapshotsIn(dataDir).some((n) => n.startsWith(`${SHIPPED}.json.corrupt-`))).toBe(true);
    expect(decodeRecord(readFileSync(snapshot))).toMatchObject({ kind: 'ok', doc: shippedQuestionnaire() });
  });

  it('of a questionnaire that is not built in is recovered from a format 2 backup', async () => {
    const { dataDir, library } = await withV2Record();
    await library.getAssessment('legacy-2025');
    await library.close();
    open.length = 0;
    // Another assessment's format-2 backup holds the same questionnaire: found there too.
    renameSync(lib(dataDir, 'backups', 'legacy-2025'), lib(dataDir, 'backups', 'other-2025'));
    rmSync(lib(dataDir, 'questionnaires', `${V2_QUESTIONNAIRE}.json`));
    const again = await openLibrary(dataDir);
    open.push(again);
    expect((await again.getAssessment('legacy-2025')).questionnaire.id).toBe('test-q');
    expect(again.takeEvents()).toEqual([expect.objectContaining({ kind: 'snapshot-restored', from: 'backup' })]);
  });

  it('with no copy anywhere is reported, the record left as it is, and the library still opens', async () => {
    const { dataDir, library, file } = await withV2Record();
    await library.getAssessment('legacy-2025');
    await library.close();
    open.length = 0;
    rmSync(lib(dataDir, 'backups'), { recursive: true });
    rmSync(lib(dataDir, 'questionnaires', `${V2_QUESTIONNAIRE}.json`));
    rmSync(lib(dataDir, 'index.json'));
    const record = readFileSync(file);
    const again = await openLibrary(dataDir);
    open.push(again);
    expect(again.takeEvents()).toEqual([expect.objectContaining({ kind: 'missing', file: lib(dataDir, 'questionnaires', `${V2_QUESTIONNAIRE}.json`) })]);
    expect(again.listAssessments()).toEqual([]);
    expect(readFileSync(file)).toEqual(record);
    expect(existsSync(lib(dataDir, 'questionnaires', `${V2_QUESTIONNAIRE}.json`))).toBe(false);
  });
});

describe('library check', () => {
  it('verifies every snapshot and repairs one damaged while the library is open', async () => {
    const { dataDir, library, assessment } = await seeded();
    open.push(library);
    const snapshot = lib(dataDir, 'questionnaires', `${SHIPPED}.json`);
    expect(await library.check()).toMatchObject({ checked: 1, snapshots: 1, events: [] });

    writeFileSync(snapshot, readFileSync(snapshot, 'utf8').replace('"b2b-cx-diamond"', '"b2b-cx-diamant"'));
    const damaged = await library.check();
    expect(damaged.events).toEqual([expect.objectContaining({ kind: 'snapshot-restored', from: 'memory', file: snapshot })]);
    expect(decodeRecord(readFileSync(snapshot))).toMatchObject({ kind: 'ok', doc: shippedQuestionnaire() });

    // Missing while every assessment referring to it is cached: the check still notices and writes it again.
    rmSync(snapshot);
    expect((await library.check()).events).toEqual([expect.objectContaining({ kind: 'snapshot-restored', file: snapshot })]);
    expect(existsSync(snapshot)).toBe(true);
    expect((await library.getAssessment(assessment.id)).questionnaire.id).toBe('b2b-cx-diamond');
  });

  it('reports a damaged snapshot with no copy as unrecoverable', async () => {
    const { dataDir, library } = await withV2Record();
    await library.getAssessment('legacy-2025');
    library.takeEvents();
    rmSync(lib(dataDir, 'backups'), { recursive: true });
    const snapshot = lib(dataDir, 'questionnaires', `${V2_QUESTIONNAIRE}.json`);
    writeFileSync(snapshot, '{"sha256": "nope"');
    // The open library still holds the questionnaire in memory: it is the copy.
    expect((await library.check()).events).toEqual([expect.objectContaining({ kind: 'snapshot-restored', from: 'memory' })]);
    await library.close();
    open.length = 0;

    writeFileSync(snapshot, '{"sha256": "nope"');
    const again = await openLibrary(dataDir);
    open.push(again);
    const { events } = await again.check();
    expect(events).toEqual([expect.objectContaining({ kind: 'unrecoverable', file: snapshot, reason: 'invalid-json' })]);
  });
});

describe('a stored record of format 3 (before KPIs)', () => {
  it('is backed up as it was and written back as the current stored format', async () => {
    const { dataDir, library, assessment } = await seeded();
    const file = lib(dataDir, 'assessments', `${assessment.id}.json`);
    await library.close();
    // As format-3 Timantti stored it: the same record with formatVersion 3.
    const record = recordOf(file).data;
    const legacy = encodeRecord({ ...record, formatVersion: 3 });
    writeFileSync(file, legacy);
    const clock = fakeClock();
    const reopened = await openLibrary(dataDir, { now: clock.now });
    open.push(reopened);
    const a = await reopened.getAssessment(assessment.id);
    expect(a.formatVersion).toBe(ASSESSMENT_FORMAT_VERSION);
    expect(a.answers).toEqual(record.answers);
    expect(reopened.takeEvents()).toEqual([expect.objectContaining({ kind: 'migrated', from: 3 })]);
    const backup = (await reopened.listBackups(assessment.id)).find((b) => b.name.includes('before-migration-v3'));
    expect(readFileSync(lib(dataDir, 'backups', assessment.id, backup!.name), 'utf8')).toBe(legacy);
    expect(recordOf(file).data).toMatchObject({ formatVersion: STORED_ASSESSMENT_FORMAT_VERSION });
  });
});
