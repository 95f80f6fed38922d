import type { z } from 'zod';
import { jsonPath } from '../json-path';
import type { Language } from '../settings';

/** One thing wrong with a file, at a JSON path, as a translatable code. */
export interface ValidationIssue {
  path: string;
  code: IssueCode;
  params: Record<string, string | number>;
}

const MESSAGES = {
  'not-json': {
    fi: 'tiedosto ei ole kelvollista JSONia: virhe rivillä {line}, sarakkeessa {column}',
    en: 'the file is not valid JSON: error at line {line}, column {column}',
  },
  'json-ends-early': {
    fi: 'tiedosto ei ole kelvollista JSONia: se loppuu kesken (katkennut tai keskeneräinen tiedosto?)',
    en: 'the file is not valid JSON: it ends too early (a truncated or unfinished file?)',
  },
  'json-unexpected-token': {
    fi: 'tiedosto ei ole kelvollista JSONia: odottamaton merkki "{token}"',
    en: 'the file is not valid JSON: unexpected character "{token}"',
  },
  'not-json-at-all': { fi: 'tiedosto ei ole kelvollista JSONia', en: 'the file is not valid JSON' },
  'unknown-kind': {
    fi: 'tiedosto ei ole Timantin kyselylomake, arviointi eikä toimenpidekirjasto (kenttä "kind" puuttuu tai on tuntematon)',
    en: 'the file is not a Timantti questionnaire, assessment or action library ("kind" is missing or unknown)',
  },
  'newer-format': {
    fi: 'tiedosto on tehty uudemmalla Timantin versiolla (muoto {actual}, tämä versio tuntee muodon {supported}); päivitä Timantti',
    en: 'the file was made by a newer Timantti (format {actual}; this version knows format {supported}); please update Timantti',
  },
  missing: { fi: 'pakollinen kenttä puuttuu', en: 'required field is missing' },
  'missing-fi': { fi: 'suomenkielinen teksti puuttuu', en: 'missing Finnish text' },
  'missing-en': { fi: 'englanninkielinen teksti puuttuu', en: 'missing English text' },
  'empty-fi': { fi: 'suomenkielinen teksti on tyhjä', en: 'Finnish text is empty' },
  'empty-en': { fi: 'englanninkielinen teksti on tyhjä', en: 'English text is empty' },
  'not-text': { fi: 'pitäisi olla tekstiä', en: 'should be text' },
  'wrong-type': { fi: 'väärä tyyppi: odotettiin {expected}', en: 'wrong type: expected {expected}' },
  'bad-id': {
    fi: 'tunnisteessa saa olla vain pieniä kirjaimia a–z, numeroita ja väliviivoja',
    en: 'an id may only have lower-case letters a–z, digits and hyphens',
  },
  'reserved-id': {
    fi: 'tunniste on varattu (esim. "constructor" tai Windowsin laitenimi kuten "con" tai "com1"); valitse toinen',
    en: 'the id is reserved (e.g. "constructor", or a Windows device name such as "con" or "com1"); choose another',
  },
  'bad-key': { fi: 'virheellinen tunniste "{key}"', en: 'invalid id "{key}"' },
  'bad-answer': {
    fi: 'vastauksen pitää olla taso 1–5, "na" (ei sovellu) tai "dont-know" (en osaa sanoa)',
    en: 'an answer must be a level 1–5, "na" (not applicable) or "dont-know"',
  },
  'bad-format': { fi: 'väärä muoto (odotettiin {format})', en: 'wrong format (expected {format})' },
  'too-short': { fi: 'liian lyhyt (vähintään {minimum} merkkiä)', en: 'too short (at least {minimum} characters)' },
  'too-long': { fi: 'liian pitkä (enintään {maximum} merkkiä)', en: 'too long (at most {maximum} characters)' },
  'too-few': { fi: 'liian vähän kohteita (vähintään {minimum})', en: 'too few items (at least {minimum})' },
  'too-many': { fi: 'liian monta kohdetta (enintään {maximum})', en: 'too many items (at most {maximum})' },
  'too-low': { fi: 'liian pieni (vähintään {minimum})', en: 'too small (at least {minimum})' },
  'too-high': { fi: 'liian suuri (enintään {maximum})', en: 'too large (at most {maximum})' },
  'not-allowed': { fi: 'arvo ei ole sallittu; sallitut: {values}', en: 'value not allowed; allowed: {values}' },
  'unknown-field': { fi: 'tuntematon kenttä: {keys}', en: 'unknown field: {keys}' },
  'wrong-level-count': { fi: 'väittämällä pitää olla {expected} tasoa, nyt {actual}', en: 'a statement needs {expected} levels, found {actual}' },
  'level-order': { fi: 'tason numero pitäisi olla {expected}, nyt {actual}', en: 'level number should be {expected}, found {actual}' },
  'wrong-stage-count': { fi: 'kypsyysvaiheita pitää olla {expected}, nyt {actual}', en: 'there must be {expected} maturity stages, found {actual}' },
  'thresholds-order': {
    fi: 'vaiheiden rajojen pitää kasvaa: {actual} ei ole suurempi kuin edellinen raja {previous}',
    en: 'stage thresholds must increase: {actual} is not above the previous threshold {previous}',
  },
  'stage-order': { fi: 'vaiheen numero pitäisi olla {expected}, nyt {actual}', en: 'stage number should be {expected}, found {actual}' },
  'duplicate-area-id': { fi: 'osa-alueen tunniste "{id}" on jo käytössä', en: 'duplicate area id "{id}"' },
  'duplicate-statement-id': { fi: 'väittämän tunniste "{id}" on jo käytössä kohdassa {first}', en: 'duplicate statement id "{id}" (first at {first})' },
  'duplicate-layer-id': { fi: 'kerros "{id}" on mainittu kahdesti', en: 'duplicate layer "{id}"' },
  'duplicate-participant-id': { fi: 'osallistujan tunniste "{id}" on jo käytössä', en: 'duplicate participant id "{id}"' },
  'unknown-area': { fi: 'tuntematon osa-alue "{id}"', en: 'unknown area "{id}"' },
  'unknown-statement': { fi: 'tuntematon väittämä "{id}"', en: 'unknown statement "{id}"' },
  'unknown-participant': { fi: 'tuntematon osallistuja "{id}"', en: 'unknown participant "{id}"' },
  'area-without-layer': { fi: 'osa-alue "{id}" ei kuulu mihinkään kerrokseen', en: 'area "{id}" is in no layer' },
  'layer-mismatch': {
    fi: 'osa-alueen "{id}" kerros on "{layer}", mutta se on listattu kerrokseen "{listedIn}"',
    en: 'area "{id}" has layer "{layer}" but is listed under "{listedIn}"',
  },
  'too-deep': { fi: 'tiedosto on liian syvälle sisäkkäinen (yli {maximum} tasoa)', en: 'the file is nested too deeply (over {maximum} levels)' },
  'too-large': { fi: 'tiedosto on liian suuri ({actual} Mt, enintään {maximum} Mt)', en: 'the file is too large ({actual} MB, at most {maximum} MB)' },
  'not-utf8': { fi: 'tiedosto ei ole UTF-8-tekstiä', en: 'the file is not UTF-8 text' },
  'empty-file': { fi: 'tiedosto on tyhjä', en: 'the file is empty' },
  'forbidden-key': {
    fi: 'tiedostossa on kielletty avain "{key}" (mahdollinen hyökkäys); tiedostoa ei tuotu',
    en: 'the file contains the forbidden key "{key}" (a possible attack); nothing was imported',
  },
  'text-too-long': { fi: 'tiedostossa on yli {maximum} merkin teksti', en: 'the file contains a text longer than {maximum} characters' },
  'unknown-client': { fi: 'arvioinnin asiakas "{id}" puuttuu tiedoston asiakkaista', en: 'the assessment’s client "{id}" is not among the file’s clients' },
  'duplicate-id': { fi: 'tunniste "{id}" esiintyy tiedostossa kahdesti', en: 'the id "{id}" appears twice in the file' },
  'nothing-to-import': { fi: 'tiedostossa ei ole tuotavia arviointeja eikä asiakkaita', en: 'the file has no assessments or clients to import' },
  'duplicate-action-id': { fi: 'toimenpiteen tunniste "{id}" on jo käytössä', en: 'duplicate action id "{id}"' },
  'unknown-action': { fi: 'riippuvuus viittaa tuntemattomaan toimenpiteeseen "{id}"', en: 'the dependency names an unknown action "{id}"' },
  'dependency-cycle': {
    fi: 'toimenpiteiden riippuvuudet muodostavat kehän ({id}); mikään niistä ei voisi alkaa ensin',
    en: 'the action dependencies form a cycle ({id}); none of them could start first',
  },
  invalid: { fi: 'virheellinen arvo ({detail})', en: 'invalid value ({detail})' },
  'not-questionnaire': {
    fi: 'tiedosto ei ole kyselylomake (kentän "kind" pitää olla "timantti-questionnaire")',
    en: 'the file is not a questionnaire ("kind" must be "timantti-questionnaire")',
  },
  'built-in-questionnaire': {
    fi: 'tunniste "{id}" kuuluu Timantin sisäänrakennetulle kyselylomakkeelle; anna omalle lomakkeellesi toinen tunniste',
    en: 'the id "{id}" belongs to a questionnaire built into Timantti; give your questionnaire another id',
  },
  'questionnaire-exists': {
    fi: 'kirjastossa on jo kyselylomake "{id}" versio {version} eri sisällöllä; muutettu lomake on uusi versio: kasvata "version"-kentän numeroa',
    en: 'the library already has questionnaire "{id}" version {version} with different content; a changed questionnaire is a new version: increase "version"',
  },
  'duplicate-key': {
    fi: 'avain "{key}" esiintyy samassa objektissa kahdesti; tiedostoa ei luettu, koska ei voi tietää kumpi on oikea',
    en: 'the key "{key}" appears twice in one object; the file was refused because it cannot be known which one is meant',
  },
  'too-wide': { fi: 'objektissa on yli {maximum} kenttää; tiedostoa ei luettu', en: 'an object has more than {maximum} fields; the file was refused' },
  'too-low-exclusive': { fi: 'pitää olla suurempi kuin {minimum}', en: 'must be greater than {minimum}' },
  'bad-kpi-period': {
    fi: 'jakson pitää olla vuosi (2025), puolivuotinen (2025-H1), neljännes (2026-Q1) tai kuukausi (2026-03)',
    en: 'a period must be a year (2025), a half (2025-H1), a quarter (2026-Q1) or a month (2026-03)',
  },
  'kpi-name-missing': { fi: 'mittarilla pitää olla nimi suomeksi tai englanniksi', en: 'a KPI needs a name in Finnish or English' },
  'kpi-range-order': { fi: 'alaraja {minimum} on suurempi kuin yläraja {maximum}', en: 'the lower bound {minimum} is above the upper bound {maximum}' },
  'unknown-kpi': { fi: 'tuntematon mittari "{id}"', en: 'unknown KPI "{id}"' },
  'kpi-out-of-range': {
    fi: 'mittarin "{id}" arvon pitää olla välillä {minimum}…{maximum} (yksikkö {unit})',
    en: 'the value of KPI "{id}" must be within {minimum}…{maximum} (unit {unit})',
  },
  'duplicate-kpi-value': { fi: 'mittarilla "{id}" on jo arvo jaksolle {period}', en: 'KPI "{id}" already has a value for {period}' },
  'kpi-id-taken': {
    fi: 'tunniste "{id}" on valmiin mittarin; valitse omalle mittarille toinen',
    en: 'the id "{id}" belongs to a built-in KPI; choose another for your own',
  },
  'duplicate-kpi-id': { fi: 'oman mittarin tunniste "{id}" on jo käytössä', en: 'duplicate own KPI id "{id}"' },
  'more-issues': { fi: '…ja {count} muuta ongelmaa', en: '…and {count} more problems' },
} satisfies Record<string, Record<Language, string>>;

export type IssueCode = keyof typeof MESSAGES;
const isIssueCode = (s: string): s is IssueCode => Object.hasOwn(MESSAGES, s);

/** Our vocabulary for a zod issue: custom checks carry their code as the message. */
function fromZodIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = jsonPath(issue.path);
  const mk = (code: IssueCode, params: Record<string, unknown> = {}): ValidationIssue => ({
    path,
    code,
    params: Object.fromEntries(
      Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.map(String).join(', ') : typeof v === 'number' ? v : String(v)]),
    ),
  });
  if (isIssueCode(issue.message) && issue.code !== 'invalid_type') return mk(issue.message, (issue as { params?: Record<string, unknown> }).params);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return mk(isIssueCode(issue.message) && issue.message.startsWith('missing-') ? issue.message : 'missing');
      return isIssueCode(issue.message) && issue.message === 'not-text' ? mk('not-text') : mk('wrong-type', { expected: issue.expected });
    case 'too_small':
      if (issue.origin === 'number' && issue.inclusive === false) return mk('too-low-exclusive', { minimum: Number(issue.minimum) });
      return mk(issue.origin === 'string' ? 'too-short' : issue.origin === 'array' ? 'too-few' : 'too-low', { minimum: Number(issue.minimum) });
    case 'too_big':
      return mk(issue.origin === 'string' ? 'too-long' : issue.origin === 'array' ? 'too-many' : 'too-high', { maximum: Number(issue.maximum) });
    case 'invalid_value':
      // A missing field with a fixed set of values (`language`) is missing, not "not allowed". Only
      // when the input was reported (reportInput): otherwise every wrong value would read as missing.
      if ('input' in issue && issue.input === undefined) return mk('missing');
      return mk('not-allowed', { values: issue.values.map((v) => JSON.stringify(v)) });
    case 'unrecognized_keys':
      return mk('unknown-field', { keys: issue.keys.length > 10 ? [...issue.keys.slice(0, 10), `… (+${issue.keys.length - 10})`] : issue.keys });
    case 'invalid_format':
      return mk('bad-format', { format: issue.format });
    case 'invalid_key':
      return mk('bad-key', { key: String(issue.input ?? '') });
    default:
      return mk('invalid', { detail: issue.message });
  }
}

export const issuesFromZod = (error: z.ZodError): ValidationIssue[] => error.issues.map(fromZodIssue);

/** Issues returned to a caller at most; the rest are counted, so a hopeless file never makes a megabyte reply. */
export const MAX_ISSUES_RETURNED = 20;

/** The first issues and, when there are more, one that counts the rest. */
export function capIssues(issues: readonly ValidationIssue[], max = MAX_ISSUES_RETURNED): ValidationIssue[] {
  if (issues.length <= max) return [...issues];
  return [...issues.slice(0, max), { path: '$', code: 'more-issues', params: { count: issues.length - max } }];
}

/** The issue as a sentence in the user's language: `areas[3].levels[4].text.fi: missing Finnish text`. */
export function formatIssue(issue: ValidationIssue, language: Language): string {
  const template: string = MESSAGES[issue.code][language];
  const text = template.replace(/\{(\w+)\}/g, (_m, key: string) => String(issue.params[key] ?? ''));
  return issue.path === '$' ? text : `${issue.path}: ${text}`;
}
