import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../core/validation/issues';
import { validateDocument } from '../../../core/validation/validate';
import { importQuestionnaireFile } from '../../../main/library/import-file';
import type { Library } from '../../../main/library/library';
import { shippedQuestionnaire } from '../../fixtures/builders';
import { exampleCustom, EXAMPLE_CUSTOM_PATH, sixAreaQuestionnaire, tenAreaQuestionnaire } from '../../fixtures/custom-questionnaires';
import { readJson } from '../../fixtures/builders';
import { fingerprint, freshDir, openLibrary } from './helpers';

const open: Library[] = [];
afterEach(async () => {
  for (const l of open.splice(0)) await l.close();
});

async function library(dataDir = freshDir()) {
  const l = await openLibrary(dataDir);
  open.push(l);
  return l;
}

const exampleText = () => JSON.stringify(readJson(EXAMPLE_CUSTOM_PATH));
const key = { id: 'kumppanuustimantti', version: 1 };

describe('custom questionnaires in the library', () => {
  it('imports, lists, previews and keeps them across a reopen', async () => {
    const dataDir = freshDir();
    const l = await library(dataDir);
    expect(l.questionnaires.list()).toEqual([expect.objectContaining({ id: 'b2b-cx-diamond', origin: 'built-in', retired: false })]);

    const outcome = await importQuestionnaireFile(l, Buffer.from(exampleText()));
    expect(outcome).toMatchObject({
      ok: true,
      result: { unchanged: false, questionnaire: { ...key, origin: 'custom', retired: false, areas: 5, statements: 11 } },
    });
    expect(l.questionnaires.get(key)).toEqual(exampleCustom());

    await l.close();
    const again = await library(dataDir);
    expect(again.questionnaires.list().map((q) => [q.id, q.origin, q.retired])).toEqual([
      ['b2b-cx-diamond', 'built-in', false],
      ['kumppanuustimantti', 'custom', false],
    ]);
    expect(again.questionnaires.get(key)).toEqual(exampleCustom());
  });

  it('offers a custom questionnaire for new assessments until it is retired; the assessment keeps working from its snapshot', async () => {
    const dataDir = freshDir();
    const l = await library(dataDir);
    await importQuestionnaireFile(l, exampleText());
    const client = await l.createClient({ name: 'Kumppani Oy' });
    const a = await l.createAssessment({ clientId: client.id, title: 'Arvio', date: '2026-05-01', language: 'fi', questionnaire: key });
    expect(a.questionnaire.areas.map((x) => x.id)).toContain('partnerships');

    expect(await l.questionnaires.setRetired(key, true)).toMatchObject({ ...key, retired: true });
    await expect(l.createAssessment({ clientId: client.id, title: 'Uusi', date: '2026-06-01', language: 'fi', questionnaire: key })).rejects.toThrow(/retired/);
    await l.saveAnswer({ assessmentId: a.id, statementId: 'par-handover', participantId: null, value: 3 });
    // A copy of an assessment taken with a retired questionnaire keeps it.
    const copy = await l.createAssessment({
      clientId: client.id,
      title: 'Jatko',
      date: '2026-07-01',
      language: 'fi',
      copyFrom: { assessmentId: a.id, answers: false },
    });
    expect(copy.questionnaire.id).toBe('kumppanuustimantti');

    await l.close();
    const again = await library(dataDir);
    expect(again.questionnaires.list().find((q) => q.id === key.id)?.retired).toBe(true);
    expect((await again.getAssessment(a.id)).answers['par-handover']?.agreed).toBe(3);
    expect(await again.questionnaires.setRetired(key, false)).toMatchObject({ retired: false });
    expect(
      (await again.createAssessment({ clientId: client.id, title: 'Taas', date: '2026-08-01', language: 'fi', questionnaire: key })).questionnaire.id,
    ).toBe(key.id);
  });

  it('retires a built-in questionnaire too, but never the last one offered', async () => {
    const l = await library();
    const builtIn = { id: 'b2b-cx-diamond', version: 1 };
    await expect(l.questionnaires.setRetired(builtIn, true)).rejects.toMatchObject({ code: 'conflict' });
    await importQuestionnaireFile(l, exampleText());
    await l.questionnaires.setRetired(builtIn, true);
    const client = await l.createClient({ name: 'Oletus Oy' });
    // Without a choice, a new assessment gets the first questionnaire still offered.
    expect((await l.createAssessment({ clientId: client.id, title: 'A', date: '2026-01-01', language: 'fi' })).questionnaire.id).toBe(key.id);
    await expect(l.questionnaires.setRetired(key, true)).rejects.toMatchObject({ code: 'conflict' });
    await expect(l.questionnaires.setRetired({ id: 'nothing', version: 1 }, true)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('takes the same file twice as one; the same id and version with other content, or a built-in’s, is refused', async () => {
    const dataDir = freshDir();
    const l = await library(dataDir);
    await importQuestionnaireFile(l, exampleText());
    const before = fingerprint(dataDir);
    expect(await importQuestionnaireFile(l, exampleText())).toMatchObject({ ok: true, result: { unchanged: true } });

    const changed = exampleCustom();
    changed.title.en = 'Partnership diamond, revised';
    const refused = await importQuestionnaireFile(l, JSON.stringify(changed));
    expect(refused).toEqual({ ok: false, issues: [{ path: 'version', code: 'questionnaire-exists', params: key }] });
    if (!refused.ok) expect(formatIssue(refused.issues[0]!, 'en')).toMatch(/^version: the library already has questionnaire "kumppanuustimantti" version 1/);
    for (const version of [1, 7]) {
      expect(await importQuestionnaireFile(l, JSON.stringify({ ...shippedQuestionnaire(), version }))).toMatchObject({
        ok: false,
        issues: [{ path: 'id', code: 'built-in-questionnaire' }],
      });
    }
    expect(fingerprint(dataDir)).toBe(before);
    // A new version is a new questionnaire.
    expect(await importQuestionnaireFile(l, JSON.stringify({ ...changed, version: 2 }))).toMatchObject({ ok: true, result: { questionnaire: { version: 2 } } });
  });

  it('takes questionnaires with only some of the nine areas, or an extra one', async () => {
    const l = await library();
    for (const q of [tenAreaQuestionnaire(), sixAreaQuestionnaire()]) {
      expect(await importQuestionnaireFile(l, JSON.stringify(q))).toMatchObject({ ok: true, result: { questionnaire: { id: q.id, areas: q.areas.length } } });
    }
  });
});

describe('a broken or hostile questionnaire file', () => {
  const deep = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
  const cases: [string, () => string | Uint8Array, string, string][] = [
    ['deep nesting', () => deep(5000), '$', 'too-deep'],
    ['a huge file', () => ' '.repeat(6 * 1024 * 1024) + exampleText(), '$', 'too-large'],
    ['a __proto__ key', () => exampleText().replace('"id":"kumppanuustimantti"', '"__proto__":{"polluted":1},"id":"kumppanuustimantti"'), '$', 'forbidden-key'],
    ['a constructor key', () => exampleText().replace('"stages":', '"constructor":{"prototype":{}},"stages":'), '$', 'forbidden-key'],
    ['invalid UTF-8', () => Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]), '$', 'not-utf8'],
    ['not JSON (cut short)', () => '{"kind": "timantti-questionnaire",', '$', 'json-ends-early'],
    ['an assessment instead', () => JSON.stringify(readJson('assessments/examples/nordtek-2026.json')), 'kind', 'not-questionnaire'],
    ['a wrong type', () => exampleText().replace('"version":1', '"version":"1"'), 'version', 'wrong-type'],
    ['missing Finnish text', () => exampleText().replace('"fi":"Kumppanuudet",', ''), 'areas[2].title.fi', 'missing-fi'],
    ['four levels', () => JSON.stringify(withFourLevels()), 'areas[0].statements[1].levels', 'wrong-level-count'],
    ['an empty file', () => '', '$', 'empty-file'],
  ];

  it.each(cases)('%s is refused with the JSON path, and nothing changes', async (_name, content, path, code) => {
    const dataDir = freshDir();
    const l = await library(dataDir);
    const before = fingerprint(dataDir);
    const outcome = await importQuestionnaireFile(l, content());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues).toContainEqual(expect.objectContaining({ path, code }));
    expect(fingerprint(dataDir)).toBe(before);
    expect(l.questionnaires.list()).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is refused with the same issues `timantti validate` reports', async () => {
    const text = exampleText().replace('"fi":"Kumppanuudet",', '').replace('"version":1', '"version":0');
    const l = await library();
    const outcome = await importQuestionnaireFile(l, text);
    const validated = validateDocument(text);
    expect(outcome.ok || validated.ok).toBe(false);
    if (!outcome.ok && !validated.ok) expect(outcome.issues).toEqual(validated.issues);
  });

  it('a damaged catalog is set aside and told; the library still opens', async () => {
    const dataDir = freshDir();
    const l = await library(dataDir);
    await importQuestionnaireFile(l, exampleText());
    await l.close();
    open.splice(0);
    const path = join(dataDir, 'library', 'questionnaire-catalog.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('kumppanuustimantti', 'kumppanuustimantto'));
    const again = await library(dataDir);
    expect(again.takeEvents()).toEqual([expect.objectContaining({ kind: 'unrecoverable', reason: 'integrity' })]);
    expect(readdirSync(join(dataDir, 'library')).some((n) => n.startsWith('questionnaire-catalog.json.corrupt-'))).toBe(true);
    expect(again.questionnaires.list()).toHaveLength(1);
  });
});

function withFourLevels() {
  const q = exampleCustom();
  q.areas[0]!.statements[1]!.levels.pop();
  return q;
}
