import { ASSESSMENT_FORMAT_VERSION } from '../assessment/schema';
import { deriveId } from '../model/ids';

/**
 * Forward-only migrations of stored assessment documents, one step per
 * format version. Each step is a pure function of the previous version's
 * data; the library takes a backup before it writes a migrated file.
 *
 * Format 0 was the prototype's: scores as a flat list (value 0 meaning not
 * applicable, no participant meaning the agreed score), notes and targets
 * in separate maps, the client by name only. Documented in docs/FORMAT.md.
 */
type Doc = Record<string, unknown>;
type Step = (doc: Doc) => Doc;

const slug = (s: string) => deriveId(s, new Set(), 'client');

const v0ToV1: Step = (doc) => {
  const scores = Array.isArray(doc.scores) ? (doc.scores as Doc[]) : [];
  const notes = (doc.notes ?? {}) as Record<string, string>;
  const answers: Record<string, Doc> = {};
  const answerFor = (id: string) => (answers[id] ??= {});
  for (const s of scores) {
    const id = String(s.statement);
    const value = s.value === 0 ? 'na' : s.value;
    if (typeof s.participant === 'string') ((answerFor(id).votes ??= {}) as Doc)[s.participant] = value;
    else answerFor(id).agreed = value;
  }
  for (const [id, note] of Object.entries(notes)) answerFor(id).note = note;
  const targets = (doc.targets ?? {}) as Record<string, number>;
  const stamp = `${String(doc.date)}T00:00:00.000Z`;
  return {
    kind: 'timantti-assessment',
    formatVersion: 1,
    id: doc.id,
    client: { id: slug(String(doc.clientName ?? '')), name: doc.clientName },
    title: doc.title,
    date: doc.date,
    language: doc.lang === 'en' ? 'en' : 'fi',
    createdAt: stamp,
    updatedAt: stamp,
    questionnaire: { kind: 'timantti-questionnaire', formatVersion: 1, ...(doc.questionnaire as Doc) },
    participants: doc.participants,
    answers,
    areas: Object.fromEntries(Object.entries(targets).map(([area, target]) => [area, { target }])),
  };
};

/** Format 2 only adds the optional roadmap: a v1 document is a valid v2 one without it. */
const v1ToV2: Step = (doc) => ({ ...doc, formatVersion: 2 });

/**
 * Format 4 only adds the optional KPIs: a format-2 document is a valid
 * format-4 one without them. (3 is the stored record's number, never a
 * document's: see ASSESSMENT_FORMAT_VERSION.)
 */
const v2ToV4: Step = (doc) => ({ ...doc, formatVersion: 4 });

/** Each step and the format it produces. */
const STEPS: Record<number, { step: Step; to: number }> = { 0: { step: v0ToV1, to: 1 }, 1: { step: v1ToV2, to: 2 }, 2: { step: v2ToV4, to: 4 } };

export type MigrationResult =
  { kind: 'current'; doc: unknown } | { kind: 'migrated'; doc: unknown; from: number } | { kind: 'newer'; version: number } | { kind: 'unknown' };

/** Brings a stored assessment document up to the current format, if it can. */
export function migrateAssessment(doc: unknown): MigrationResult {
  const version = (doc as Doc | null)?.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { kind: 'unknown' };
  if (version > ASSESSMENT_FORMAT_VERSION) return { kind: 'newer', version };
  if (version === ASSESSMENT_FORMAT_VERSION) return { kind: 'current', doc };
  let current = doc as Doc;
  for (let v = version; v < ASSESSMENT_FORMAT_VERSION;) {
    const step = STEPS[v];
    if (!step) return { kind: 'unknown' };
    current = step.step(current);
    v = step.to;
  }
  return { kind: 'migrated', doc: current, from: version };
}
