import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Library } from '../../../main/library/library';
import { decodeRecord, writeRecordFile } from '../../../main/library/record-file';
import { fakeClock, freshDir, seeded } from './helpers';

const open: Library[] = [];
afterEach(async () => {
  for (const l of open.splice(0)) await l.close();
});

describe('the save path', () => {
  it('a record write returns the exact text it put on disk', async () => {
    const file = join(freshDir(), 'a.json');
    const doc = { id: 'a-1', note: 'Sovittu 👍', nested: { n: [1, 2, 3] } };
    const written = await writeRecordFile(file, doc);
    expect(written).toBe(readFileSync(file, 'utf8'));
    expect(decodeRecord(readFileSync(file))).toEqual({ kind: 'ok', doc, legacy: false });
  });

  it('backs up a byte copy of the file each save wrote', async () => {
    const clock = fakeClock();
    const { dataDir, library, assessment } = await seeded(undefined, { now: clock.now });
    open.push(library);
    const file = join(dataDir, 'library', 'assessments', `${assessment.id}.json`);
    const backups = join(dataDir, 'library', 'backups', assessment.id);
    const newestBackup = () => readFileSync(join(backups, readdirSync(backups).sort().at(-1)!), 'utf8');

    await library.flush();
    expect(newestBackup()).toBe(readFileSync(file, 'utf8'));

    clock.advance(6 * 60_000);
    await library.saveAnswer({
      assessmentId: assessment.id,
      statementId: 'org-cx-owner',
      participantId: 'anna',
      value: 4,
      note: 'Näyttö: hallituksen pöytäkirja',
    });
    await library.flush();
    expect(readdirSync(backups)).toHaveLength(2);
    expect(newestBackup()).toBe(readFileSync(file, 'utf8'));
    expect((decodeRecord(Buffer.from(newestBackup())) as { doc: { answers: object } }).doc.answers).toEqual({
      'org-cx-owner': { votes: { anna: 4 }, note: 'Näyttö: hallituksen pöytäkirja' },
    });
  });
});
