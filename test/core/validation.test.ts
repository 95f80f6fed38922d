import { describe, expect, it } from 'vitest';
import { formatIssue, type ValidationIssue } from '../../core/validation/issues';
import type { ActionLibrary } from '../../core/roadmap/action-library';
import { validateActionLibrary, validateAssessment, validateDocument, validateQuestionnaire } from '../../core/validation/validate';
import { assessment, participants, questionnaire, readJson, shippedQuestionnaire, votes } from '../fixtures/builders';

const q = () => structuredClone(shippedQuestionnaire());
const a = () =>
  assessment(questionnaire({ strategy: ['s1', 's2'] }), participants('p1', 'p2'), { s1: votes({ p1: 3 }) }, { areas: { strategy: { target: 4 } } });
const issues = (r: { ok: boolean; issues?: ValidationIssue[] }) => (r.ok ? [] : (r.issues ?? []));
const en = (r: { ok: boolean; issues?: ValidationIssue[] }) => issues(r).map((i) => formatIssue(i, 'en'));
const fi = (r: { ok: boolean; issues?: ValidationIssue[] }) => issues(r).map((i) => formatIssue(i, 'fi'));

describe('questionnaire validation: one broken file per error kind', () => {
  it('names the path of a missing Finnish text', () => {
    const x = q();
    delete (x.areas[3]!.statements[2]!.levels[4]!.text as { fi?: string }).fi;
    const r = validateQuestionnaire(x);
    expect(en(r)).toEqual(['areas[3].statements[2].levels[4].text.fi: missing Finnish text']);
    expect(fi(r)).toEqual(['areas[3].statements[2].levels[4].text.fi: suomenkielinen teksti puuttuu']);
  });

  it('refuses an empty English text', () => {
    const x = q();
    x.areas[0]!.intro.en = '   ';
    expect(en(validateQuestionnaire(x))).toEqual(['areas[0].intro.en: English text is empty']);
  });

  it('finds a duplicate statement id and says where the first one is', () => {
    const x = q();
    x.areas[2]!.statements[1]!.id = x.areas[0]!.statements[0]!.id;
    expect(en(validateQuestionnaire(x))).toEqual([
      `areas[2].statements[1].id: duplicate statement id "${x.areas[0]!.statements[0]!.id}" (first at areas[0].statements[0])`,
    ]);
  });

  it('finds a duplicate area id', () => {
    const x = q();
    x.areas[1]!.id = x.areas[0]!.id;
    expect(en(validateQuestionnaire(x))).toContain('areas[1].id: duplicate area id "customer-understanding"');
  });

  it('needs exactly five levels, numbered 1..5', () => {
    const x = q();
    x.areas[4]!.statements[0]!.levels.pop();
    expect(en(validateQuestionnaire(x))).toEqual(['areas[4].statements[0].levels: a statement needs 5 levels, found 4']);
    const y = q();
    y.areas[0]!.statements[0]!.levels[1]!.level = 3;
    expect(en(validateQuestionnaire(y))).toEqual(['areas[0].statements[0].levels[1].level: level number should be 2, found 3']);
  });

  it('needs five stages', () => {
    const x = q();
    x.stages.pop();
    expect(en(validateQuestionnaire(x))).toEqual(['stages: there must be 5 maturity stages, found 4']);
  });

  it('refuses a layer naming an unknown area', () => {
    const x = q();
    x.layers[0]!.areas.push('marketing');
    expect(en(validateQuestionnaire(x))).toEqual(['layers[0].areas[1]: unknown area "marketing"']);
  });

  it('refuses unknown fields, bad ids and an unknown layer', () => {
    const x = q() as unknown as { areas: Record<string, unknown>[] };
    x.areas[0]!.colour = 'red';
    x.areas[1]!.id = 'Strategy 2';
    x.areas[2]!.layer = 'roof';
    expect(en(validateQuestionnaire(x))).toEqual([
      'areas[0]: unknown field: colour',
      'areas[1].id: an id may only have lower-case letters a–z, digits and hyphens',
      'areas[2].layer: value not allowed; allowed: "core", "foundation", "enabler", "verification", "outcome"',
    ]);
  });
});

describe('assessment validation', () => {
  it('accepts a valid assessment', () => {
    expect(validateAssessment(a()).ok).toBe(true);
  });

  it('refuses an unknown area in targets', () => {
    const x = a();
    x.areas = { ...x.areas, marketing: { target: 3 } };
    expect(en(validateAssessment(x))).toEqual(['areas.marketing: unknown area "marketing"']);
  });

  it('refuses answers to statements the questionnaire does not have, and votes of unknown participants', () => {
    const x = a();
    x.answers.zz = votes({ p1: 3 });
    x.answers.s2 = votes({ stranger: 2 });
    expect(en(validateAssessment(x))).toEqual(['answers.zz: unknown statement "zz"', 'answers.s2.votes.stranger: unknown participant "stranger"']);
  });

  it('refuses duplicate participants', () => {
    const x = a();
    x.participants.push({ id: 'p1', name: 'Again' });
    expect(en(validateAssessment(x))).toEqual(['participants[2].id: duplicate participant id "p1"']);
  });

  it('explains a bad answer value', () => {
    const x = a() as unknown as { answers: { s1: { votes: Record<string, unknown> } } };
    x.answers.s1.votes.p1 = 0;
    x.answers.s1.votes.p2 = 'maybe';
    expect(en(validateAssessment(x))).toEqual([
      'answers.s1.votes.p1: too small (at least 1)',
      'answers.s1.votes.p2: an answer must be a level 1–5, "na" (not applicable) or "dont-know"',
    ]);
  });

  it('refuses a 200,000-character note with the limit, not a crash', () => {
    const x = a();
    x.answers.s1!.note = 'ä'.repeat(200_000);
    expect(en(validateAssessment(x))).toEqual(['answers.s1.note: too long (at most 10000 characters)']);
  });

  it('keeps emoji and right-to-left text in notes as they are', () => {
    const x = a();
    x.answers.s1!.note = 'Hyvä 👍 שלום مرحبا';
    const r = validateAssessment(x);
    expect(r.ok && r.value.answers.s1!.note).toBe('Hyvä 👍 שלום مرحبا');
  });

  it('refuses bad dates and a target outside 1..5', () => {
    const x = a();
    x.date = '2026-13-40';
    x.areas = { strategy: { target: 6 } };
    expect(en(validateAssessment(x))).toEqual(['date: wrong format (expected date)', 'areas.strategy.target: too large (at most 5)']);
  });

  it('treats a __proto__ key as an unknown field and leaves Object.prototype alone', () => {
    const text = JSON.stringify(a()).replace('"participants":[{', '"participants":[{"__proto__":{"polluted":true},');
    expect(en(validateDocument(text))).toEqual(['participants[0]: unknown field: __proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('action library validation', () => {
  const lib = () => structuredClone(readJson('assessments/actions/b2b-cx-diamond-actions-v1.json')) as ActionLibrary;
  const at = (x: ActionLibrary, id: string) => x.actions.findIndex((act) => act.id === id);

  it('accepts the shipped library', () => {
    expect(validateActionLibrary(lib()).ok).toBe(true);
  });

  it('finds a duplicate action id, in both languages', () => {
    const x = lib();
    const last = x.actions.length - 1; // nothing depends on it, so only the duplicate is reported
    x.actions[last]!.id = x.actions[0]!.id;
    const r = validateActionLibrary(x);
    expect(en(r)).toEqual([`actions[${last}].id: duplicate action id "${x.actions[0]!.id}"`]);
    expect(fi(r)).toEqual([`actions[${last}].id: toimenpiteen tunniste "${x.actions[0]!.id}" on jo käytössä`]);
  });

  it('refuses a dependency on an action the library does not have', () => {
    const x = lib();
    const i = at(x, 'org-name-cx-owner');
    x.actions[i]!.dependsOn = ['str-commit-leadership', 'org-hire-a-guru'];
    const r = validateActionLibrary(x);
    expect(en(r)).toEqual([`actions[${i}].dependsOn[1]: the dependency names an unknown action "org-hire-a-guru"`]);
    expect(fi(r)).toEqual([`actions[${i}].dependsOn[1]: riippuvuus viittaa tuntemattomaan toimenpiteeseen "org-hire-a-guru"`]);
  });

  it('refuses an action that depends on itself', () => {
    const x = lib();
    const i = at(x, 'str-commit-leadership');
    x.actions[i]!.dependsOn = ['str-commit-leadership'];
    expect(en(validateActionLibrary(x))).toEqual([
      `actions[${i}].dependsOn[0]: the action dependencies form a cycle (str-commit-leadership); none of them could start first`,
    ]);
  });

  it('refuses a longer cycle and names the actions in it', () => {
    const x = lib();
    const i = at(x, 'str-commit-leadership');
    x.actions[i]!.dependsOn = ['org-first-journey-workshop'];
    const r = validateActionLibrary(x);
    expect(r.ok).toBe(false);
    expect(fi(r)).toHaveLength(1);
    expect(fi(r)[0]).toMatch(/^actions\[\d+\]\.dependsOn: toimenpiteiden riippuvuudet muodostavat kehän \(.*\); mikään niistä ei voisi alkaa ensin$/);
    for (const id of ['str-commit-leadership', 'org-name-cx-owner', 'org-first-journey-workshop']) expect(fi(r)[0]).toContain(id);
  });

  it('refuses a step outside 1..4, an unknown effort and an action without a source', () => {
    const x = lib() as unknown as { actions: Record<string, unknown>[] };
    x.actions[0]!.step = 5;
    x.actions[1]!.effort = 'XL';
    x.actions[2]!.sources = [];
    expect(en(validateActionLibrary(x))).toEqual([
      'actions[0].step: too large (at most 4)',
      'actions[1].effort: value not allowed; allowed: "S", "M", "L"',
      'actions[2].sources: too few items (at least 1)',
    ]);
  });
});

describe('documents', () => {
  it('tell questionnaires, assessments and action libraries apart by kind', () => {
    expect(validateDocument(JSON.stringify(shippedQuestionnaire()))).toMatchObject({ ok: true, value: { kind: 'questionnaire' } });
    expect(validateDocument(JSON.stringify(a()))).toMatchObject({ ok: true, value: { kind: 'assessment' } });
    expect(validateDocument(JSON.stringify(readJson('assessments/actions/b2b-cx-diamond-actions-v1.json')))).toMatchObject({
      ok: true,
      value: { kind: 'action-library' },
    });
    expect(en(validateDocument('{"hello":1}'))).toEqual([
      'kind: the file is not a Timantti questionnaire, assessment or action library ("kind" is missing or unknown)',
    ]);
  });

  it('strip a byte-order mark', () => {
    expect(validateDocument('\uFEFF' + JSON.stringify(a())).ok).toBe(true);
  });

  // V8's own message is English only (and on Node 22+ says "line 1 column 32" itself): a Finnish user
  // got "tiedosto ei ole kelvollista JSONia (Expected ',' or '}' after property value in JSON at position 18)".
  it("report broken JSON in the user's language, by line and column", () => {
    const broken = '{\n  "kind": "timantti-assessment",\n  "title": "Kevät" "x"\n}';
    expect(fi(validateDocument(broken))).toEqual(['tiedosto ei ole kelvollista JSONia: virhe rivillä 3, sarakkeessa 20']);
    expect(en(validateDocument(broken))).toEqual(['the file is not valid JSON: error at line 3, column 20']);
    expect(fi(validateDocument('{"kind": "timantti-assessment",'))).toEqual([
      'tiedosto ei ole kelvollista JSONia: se loppuu kesken (katkennut tai keskeneräinen tiedosto?)',
    ]);
    expect(en(validateDocument('{"kind": "timantti-assessment", "title": tru}'))).toEqual(['the file is not valid JSON: unexpected character "}"']);
    expect(fi(validateDocument('{"a": 1} }'))).toEqual(['tiedosto ei ole kelvollista JSONia: virhe rivillä 1, sarakkeessa 10']);
  });

  it('refuse a file from a newer Timantti instead of misreading it', () => {
    expect(fi(validateDocument('{"kind":"timantti-assessment","formatVersion":5}'))).toEqual([
      'formatVersion: tiedosto on tehty uudemmalla Timantin versiolla (muoto 5, tämä versio tuntee muodon 4); päivitä Timantti',
    ]);
  });

  it('refuse an action library from a newer Timantti', () => {
    expect(en(validateDocument('{"kind":"timantti-action-library","formatVersion":2}'))).toEqual([
      'formatVersion: the file was made by a newer Timantti (format 2; this version knows format 1); please update Timantti',
    ]);
  });

  it('refuse absurdly deep nesting before schema checks', () => {
    expect(en(validateDocument('['.repeat(5000) + ']'.repeat(5000)))).toEqual(['the file is nested too deeply (over 32 levels)']);
  });
});

describe('wrong types and limits are named for what they are', () => {
  const withValue = (mutate: (doc: Record<string, unknown>) => void) => {
    const doc = structuredClone(a()) as unknown as Record<string, unknown>;
    mutate(doc);
    return en(validateDocument(JSON.stringify(doc)));
  };
  it.each([
    ['votes as an array', (d: Record<string, unknown>) => ((d.answers as Record<string, Record<string, unknown>>).s1!.votes = [3])],
    ['a weight as text', (d: Record<string, unknown>) => ((d.areas as Record<string, Record<string, unknown>>).strategy!.weight = '1.5')],
    ['a title as a number', (d: Record<string, unknown>) => (d.title = 5)],
    ['participants as an object', (d: Record<string, unknown>) => (d.participants = { p1: 'Anna' })],
    ['a questionnaire version as text', (d: Record<string, unknown>) => ((d.questionnaire as Record<string, unknown>).version = '1')],
  ])('%s is a wrong type, not a missing field', (_name, mutate) => {
    const messages = withValue(mutate);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.join('\n')).toMatch(/wrong type/);
    expect(messages.join('\n')).not.toMatch(/required field is missing/);
  });

  it('a statement weight of 0 must be greater than 0', () => {
    const doc = q() as unknown as { areas: { statements: { weight?: number }[] }[] };
    doc.areas[0]!.statements[0]!.weight = 0;
    expect(en(validateDocument(JSON.stringify(doc)))).toEqual(['areas[0].statements[0].weight: must be greater than 0']);
  });

  it('refuses duplicate keys instead of keeping the last silently', () => {
    expect(fi(validateDocument('{"kind":"timantti-assessment","kind":"timantti-questionnaire"}'))[0]).toMatch(
      /avain "kind" esiintyy samassa objektissa kahdesti/,
    );
    expect(en(validateDocument('{"a":{"k":1,"\\u006b":2}}'))[0]).toMatch(/the key "k" appears twice/);
    // Equal keys in different objects are fine.
    expect(issues(validateDocument('{"a":{"k":1},"b":{"k":1}}')).map((i) => i.code)).toEqual(['unknown-kind']);
  });

  it('refuses a width bomb before parsing it', () => {
    const wide = `{${Array.from({ length: 300_000 }, (_, i) => `"k${i}":1`).join(',')}}`;
    expect(en(validateDocument(wide))).toEqual(['an object has more than 10000 fields; the file was refused']);
  });
});

describe('a field with a fixed set of values', () => {
  it('is called missing when it is missing, and not allowed when it holds another value', () => {
    const missing = a() as Partial<ReturnType<typeof a>>;
    delete missing.language;
    expect(fi(validateAssessment(missing))).toEqual(['language: pakollinen kenttä puuttuu']);
    expect(en(validateAssessment({ ...a(), language: 'sv' }))).toEqual(['language: value not allowed; allowed: "fi", "en"']);
  });
});
