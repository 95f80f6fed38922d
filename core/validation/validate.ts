import type { z } from 'zod';
import { ASSESSMENT_FORMAT_VERSION, AssessmentSchema, type Assessment } from '../assessment/schema';
import { QUESTIONNAIRE_FORMAT_VERSION, QuestionnaireSchema, type Questionnaire } from '../questionnaire/schema';
import { ACTION_LIBRARY_FORMAT_VERSION, ActionLibrarySchema, type ActionLibrary } from '../roadmap/action-library';
import { migrateAssessment } from '../library/migrations';
import { issuesFromZod, type ValidationIssue } from './issues';
import { MAX_OBJECT_KEYS, scanJsonShape } from './json-scan';
import { jsonSyntaxIssue } from './json-syntax';

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

/** Deeper than any real questionnaire or assessment; deep nesting is an attack, not data. */
export const MAX_JSON_DEPTH = 32;

/** Whether a parsed JSON value nests deeper than `max` (iterative: no stack to overflow). */
export function exceedsDepth(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Parses JSON text; a syntax error becomes an issue with the position. */
export function parseJson(text: string): Validated<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shape = scanJsonShape(body, { maxDepth: MAX_JSON_DEPTH, maxKeys: MAX_OBJECT_KEYS });
  if (shape) return { ok: false, issues: [shape] };
  try {
    const value: unknown = JSON.parse(body);
    if (exceedsDepth(value)) return { ok: false, issues: [{ path: '$', code: 'too-deep', params: { maximum: MAX_JSON_DEPTH } }] };
    return { ok: true, value };
  } catch (err) {
    return { ok: false, issues: [jsonSyntaxIssue(body, err)] };
  }
}

/**
 * The "newer format" refusal: a document whose formatVersion is above what
 * this version supports. Exported so a test can run the check as an older
 * Timantti (a smaller `supported`) would.
 */
export function checkFormatVersion(value: unknown, supported: number): ValidationIssue | undefined {
  const version = (value as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > supported) return { path: 'formatVersion', code: 'newer-format', params: { actual: version, supported } };
  return undefined;
}

function validateWith<T>(schema: z.ZodType<T>, value: unknown, supported: number): Validated<T> {
  const newer = checkFormatVersion(value, supported);
  if (newer) return { ok: false, issues: [newer] };
  // reportInput: without it zod 4 leaves issue.input empty and every wrong type reads as "missing".
  const parsed = schema.safeParse(value, { reportInput: true });
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesFromZod(parsed.error) };
}

export const validateQuestionnaire = (value: unknown): Validated<Questionnaire> => validateWith(QuestionnaireSchema, value, QUESTIONNAIRE_FORMAT_VERSION);
/** Validates an assessment of this or an older format (older ones are migrated in memory first). */
export function validateAssessment(value: unknown): Validated<Assessment> {
  const migration = migrateAssessment(value);
  const current = migration.kind === 'migrated' ? migration.doc : value;
  return validateWith(AssessmentSchema, current, ASSESSMENT_FORMAT_VERSION);
}

/**
 * Validates a roadmap action library on its own: field shapes, unique action
 * ids, dependencies that name existing actions and form no cycle. Whether its
 * areas match a questionnaire is a question for the caller that has both.
 */
export const validateActionLibrary = (value: unknown): Validated<ActionLibrary> => validateWith(ActionLibrarySchema, value, ACTION_LIBRARY_FORMAT_VERSION);

export type TimanttiDocument =
  { kind: 'questionnaire'; value: Questionnaire } | { kind: 'assessment'; value: Assessment } | { kind: 'action-library'; value: ActionLibrary };

/** Validates JSON text as whichever Timantti document its `kind` says it is. */
export function validateDocument(text: string): Validated<TimanttiDocument> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const kind = (parsed.value as { kind?: unknown } | null)?.kind;
  if (kind === 'timantti-questionnaire') {
    const q = validateQuestionnaire(parsed.value);
    return q.ok ? { ok: true, value: { kind: 'questionnaire', value: q.value } } : q;
  }
  if (kind === 'timantti-assessment') {
    const a = validateAssessment(parsed.value);
    return a.ok ? { ok: true, value: { kind: 'assessment', value: a.value } } : a;
  }
  if (kind === 'timantti-action-library') {
    const l = validateActionLibrary(parsed.value);
    return l.ok ? { ok: true, value: { kind: 'action-library', value: l.value } } : l;
  }
  return { ok: false, issues: [{ path: 'kind', code: 'unknown-kind', params: {} }] };
}
