import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { CorruptReason } from '../../core/library/events';
import { writeFileDurable } from '../storage/atomic-write';

export type { CorruptReason };

/**
 * Every data file in the library is a record: `{"sha256": …, "data": …}`,
 * where the hash covers the JSON of `data`. A file whose content does not
 * match its hash was damaged after we wrote it (a bad sector, a sync tool,
 * a person with an editor) and is treated as corrupt, never trusted.
 */
export type ReadOutcome = { kind: 'ok'; doc: unknown; legacy: boolean } | { kind: 'missing' } | { kind: 'corrupt'; reason: CorruptReason; detail?: string };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function encodeRecord(doc: unknown): string {
  const body = JSON.stringify(doc);
  return `{"sha256":"${sha256(body)}","data":${body}}\n`;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Classifies a file's bytes; never throws. Bare documents with formatVersion 0 predate records. */
export function decodeRecord(bytes: Uint8Array): ReadOutcome {
  if (bytes.length === 0) return { kind: 'corrupt', reason: 'empty' };
  if (bytes.includes(0)) return { kind: 'corrupt', reason: 'nul-bytes' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { kind: 'corrupt', reason: 'not-utf8' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { kind: 'corrupt', reason: 'invalid-json', detail: err instanceof Error ? err.message : String(err) };
  }
  if (parsed === null || typeof parsed !== 'object') return { kind: 'corrupt', reason: 'not-a-record' };
  const record = parsed as { sha256?: unknown; data?: unknown; formatVersion?: unknown };
  if (typeof record.sha256 === 'string' && 'data' in record) {
    return sha256(JSON.stringify(record.data)) === record.sha256 ? { kind: 'ok', doc: record.data, legacy: false } : { kind: 'corrupt', reason: 'integrity' };
  }
  if (record.formatVersion === 0) return { kind: 'ok', doc: parsed, legacy: true };
  return { kind: 'corrupt', reason: 'not-a-record' };
}

export async function readRecordFile(path: string): Promise<ReadOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw err;
  }
  return decodeRecord(bytes);
}

/**
 * Writes `doc` as a record, durably (storage/atomic-write.ts), and returns
 * the exact text now on disk: a backup copies that text rather than encoding
 * the document a second time, which could differ if it changed meanwhile.
 */
export async function writeRecordFile(path: string, doc: unknown): Promise<string> {
  const text = encodeRecord(doc);
  await writeFileDurable(path, text);
  return text;
}
