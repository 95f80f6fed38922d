import { parseUntrustedJson } from '../../core/library/safe-json';
import type { ImportMode, ImportPreview, ImportResult } from '../../core/library/import-plan';
import { MAX_QUESTIONNAIRE_BYTES, type QuestionnaireImported } from '../../core/library/questionnaire-info';
import type { ValidationIssue } from '../../core/validation/issues';
import type { Library } from './library';
import { LibraryValidationError } from './library-errors';

/** Larger than any honest export (a client with 100 assessments is ~20 MB). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; issues: ValidationIssue[] };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Imports a file's bytes (or text already read by the UI), treating them as
 * hostile: size checked before anything else, strict UTF-8, JSON parsed
 * without prototype keys and with depth and length limits, then the schema.
 * A rejected import says why and changes nothing in the library.
 */
export async function importIntoLibrary(library: Library, input: Uint8Array | string, mode: ImportMode): Promise<ImportOutcome> {
  return withParsed(input, async (value) => ({ ok: true, result: await library.importValue(value, mode) }));
}

export type PreviewOutcome = { ok: true; preview: ImportPreview } | { ok: false; issues: ValidationIssue[] };

/** What importing the file would do (the assessments whose ids the library holds), read as hostily as an import and writing nothing. */
export function previewImport(library: Library, input: Uint8Array | string): Promise<PreviewOutcome> {
  return withParsed(input, (value) => ({ ok: true, preview: library.previewImport(value) }));
}

export type QuestionnaireOutcome = { ok: true; result: QuestionnaireImported } | { ok: false; issues: ValidationIssue[] };

/**
 * Imports a questionnaire file as hostile input, like an assessment file but
 * with a smaller size limit; then the same checks as `timantti validate`.
 */
export function importQuestionnaireFile(library: Library, input: Uint8Array | string): Promise<QuestionnaireOutcome> {
  return withParsed(input, async (value) => ({ ok: true, result: await library.questionnaires.import(value) }), MAX_QUESTIONNAIRE_BYTES);
}

async function withParsed<T extends { ok: true }>(
  input: Uint8Array | string,
  use: (value: unknown) => Promise<T> | T,
  maxBytes = MAX_IMPORT_BYTES,
): Promise<T | { ok: false; issues: ValidationIssue[] }> {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes) {
    const mb = (n: number) => Math.ceil(n / 1024 / 1024);
    return { ok: false, issues: [{ path: '$', code: 'too-large', params: { actual: mb(size), maximum: mb(maxBytes) } }] };
  }
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = decoder.decode(input);
    } catch {
      return { ok: false, issues: [{ path: '$', code: 'not-utf8', params: {} }] };
    }
  }
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok) return parsed;
  try {
    return await use(parsed.value);
  } catch (err) {
    if (err instanceof LibraryValidationError) return { ok: false, issues: err.issues };
    throw err;
  }
}
