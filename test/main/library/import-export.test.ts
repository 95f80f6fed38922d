import { afterEach, describe, expect, it } from 'vitest';
import { importIntoLibrary } from '../../../main/library/import-file';
import type { Library } from '../../../main/library/library';
import { example } from '../../fixtures/builders';
import { fingerprint, freshDir, openLibrary, seeded } from './helpers';

const open: Library[] = [];
afterEach(async () => {
  for (const l of open.splice(0)) await l.close();
});

describe('export and import', () => {
  it('moves an assessment to another laptop unchanged', async () => {
    const { library, assessment } = await seeded();
    open.push(library);
    await library.saveAnswer({
      assessmentId: assessment.id,
      statementId: 'org-cx-owner',
      participantId: 'anna',
      value: 2,
      note: 'Ääkköset ja "lainausmerkit"',
    });
    const exported = await library.exportAssessment(assessment.id);
    expect(exported.fileName).toBe('Nordtek-Huolto-Oy_Kypsyysarvio-2026_2026-03-17.timantti.json');

    const other = await openLibrary(freshDir());
    open.push(other);
    const outcome = await importIntoLibrary(other, Buffer.from(exported.content), 'copy');
    expect(outcome).toMatchObject({ ok: true, result: { assessments: [{ id: assessment.id, action: 'create' }], clients: [{ action: 'create' }] } });
    expect(await other.getAssessment(assessment.id)).toEqual(await library.getAssessment(assessment.id));
    expect(other.listClients().map((c) => c.name)).toEqual(['Nordtek Huolto Oy']);
  });

  it('re-imports its own export when participants are named Constructor, Prototype or Con', async () => {
    const { deriveId } = await import('../../../core/model/ids');
    const library = await openLibrary(freshDir());
    open.push(library);
    const client = await library.createClient({ name: 'Prototype Oy' });
    const taken = new Set<string>();
    const participants = ['Constructor', 'Prototype', 'Con', 'Aaaaaaaaaa Bbbbbbbbbb Cccccccccc Dddddd Eeeee'].map((name) => {
      const id = deriveId(name, taken, 'p');
      taken.add(id);
      return { id, name };
    });
    const a = await library.createAssessment({ clientId: client.id, title: 'T', date: '2026-03-17', language: 'fi', participants });
    await library.saveAnswer({ assessmentId: a.id, statementId: 'org-cx-owner', participantId: participants[0]!.id, value: 3 });
    const exported = await library.exportAssessment(a.id);
    const other = await openLibrary(freshDir());
    open.push(other);
    const outcome = await importIntoLibrary(other, exported.content, 'copy');
    expect(outcome.ok).toBe(true);
    expect((await other.getAssessment(a.id)).participants.map((p) => p.id)).toEqual(participants.map((p) => p.id));
  });

  it('exports a whole client with all its assessments', async () => {
    const { library, client, assessment } = await seeded();
    open.push(library);
    await library.createAssessment({
      clientId: client.id,
      title: 'Seuranta',
      date: '2026-09-01',
      language: 'fi',
      copyFrom: { assessmentId: assessment.id, answers: true },
    });
    const file = JSON.parse((await library.exportClient(client.id)).content);
    expect(file).toMatchObject({ kind: 'timantti-export', formatVersion: 1, clients: [{ id: client.id }] });
    expect(file.assessments).toHaveLength(2);
  });

  it('imports an existing id as a copy by default, and replaces only when asked (after a backup)', async () => {
    const { library, assessment } = await seeded();
    open.push(library);
    const { content } = await library.exportAssessment(assessment.id);
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'anna', value: 5 });

    const copy = await importIntoLibrary(library, content, 'copy');
    expect(copy.ok && copy.result.assessments[0]!.action).toBe('copy');
    expect(library.listAssessments()).toHaveLength(2);
    expect((await library.getAssessment(assessment.id)).answers['org-cx-owner']).toEqual({ votes: { anna: 5 } });

    const replaced = await importIntoLibrary(library, content, 'replace');
    expect(replaced.ok && replaced.result.assessments[0]!.action).toBe('replace');
    expect((await library.getAssessment(assessment.id)).answers['org-cx-owner']).toBeUndefined();
    expect((await library.listBackups(assessment.id)).some((b) => b.name.includes('before-import'))).toBe(true);
  });

  it('imports a bare assessment file too (e.g. the examples)', async () => {
    const library = await openLibrary(freshDir());
    open.push(library);
    const outcome = await importIntoLibrary(library, JSON.stringify(example('nordtek-2026')), 'copy');
    expect(outcome.ok).toBe(true);
    expect(library.listAssessments().map((s) => s.clientName)).toEqual(['Nordtek Huolto Oy']);
  });

  it.each([
    ['a __proto__ key', (s: string) => s.replace('"clients": [', '"__proto__": {"polluted": true}, "clients": ['), 'forbidden-key'],
    ['a constructor key', (s: string) => s.replace('"participants": [', '"constructor": {"prototype": {}}, "participants": ['), 'forbidden-key'],
    ['truncation', (s: string) => s.slice(0, s.length / 2), 'json-ends-early'],
    ['an empty file', () => '   ', 'empty-file'],
    ['deep nesting', () => '['.repeat(100_000) + ']'.repeat(100_000), 'too-deep'],
    ['a huge string', (s: string) => s.replace('"note": "', `"note": "${'x'.repeat(300_000)}`), 'text-too-long'],
    ['a wrong level', (s: string) => s.replace('"anna": 2', '"anna": 9'), 'too-high'],
    ['a duplicate key (JSON.parse would keep the last silently)', (s: string) => s.replace('"anna": 2', '"anna": 2, "anna": 5'), 'duplicate-key'],
    [
      'an object 300,000 keys wide',
      (s: string) => s.replace('"note": "', `${Array.from({ length: 300_000 }, (_, i) => `"k${i}": 1`).join(', ')}, "note": "`),
      'too-wide',
    ],
    ['an unknown client', (s: string) => s.replace(/"clients": \[[\s\S]*?\],\n {2}"assessments"/, '"clients": [],\n  "assessments"'), 'unknown-client'],
  ])('rejects %s with a reason and changes nothing', async (_name, mutate, code) => {
    const { dataDir, library, assessment } = await seeded();
    open.push(library);
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'anna', value: 2, note: 'muistiinpano' });
    const { content } = await library.exportAssessment(assessment.id);
    await library.flush();
    const before = fingerprint(dataDir);
    const outcome = await importIntoLibrary(library, mutate(content), 'replace');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.issues.map((i) => i.code)).toContain(code);
    await library.flush();
    expect(fingerprint(dataDir)).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a width bomb of a million keys through the channel with a small reply', async () => {
    const { libraryHandlers } = await import('../../../main/library-handlers');
    const library = await openLibrary(freshDir());
    open.push(library);
    const handlers = libraryHandlers(() => ({ library }), []);
    // One million unknown keys: once 9-12 s, 1.26 GB and an 8.8 MB error reply.
    const bomb = `{"kind":"timantti-export",${Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":1`).join(',')}}`;
    const reply = await Promise.resolve(handlers['library:import']({ content: bomb, mode: 'copy' })).catch((e: unknown) => e);
    expect(reply).toMatchObject({ error: { code: 'invalid-input', issues: [{ code: 'too-wide' }] } });
    expect(JSON.stringify(reply).length).toBeLessThan(2_000);
  });

  it('returns at most 20 issues and counts the rest', async () => {
    const { libraryHandlers } = await import('../../../main/library-handlers');
    const library = await openLibrary(freshDir());
    open.push(library);
    const handlers = libraryHandlers(() => ({ library }), []);
    const many = { kind: 'timantti-export', formatVersion: 1, clients: Array.from({ length: 50 }, () => ({ id: 'BAD ID', name: 5 })), assessments: [] };
    const reply = (await Promise.resolve(handlers['library:import']({ content: JSON.stringify(many), mode: 'copy' })).catch((e: unknown) => e)) as {
      error: { issues: { code: string; params: { count?: number } }[] };
    };
    expect(reply.error.issues).toHaveLength(21);
    expect(reply.error.issues.at(-1)).toMatchObject({ code: 'more-issues' });
    expect(reply.error.issues.at(-1)!.params.count).toBeGreaterThan(50);
  });

  it('refuses files over the size limit before reading them as JSON', async () => {
    const library = await openLibrary(freshDir());
    open.push(library);
    const outcome = await importIntoLibrary(library, new Uint8Array(51 * 1024 * 1024), 'copy');
    expect(!outcome.ok && outcome.issues[0]!.code).toBe('too-large');
  });

  it('refuses bytes that are not UTF-8', async () => {
    const library = await openLibrary(freshDir());
    open.push(library);
    const outcome = await importIntoLibrary(library, Buffer.from([0x7b, 0x22, 0xe4, 0x22, 0x3a, 0x31, 0x7d]), 'copy');
    expect(!outcome.ok && outcome.issues[0]!.code).toBe('not-utf8');
  });
});

describe('CSV export', () => {
  it('writes one row per answer for Finnish Excel: ";", decimal comma, Finnish headers, UTF-8 with BOM, formula-safe', async () => {
    const { library, assessment } = await seeded();
    open.push(library);
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'anna', value: 2 });
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'jukka', value: 'na' });
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: null, value: 3, note: '=HYPERLINK("http://evil")' });
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-journey-processes', participantId: null, value: 2 });
    const { content, fileName } = await library.exportCsv([assessment.id], 'fi');
    expect(fileName).toBe('Nordtek-Huolto-Oy_Kypsyysarvio-2026_2026-03-17.csv');
    expect(
      content.startsWith(
        '\uFEFFAsiakas;Arvio;Päivämäärä;Osa-alue;Osa-alueen pisteet;Väittämän tunnus;Väittämä;Osallistuja;Rooli;Ryhmä;Taso;Muistiinpano;Perustelut ja lähteet\r\n',
      ),
    ).toBe(true);
    const rows = content.trim().split('\r\n');
    expect(rows).toHaveLength(5);
    // The area's score (2.5 from the two agreed levels) with a decimal comma, unquoted.
    expect(rows[1]).toBe(
      'Nordtek Huolto Oy;Kypsyysarvio 2026;2026-03-17;Organisaatio ja prosessit;2,5;org-cx-owner;Asiakaskokemuksella on nimetty omistaja, jolla on valtaa ja vastuuta;Anna;;johto;2;;',
    );
    expect(rows[2]).toContain(';Jukka;;asiakaspalvelu;Ei koske;;');
    expect(rows[3]).toContain(`;(sovittu);;;3;"'=HYPERLINK(""http://evil"")";`);
  });

  it("writes English Excel's CSV in English", async () => {
    const { library, assessment } = await seeded();
    open.push(library);
    await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: null, value: 'dont-know' });
    const { content } = await library.exportCsv([assessment.id], 'en');
    expect(content.startsWith('\uFEFFClient,Assessment,Date,Area,Area score,Statement id,')).toBe(true);
    expect(content).toContain(",(agreed),,,Don't know,,\r\n");
  });
});
