import { z } from 'zod';
import { ASSESSMENT_FORMAT_VERSION, AssessmentShape, type Assessment } from '../assessment/schema';
import { IdSchema, type Questionnaire } from '../questionnaire/schema';
import { migrateAssessment } from './migrations';

/**
 * The library's on-disk form of an assessment (docs/FORMAT.md, "Stored
 * assessment"). Format 3 holds a reference to its questionnaire snapshot
 * instead of the snapshot itself: the snapshot is 133 kB of a 141 kB
 * record and never changes, so every save and every backup repeated it.
 * Snapshots are stored once each, named by the SHA-256 of `canonicalJson`.
 *
 * Only what the library stores changes: in memory, in exports and in
 * imports an assessment is the self-contained format-2 document.
 */
export const STORED_ASSESSMENT_FORMAT_VERSION = 5;
/**
 * The stored form of a format-2 document (no KPIs). Still read: it becomes a
 * format-5 record with nothing added, and the library writes it back after a
 * backup. A Timantti that knows only format 3 refuses a format-5 record as
 * newer and leaves it untouched, rather than setting aside as damaged a
 * record with a `kpis` field it does not know.
 */
export const LEGACY_STORED_FORMAT_VERSION = 3;

export const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/** Which questionnaire snapshot a stored assessment was taken with: `library/questionnaires/<sha256>.json`. */
export const QuestionnaireRefSchema = z.strictObject({ id: IdSchema, version: z.number().int().min(1), sha256: Sha256Schema });
export type QuestionnaireRef = z.infer<typeof QuestionnaireRefSchema>;

/** Checked again in full (against its questionnaire) once hydrated; here only the shape around the reference. */
export const StoredAssessmentSchema = AssessmentShape.omit({ questionnaire: true, formatVersion: true }).extend({
  formatVersion: z.literal(STORED_ASSESSMENT_FORMAT_VERSION),
  questionnaireRef: QuestionnaireRefSchema,
});
export type StoredAssessment = z.infer<typeof StoredAssessmentSchema>;

const LegacyStoredAssessmentSchema = StoredAssessmentSchema.omit({ kpis: true, formatVersion: true }).extend({
  formatVersion: z.literal(LEGACY_STORED_FORMAT_VERSION),
});

/**
 * JSON with every object's keys sorted and `undefined` members left out:
 * the same questionnaire always gives the same text, whatever order its keys
 * were read or built in. Its SHA-256 names the snapshot.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}

/** The record to store: the assessment with its questionnaire replaced by a reference to the snapshot. */
export function dehydrate(assessment: Assessment, sha256: string): StoredAssessment {
  const { questionnaire, ...rest } = assessment;
  return { ...rest, formatVersion: STORED_ASSESSMENT_FORMAT_VERSION, questionnaireRef: { id: questionnaire.id, version: questionnaire.version, sha256 } };
}

/** The self-contained document again (to be validated with AssessmentSchema by the caller). */
export function hydrate(stored: StoredAssessment, questionnaire: Questionnaire): Assessment {
  const { questionnaireRef: _ref, ...rest } = stored;
  return { ...rest, formatVersion: ASSESSMENT_FORMAT_VERSION, questionnaire };
}

export type StoredReadResult =
  /** `from` is set when the record was of an older stored format: the library backs it up and writes it back as current. */
  | { kind: 'stored'; record: StoredAssessment; from?: number }
  /** An older format, migrated to a full document in memory; the library writes it back in the stored form. */
  | { kind: 'full'; doc: unknown; from: number }
  | { kind: 'newer'; version: number }
  | { kind: 'unknown' };

/** Classifies a stored assessment document: current (a reference), older (a full document, migrated), newer, or not one. */
export function readStoredAssessment(doc: unknown): StoredReadResult {
  const version = (doc as { formatVersion?: unknown } | null)?.formatVersion;
  if (version === STORED_ASSESSMENT_FORMAT_VERSION) {
    const parsed = StoredAssessmentSchema.safeParse(doc);
    return parsed.success ? { kind: 'stored', record: parsed.data } : { kind: 'unknown' };
  }
  if (version === LEGACY_STORED_FORMAT_VERSION) {
    const parsed = LegacyStoredAssessmentSchema.safeParse(doc);
    if (!parsed.success) return { kind: 'unknown' };
    return { kind: 'stored', record: { ...parsed.data, formatVersion: STORED_ASSESSMENT_FORMAT_VERSION }, from: LEGACY_STORED_FORMAT_VERSION };
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > STORED_ASSESSMENT_FORMAT_VERSION) return { kind: 'newer', version };
  const migration = migrateAssessment(doc);
  if (migration.kind === 'current') return { kind: 'full', doc: migration.doc, from: ASSESSMENT_FORMAT_VERSION };
  if (migration.kind === 'migrated') return { kind: 'full', doc: migration.doc, from: migration.from };
  return migration.kind === 'newer' ? { kind: 'newer', version: migration.version } : { kind: 'unknown' };
}
