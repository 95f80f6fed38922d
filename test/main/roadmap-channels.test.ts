import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ASSESSMENT_FORMAT_VERSION, type Assessment } from '../../core/assessment/schema';
import type { RoadmapItem } from '../../core/roadmap/schema';
import { createHandlers } from '../../main/handlers';
import type { Library } from '../../main/library/library';
import { createSettingsStore } from '../../main/settings-store';
import { runCli } from '../../main/cli/run';
import { encodeRecord } from '../../main/library/record-file';
import { example, shippedQuestionnaire } from '../fixtures/builders';
import { library as actionLibrary } from '../fixtures/roadmap';
import { freshDir, openLibrary } from './library/helpers';

// The roadmap channels through the handler table, against a real library on disk.
const libraries: Library[] = [];
afterEach(async () => {
  for (const l of libraries.splice(0)) await l.close();
});

async function setup(dataDir = freshDir()) {
  const library = await openLibrary(dataDir);
  libraries.push(library);
  const h = createHandlers({
    version: '1',
    dataDir,
    shell: 'web',
    settings: createSettingsStore(dataDir, 'fi'),
    library: () => ({ library }),
    questionnaires: [shippedQuestionnaire()],
    actionLibrary: actionLibrary(),
  });
  return { h, library, dataDir };
}

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};

/** An assessment with the strategy and measurement areas answered at level 2. */
async function scored(h: Awaited<ReturnType<typeof setup>>['h']): Promise<Assessment> {
  const client = ok(await h['client:create']({ name: 'Asiakas Oy' }));
  const a = ok(await h['assessment:create']({ clientId: client.id, title: 'Arvio', date: '2026-11-23', language: 'fi' }));
  for (const area of a.questionnaire.areas.filter((x) => x.id === 'strategy' || x.id === 'measurement')) {
    for (const s of area.statements) ok(await h['answer:save']({ assessmentId: a.id, statementId: s.id, participantId: null, value: 2 }));
  }
  return a;
}

describe('roadmap channels', () => {
  it('generate stores a roadmap for the answered areas only and says what it did', async () => {
    const { h } = await setup();
    const a = await scored(h);
    const r = ok(await h['roadmap:generate']({ assessmentId: a.id }));
    expect(r).toMatchObject({ added: 6, dropped: 0, kept: 0 });
    expect(new Set(r.assessment.roadmap!.items.map((i) => i.areaId))).toEqual(new Set(['strategy', 'measurement']));
    expect(r.assessment.roadmap!.library).toEqual({ id: 'fixture-actions', version: 1 });
    const stored = ok(await h['assessment:get']({ id: a.id }));
    expect(stored.roadmap).toEqual(r.assessment.roadmap);
  });

  it('save keeps the edits, marks what the client did not, and regeneration keeps them', async () => {
    const { h, dataDir, library } = await setup();
    const a = await scored(h);
    const items = ok(await h['roadmap:generate']({ assessmentId: a.id })).assessment.roadmap!.items;
    const [first, second, third] = items;
    const edited: RoadmapItem[] = [
      ...items.map((i) =>
        i.id === first!.id
          ? { ...i, status: 'accepted' as const, owner: 'Maija Mallikas', due: '2027-03-31' }
          : i.id === second!.id
            ? { ...i, title: 'Oma sanamuoto', phase: 3 as const }
            : i.id === third!.id
              ? { ...i, removed: true }
              : i,
      ),
      { id: 'own-1', areaId: 'strategy', phase: 2, order: 9, status: 'proposed', title: 'Strategiapäivä johtoryhmälle' },
    ];
    const saved = ok(await h['roadmap:save']({ assessmentId: a.id, items: edited }));
    const byId = new Map(saved.roadmap!.items.map((i) => [i.id, i]));
    // The client sent no `edited` flags; main marks the changed generated items itself.
    expect(byId.get(second!.id)).toMatchObject({ title: 'Oma sanamuoto', phase: 3, edited: true });
    expect(byId.get(third!.id)).toMatchObject({ removed: true, edited: true });
    expect(byId.get(first!.id)).toMatchObject({ status: 'accepted', owner: 'Maija Mallikas', due: '2027-03-31', edited: true });
    expect(byId.get('own-1')).toMatchObject({ title: 'Strategiapäivä johtoryhmälle' });

    // Survives closing and reopening the library ...
    await library.close();
    libraries.splice(libraries.indexOf(library), 1);
    const again = await setup(dataDir);
    const reopened = ok(await again.h['assessment:get']({ id: a.id }));
    expect(reopened.roadmap!.items).toEqual(saved.roadmap!.items);

    // ... and regeneration: every touched item identical, nothing removed comes back.
    const r = ok(await again.h['roadmap:generate']({ assessmentId: a.id }));
    expect(r.kept).toBe(4);
    for (const id of [first!.id, second!.id, third!.id, 'own-1']) expect(r.assessment.roadmap!.items.find((i) => i.id === id)).toEqual(byId.get(id));
    expect(r.assessment.roadmap!.items.filter((i) => i.id === third!.id)).toHaveLength(1);
  });

  it('a refused save changes nothing and says why', async () => {
    const { h } = await setup();
    const a = await scored(h);
    const before = ok(await h['roadmap:generate']({ assessmentId: a.id })).assessment;
    const item = before.roadmap!.items[0]!;
    const unknownArea = await h['roadmap:save']({ assessmentId: a.id, items: [{ ...item, areaId: 'no-such-area' }] });
    expect(unknownArea).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [expect.objectContaining({ code: 'unknown-area', path: 'roadmap.items[0].areaId' })] },
    });
    const duplicate = await h['roadmap:save']({ assessmentId: a.id, items: [item, { ...item }] });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const malformed = await h['roadmap:save']({ assessmentId: a.id, items: [{ ...item, phase: 4 }] } as never);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(ok(await h['assessment:get']({ id: a.id })).roadmap).toEqual(before.roadmap);
    expect(await h['roadmap:generate']({ assessmentId: 'no-such' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('format 2 migration', () => {
  const v1 = (): Record<string, unknown> => {
    const doc = structuredClone(example('nordtek-2026')) as Record<string, unknown>;
    delete doc.roadmap;
    return { ...doc, formatVersion: 1 };
  };

  it('a format 1 file in a library opens as the current format, after a backup of the original', async () => {
    const dataDir = freshDir();
    mkdirSync(join(dataDir, 'library', 'assessments'), { recursive: true });
    const doc = v1();
    const file = join(dataDir, 'library', 'assessments', `${String(doc.id)}.json`);
    // As format-1 Timantti wrote it: a checksummed record.
    writeFileSync(file, encodeRecord(doc));
    const { library, h } = await setup(dataDir);
    expect(library.takeEvents()).toEqual([expect.objectContaining({ kind: 'migrated', from: 1 })]);
    const a = ok(await h['assessment:get']({ id: String(doc.id) }));
    expect(a.formatVersion).toBe(ASSESSMENT_FORMAT_VERSION);
    expect(a.answers).toEqual(doc.answers);
    expect(a.roadmap).toBeUndefined();
    const backups = await library.listBackups(String(doc.id));
    expect(backups[0]!.name).toContain('before-migration-v1');
    expect(JSON.parse(readFileSync(join(dataDir, 'library', 'backups', String(doc.id), backups[0]!.name), 'utf8')).data.formatVersion).toBe(1);
    // And the migrated assessment can take a roadmap.
    expect(ok(await h['roadmap:generate']({ assessmentId: a.id })).assessment.roadmap!.items.length).toBeGreaterThan(0);
  });

  it('the CLI validates a format 1 file', async () => {
    const dir = freshDir();
    const path = join(dir, 'v1.json');
    writeFileSync(path, JSON.stringify(v1()));
    const out = await runCli(['validate', path], { LANG: 'en_GB.UTF-8' });
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toMatch(/valid assessment/);
  });
});
