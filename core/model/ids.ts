/**
 * The one rule for ids, everywhere (questionnaires, assessments, participants,
 * clients, roadmap items): lower-case kebab, at most 80 characters, and never
 * a name that is dangerous as an object key or as a file name.
 */
export const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 80;

/**
 * Refused although they match the pattern: `constructor` / `prototype` reach
 * an object's prototype through a careless merge (and the import refuses
 * them as keys), and Windows reserves CON, PRN, AUX, NUL, COM1–9 and LPT1–9
 * as file names (an assessment's id names its file).
 */
const RESERVED = new Set([
  'constructor',
  'prototype',
  'con',
  'prn',
  'aux',
  'nul',
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
]);

export const isReservedId = (id: string): boolean => RESERVED.has(id);

export const isValidId = (id: string): boolean => id.length <= ID_MAX_LENGTH && ID_PATTERN.test(id) && !isReservedId(id);

/** Longest id derived from a name; leaves room for a `-NN` suffix. */
const DERIVED_MAX = 40;

/**
 * An id from a person's or a client's name ("Äijälä Oy" → `aijala-oy`) that
 * always passes the id rule: accents folded, cut without a trailing hyphen,
 * a digit or reserved word prefixed, made unique against `taken`.
 */
export function deriveId(name: string, taken: ReadonlySet<string>, prefix: string): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, DERIVED_MAX)
      .replace(/-+$/, '') || prefix;
  const safe = /^[0-9]/.test(base) || isReservedId(base) ? `${prefix}-${base}`.slice(0, DERIVED_MAX).replace(/-+$/, '') : base;
  let id = safe;
  for (let i = 2; taken.has(id); i++) id = `${safe}-${i}`;
  return id;
}
