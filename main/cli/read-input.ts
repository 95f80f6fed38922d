import { readFile, stat } from 'node:fs/promises';
import type { CliText } from './messages';

/** Larger than any real questionnaire or assessment (the v1 questionnaire is ~170 kB). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads a file as strict UTF-8 text: size checked before reading, invalid
 * bytes refused rather than silently replaced, a BOM stripped.
 */
export async function readInputFile(file: string, text: CliText): Promise<ReadResult> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { ok: false, message: text.unreadable(file, 'not a file') };
    if (info.size > MAX_INPUT_BYTES) return { ok: false, message: text.tooLarge(file, MAX_INPUT_BYTES / 1024 / 1024) };
    const bytes = await readFile(file);
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, message: text.notUtf8(file) };
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? text.notFound(file) : text.unreadable(file, code ?? String(err)) };
  }
}
