import type { ValidationIssue } from '../validation/issues';
import { MAX_OBJECT_KEYS, scanJsonShape } from '../validation/json-scan';
import { exceedsDepth, MAX_JSON_DEPTH, type Validated } from '../validation/validate';
import { jsonSyntaxIssue } from '../validation/json-syntax';

/** Keys that can reach an object's prototype through a careless merge. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonLimits {
  /** Longest single string value, in characters. */
  maxString: number;
  maxDepth: number;
  maxKeys: number;
}

export const IMPORT_LIMITS: JsonLimits = { maxString: 200_000, maxDepth: MAX_JSON_DEPTH, maxKeys: MAX_OBJECT_KEYS };

class Rejected extends Error {
  constructor(readonly issue: ValidationIssue) {
    super(issue.code);
  }
}

/**
 * Parses JSON from an untrusted source. Refuses (rather than strips) any
 * `__proto__` / `constructor` / `prototype` key, absurd nesting and
 * gigantic strings, before any schema sees the value. The caller has already
 * checked the byte size and decoded strict UTF-8.
 */
export function parseUntrustedJson(text: string, limits: JsonLimits = IMPORT_LIMITS): Validated<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, issues: [{ path: '$', code: 'empty-file', params: {} }] };
  // Checked on the text first: a million nested brackets would otherwise
  // exhaust the stack inside JSON.parse's reviver, and a million keys the
  // memory and time of everything after it.
  const shape = scanJsonShape(body, limits);
  if (shape) return { ok: false, issues: [shape] };
  let value: unknown;
  try {
    value = JSON.parse(body, function (this: unknown, key: string, v: unknown) {
      if (FORBIDDEN_KEYS.has(key)) throw new Rejected({ path: '$', code: 'forbidden-key', params: { key } });
      if (typeof v === 'string' && v.length > limits.maxString) throw new Rejected({ path: '$', code: 'text-too-long', params: { maximum: limits.maxString } });
      return v;
    });
  } catch (err) {
    if (err instanceof Rejected) return { ok: false, issues: [err.issue] };
    return { ok: false, issues: [jsonSyntaxIssue(body, err)] };
  }
  if (exceedsDepth(value, limits.maxDepth)) return { ok: false, issues: [{ path: '$', code: 'too-deep', params: { maximum: limits.maxDepth } }] };
  return { ok: true, value };
}
