import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importIntoLibrary, previewImport } from '../../../main/library/import-file';
import type { Library } from '../../../main/library/library';
import { recordDb } from '../../../main/library/durable-adapter';
import { libraryHandlers } from '../../../main/library-handlers';
import { fingerprint, openLibrary, seeded } from './helpers';

const open: Library[] = [];
afterEach(async () => {
  for (const l of open.splice(0)) await l.close();
});

describe('re-importing a file the library already holds (issue 11 point 9)', () => {
  it('previews the conflicts by id and title without writing anything', async () => {
    const { library, assessment, dataDir } = await seeded();
    open.push(library);
    const { content } = await library.exportAssessment(assessment.id);
    await library.updateAssessment(assessment.id, { title: 'Kypsyysarvio 2026, korjattu' });
    await library.flush();
    const before = fingerprint(dataDir);
    const preview = await previewImport(library, content);
    expect(preview).toEqual({
      ok: true,
      preview: { assessments: 1, conflicts: [{ id: assessment.id, title: 'Kypsyysarvio 2026', existingTitle: 'Kypsyysarvio 2026, korjattu' }] },
    });
    expect(fingerprint(dataDir)).toBe(before);
    // A hostile file is refused the same way as by the import.
    expect(await previewImport(library, '{"kind":"timantti-export"')).toMatchObject({ ok: false });
    // Through the channel: the same preview, validated by the contract.
    const handlers = libraryHandlers(() => ({ library }), []);
    expect(await handlers['library:import-preview']({ content })).toMatchObject({ conflicts: [{ id: assessment.id }] });
  });

  it('names a kept copy with a visible suffix in the assessment’s language, within the title limit', async () => {
    const { library, assessment, client } = await seeded();
    open.push(library);
    const english = await library.createAssessment({ clientId: client.id, title: 'x'.repeat(200), date: '2026-04-01', language: 'en', participants: [] });
    for (const a of [assessment, english]) {
      const { content } = await library.exportAssessment(a.id);
      const outcome = await importIntoLibrary(library, content, 'copy');
      if (!outcome.ok) throw new Error('import refused');
      expect(outcome.result.assessments[0]).toMatchObject({ action: 'copy', originalId: a.id });
    }
    const titles = library.listAssessments().map((s) => s.title);
    expect(titles).toContain('Kypsyysarvio 2026 (kopio)');
    expect(titles).toContain(`${'x'.repeat(193)} (copy)`);
    expect(titles).toContain('Kypsyysarvio 2026');
  });
});

describe('clients (issue 11 point 9)', () => {
  it('renames a client, and every assessment and summary carries the new name, also after a restart', async () => {
    const { library, client, assessment, dataDir } = await seeded();
    await library.updateClient(client.id, { name: 'Nordtek Oyj', notes: 'Uusi yhteyshenkilö: Sari' });
    expect(library.listAssessments()[0]!.clientName).toBe('Nordtek Oyj');
    expect((await library.getAssessment(assessment.id)).client.name).toBe('Nordtek Oyj');
    await library.close();
    const reopened = await openLibrary(dataDir);
    open.push(reopened);
    expect(reopened.listClients()).toMatchObject([{ name: 'Nordtek Oyj', notes: 'Uusi yhteyshenkilö: Sari' }]);
    expect((await reopened.getAssessment(assessment.id)).client.name).toBe('Nordtek Oyj');
  });

  it('deletes a client: its assessments go to the recycle bin, its file goes, and a restore brings the client back', async () => {
    const { library, client, assessment, dataDir } = await seeded();
    const second = await library.createAssessment({ clientId: client.id, title: 'Seuranta', date: '2026-09-01', language: 'fi', participants: [] });
    const other = await library.createClient({ name: 'Muu Oy' });
    const deleted = await library.deleteClient(client.id);
    expect(deleted.clientId).toBe(client.id);
    expect(deleted.recycled.map((e) => e.assessmentId).sort()).toEqual([assessment.id, second.id].sort());
    expect(library.listClients().map((c) => c.id)).toEqual([other.id]);
    expect(library.listAssessments()).toEqual([]);
    expect(existsSync(join(dataDir, 'library', 'clients', `${client.id}.json`))).toBe(false);
    expect((await library.listRecycleBin()).map((e) => e.assessmentId).sort()).toEqual([assessment.id, second.id].sort());
    await expect(library.deleteClient(client.id)).rejects.toMatchObject({ code: 'not-found' });

    await library.close();
    const reopened = await openLibrary(dataDir);
    open.push(reopened);
    expect(reopened.listClients().map((c) => c.id)).toEqual([other.id]);
    await reopened.restoreFromRecycleBin(deleted.recycled[0]!.entry);
    expect(reopened.listClients().map((c) => c.name)).toContain('Nordtek Huolto Oy');
    expect(reopened.listAssessments()).toHaveLength(1);
  });
});

describe('summaries for the search (issue 11 point 9)', () => {
  it('hold the participants’ names, and an index from before them (format 2) is rebuilt', async () => {
    const { library, dataDir } = await seeded();
    expect(library.listAssessments()[0]!.participantNames).toEqual(['Anna', 'Jukka']);
    await library.close();
    // What Timantti wrote before: format 2, summaries without participant names, files unchanged since.
    const index = recordDb<{ kind: string; formatVersion: number; entries: Record<string, { summary: Record<string, unknown> }> } | null>(
      join(dataDir, 'library', 'index.json'),
      null,
    );
    await index.read();
    for (const entry of Object.values(index.data!.entries)) delete entry.summary.participantNames;
    index.data!.formatVersion = 2;
    await index.write();
    const reopened = await openLibrary(dataDir);
    open.push(reopened);
    expect(reopened.listAssessments()[0]!.participantNames).toEqual(['Anna', 'Jukka']);
  });
});
