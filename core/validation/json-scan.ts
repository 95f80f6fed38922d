import type { ValidationIssue } from './issues';

export interface JsonShapeLimits {
  maxDepth: number;
  /** Most members one object may have; honest files have at most a few hundred. */
  maxKeys: number;
}

/** Wider than any real object (answers of a 1,000-statement questionnaire); a width bomb is refused before parsing. */
export const MAX_OBJECT_KEYS = 10_000;

const NOT_FOUND = -1;

/**
 * One linear pass over JSON text, before JSON.parse and before any schema:
 * refuses absurd nesting (a million brackets exhaust the stack), absurdly
 * wide objects (300,000 keys overflowed zod's stack and 1,000,000 blocked
 * the server for seconds) and duplicate keys (JSON.parse silently keeps the
 * last one, so what a person reads in the file is not what gets imported).
 * Syntax errors are left for JSON.parse to report with a position.
 */
export function scanJsonShape(text: string, limits: JsonShapeLimits): ValidationIssue | undefined {
  // One frame per open object/array: its key set (objects only) and member count.
  const frames: { keys: Set<string> | null; count: number; path: string }[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      if (end === NOT_FOUND) return undefined;
      const frame = frames.at(-1);
      // A string directly followed by ':' is a key of the innermost object.
      let j = end + 1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      if (frame?.keys && text.charCodeAt(j) === 0x3a) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? decodeKey(raw) : raw;
        if (frame.keys.has(key)) return { path: frame.path, code: 'duplicate-key', params: { key: key.slice(0, 80) } };
        frame.keys.add(key);
        if (++frame.count > limits.maxKeys) return { path: frame.path, code: 'too-wide', params: { maximum: limits.maxKeys } };
      }
      i = end + 1;
      continue;
    }
    if (c === 0x7b || c === 0x5b) {
      if (frames.length >= limits.maxDepth) return { path: '$', code: 'too-deep', params: { maximum: limits.maxDepth } };
      frames.push({ keys: c === 0x7b ? new Set() : null, count: 0, path: frames.length === 0 ? '$' : (frames.at(-1)?.path ?? '$') });
    } else if (c === 0x7d || c === 0x5d) frames.pop();
    i++;
  }
  return undefined;
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i;
  }
  return NOT_FOUND;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function decodeKey(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
