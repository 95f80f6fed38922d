import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../main/library/library';
import { LibraryError } from '../../../main/library/library-errors';
import { defaultQuestionnaire, shippedQuestionnaire } from '../../fixtures/builders';
import { fakeClock, freshDir, openLibrary, seeded } from './helpers';

const open: Library[] = [];
const track = <T extends { library: Library }>(x: T) => (open.push(x.library), x);
afterEach(async () => {
  for (const l of open.splice(0)) await l.close();
});

describe('the library', () => {
  it('keeps clients, assessments and answers across a restart', async () => {
    const { dataDir, library, client, assessment } = track(await seeded());
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'cun-leaders-meet-customers', participantId: 'anna', value: 4 });
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'cun-leaders-meet-customers', participantId: null, value: 3, note: 'Sovittu 👍' });
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'mea-framework', participantId: 'jukka', value: 'na' });
    await library.close();

    const again = await openLibrary(dataDir);
    open.push(again);
    expect(again.listClients().map((c) => c.name)).toEqual([client.name]);
    expect(again.listAssessments().map((s) => [s.id, s.title, s.participants])).toEqual([[assessment.id, 'Kypsyysarvio 2026', 2]]);
    const reread = await again.getAssessment(assessment.id);
    expect(reread.answers['cun-leaders-meet-customers']).toEqual({ votes: { anna: 4 }, agreed: 3, note: 'Sovittu 👍' });
    expect(reread.answers['mea-framework']).toEqual({ votes: { jukka: 'na' } });
  });

  it('writes one file per assessment, each a checksummed record', async () => {
    const { dataDir, library, assessment } = track(await seeded());
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'str-cx-capabilities', participantId: 'anna', value: 2 });
    expect(readdirSync(join(dataDir, 'library', 'assessments'))).toEqual([`${assessment.id}.json`]);
    const record = JSON.parse(readFileSync(join(dataDir, 'library', 'assessments', `${assessment.id}.json`), 'utf8'));
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(record.data.answers['str-cx-capabilities']).toEqual({ votes: { anna: 2 } });
  });

  it('clears answers and notes', async () => {
    const { library, assessment } = track(await seeded());
    const base = { assessmentId: assessment.id, statementId: 'bra-brand-from-strategy' };
    await library.saveAnswer({ ...base, participantId: 'anna', value: 5, note: 'x' });
    await library.saveAnswer({ ...base, participantId: 'anna', value: null, note: null });
    expect((await library.getAssessment(assessment.id)).answers['bra-brand-from-strategy']).toEqual({ votes: {} });
  });

  it('refuses answers for unknown statements, participants and values, and over-long notes', async () => {
    const { library, assessment } = track(await seeded());
    const base = { assessmentId: assessment.id, statementId: 'bra-brand-from-strategy', participantId: 'anna' };
    await expect(library.saveAnswer({ ...base, statementId: 'nope', value: 3 })).rejects.toThrow(LibraryError);
    await expect(library.saveAnswer({ ...base, participantId: 'ghost', value: 3 })).rejects.toThrow(/unknown participant/);
    await expect(library.saveAnswer({ ...base, value: 7 as never })).rejects.toThrow(/invalid answer/);
    await expect(library.saveAnswer({ ...base, note: 'x'.repeat(200_000) })).rejects.toThrow(/longer than/);
    expect((await library.getAssessment(assessment.id)).answers).toEqual({});
  });

  it('removes a participant’s votes with the participant', async () => {
    const { library, assessment } = track(await seeded());
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'jukka', value: 2 });
    const updated = await library.updateAssessment(assessment.id, { participants: [{ id: 'anna', name: 'Anna' }] });
    expect(updated.answers['org-cx-owner']).toEqual({ votes: {} });
  });

  it('starts a new assessment from an earlier one', async () => {
    const { library, client, assessment } = track(await seeded());
    await library.updateAssessment(assessment.id, { areas: { measurement: { target: 3 } } });
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'anna', value: 2 });
    const next = await library.createAssessment({
      clientId: client.id,
      title: '2027',
      date: '2027-03-01',
      language: 'fi',
      copyFrom: { assessmentId: assessment.id, answers: false },
    });
    expect(next.participants.map((p) => p.id)).toEqual(['anna', 'jukka']);
    expect(next.areas).toEqual({ measurement: { target: 3 } });
    expect(next.answers).toEqual({});
  });

  it('starts the next assessment of a v1 client on v2, carrying answers over only where a statement kept its id and meaning', async () => {
    const v1 = shippedQuestionnaire();
    const v2 = defaultQuestionnaire();
    // v2 is the default (first); v1 is still known, so v1 assessments keep working.
    const { library, client, assessment } = track(await seeded(freshDir(), { questionnaires: [v2, v1] }));
    expect([assessment.questionnaire.version]).toEqual([2]);
    const old = await library.createAssessment({
      clientId: client.id,
      title: '2025',
      date: '2025-03-01',
      language: 'fi',
      questionnaire: { id: v1.id, version: 1 },
      participants: [{ id: 'anna', name: 'Anna' }],
    });
    expect(old.questionnaire.version).toBe(1);
    await library.saveAnswer({ assessmentId: old.id, statementId: 'org-cx-owner', participantId: 'anna', value: 2 }); // reworded: same id
    await library.saveAnswer({ assessmentId: old.id, statementId: 'emo-defining-moments', participantId: 'anna', value: 4 }); // replaced in v2
    await library.updateAssessment(old.id, { areas: { measurement: { target: 3 } } });
    const next = await library.createAssessment({
      clientId: client.id,
      title: '2026',
      date: '2026-03-01',
      language: 'fi',
      copyFrom: { assessmentId: old.id, answers: true },
    });
    expect(next.questionnaire.version).toBe(2);
    expect(next.participants.map((p) => p.id)).toEqual(['anna']);
    expect(next.answers).toEqual({ 'org-cx-owner': { votes: { anna: 2 } } });
    expect(next.areas).toEqual({ measurement: { target: 3 } });
    // The earlier assessment is untouched and still scores on its own snapshot.
    expect((await library.getAssessment(old.id)).questionnaire.version).toBe(1);
  });

  it('moves a deleted assessment to the recycle bin and restores it', async () => {
    const { library, assessment } = track(await seeded());
    const entry = await library.deleteAssessment(assessment.id);
    expect(library.listAssessments()).toEqual([]);
    await expect(library.getAssessment(assessment.id)).rejects.toThrow(/no assessment/);
    expect((await library.listRecycleBin()).map((e) => e.assessmentId)).toEqual([assessment.id]);
    await library.restoreFromRecycleBin(entry.entry);
    expect(library.listAssessments().map((s) => s.id)).toEqual([assessment.id]);
    expect(await library.listRecycleBin()).toEqual([]);
  });

  it('renaming a client renames it in its assessments', async () => {
    const { library, client, assessment } = track(await seeded());
    await library.updateClient(client.id, { name: 'Nordtek Oyj' });
    expect((await library.getAssessment(assessment.id)).client.name).toBe('Nordtek Oyj');
    expect(library.listAssessments()[0]!.clientName).toBe('Nordtek Oyj');
  });
});

describe('backups', () => {
  it('keeps a backup at most every five minutes and restores any of them', async () => {
    const clock = fakeClock();
    const { library, assessment } = track(await seeded(freshDir(), { now: clock.now }));
    const save = (value: number) => library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'anna', value });
    await save(1);
    clock.advance(60_000);
    await save(2); // too soon for another backup
    clock.advance(5 * 60_000);
    await save(3);
    const backups = await library.listBackups(assessment.id);
    expect(backups.map((b) => b.takenAt)).toEqual(['2026-11-20T09:06:00.000Z', '2026-11-20T09:00:00.000Z']);

    const restored = await library.restoreBackup(assessment.id, backups[1]!.name);
    expect(restored.answers['org-cx-owner']).toBeUndefined(); // the state when the assessment was created
    // The state before the restore was itself backed up, so the restore can be undone.
    expect((await library.listBackups(assessment.id)).some((b) => b.reason === 'before-change')).toBe(true);
  });

  it('rotates: the last ten plus one a day for 30 days', async () => {
    const clock = fakeClock();
    const { library, assessment } = track(await seeded(freshDir(), { now: clock.now }));
    for (let i = 0; i < 40; i++) {
      clock.advance(6 * 60 * 60_000); // every six hours for ten days
      await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'anna', value: (i % 5) + 1 });
    }
    const backups = await library.listBackups(assessment.id);
    const days = new Set(backups.map((b) => b.takenAt.slice(0, 10)));
    expect(days.size).toBe(11);
    expect(backups.length).toBeLessThanOrEqual(10 + 11);
    expect(backups.length).toBeLessThan(41);
  });
});

describe('the index of summaries', () => {
  it('is rebuilt when an older Timantti wrote it, so the list never shows a stage the app no longer claims', async () => {
    const { writeFileSync } = await import('node:fs');
    const { encodeRecord } = await import('../../../main/library/record-file');
    const { dataDir, library, assessment } = await seeded();
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'anna', value: 5 });
    await library.close();
    // One answer of 45: the old summary claimed stage 5 at 2 % answered.
    const file = join(dataDir, 'library', 'index.json');
    const old = JSON.parse(readFileSync(file, 'utf8')).data as { entries: Record<string, { summary: { stage: number | null } }> };
    old.entries[assessment.id]!.summary.stage = 5;
    writeFileSync(file, encodeRecord({ ...old, kind: 'timantti-index', formatVersion: 1 }));
    const reopened = await openLibrary(dataDir);
    open.push(reopened);
    expect(reopened.listAssessments().find((s) => s.id === assessment.id)).toMatchObject({ stage: null, overall: 5 });
  });
});
