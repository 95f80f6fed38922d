import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Kerning and marks only: Inter's contextual alternates and ligatures are not wanted in report text. */
export const KERNING_FEATURES = { calt: false, liga: false, clig: false, rlig: false, rclt: false, ccmp: false };

/** The precomputed pair kerning of the main fonts, written by scripts/report-kerning.ts beside the fonts. */
export const KERNING_FILE = 'inter-kerning.json';

/** The fonts whose kerning is precomputed: the main family, which draws nearly every letter. */
export const KERNED_FONTS = ['inter-latin-400-normal.ttf', 'inter-latin-600-normal.ttf', 'inter-latin-700-normal.ttf'] as const;

/**
 * Per font file: its SHA-256 and its non-zero pairs as flat [glyph, next glyph,
 * kerning in font units] triples, for words with a Latin letter (`pairs`) and
 * for words without one (`commonPairs`: fontkit shapes those by the default script).
 */
export type KerningTable = Record<string, { sha256: string; pairs: number[]; commonPairs: number[] }>;

/** fontkit picks a word's script from its first letter of a script: in the main fonts, any Latin letter. */
export const LATIN_LETTER = /\p{Script=Latin}/u;

/** A font's complete kerning: `latin` for words with a Latin letter, `common` for the rest. */
export interface PairKerning {
  latin: Map<number, number>;
  common: Map<number, number>;
}

function pairMap(flat: number[]): Map<number, number> {
  const pairs = new Map<number, number>();
  for (let i = 0; i + 2 < flat.length; i += 3) pairs.set((flat[i] as number) * 65_536 + (flat[i + 1] as number), flat[i + 2] as number);
  return pairs;
}

/**
 * The complete pair kerning of each font file that has a matching precomputed
 * table, keyed by the font's bytes (the Buffer objects pdfmake reads). A key is
 * `glyph * 65536 + next glyph`; a pair absent from a complete table does not kern.
 * A missing or stale table (fonts updated without rerunning the script) gives
 * none: shaping then learns the pairs from fontkit, slower but the same result.
 */
export function loadKerning(dir: string, files: ReadonlyMap<string, Buffer>): Map<Buffer, PairKerning> {
  const out = new Map<Buffer, PairKerning>();
  const path = join(dir, KERNING_FILE);
  if (!existsSync(path)) return out;
  const table = JSON.parse(readFileSync(path, 'utf8')) as KerningTable;
  for (const file of KERNED_FONTS) {
    const bytes = files.get(join(dir, file));
    const entry = table[file];
    if (!bytes || !entry || !Array.isArray(entry.pairs) || !Array.isArray(entry.commonPairs)) continue;
    if (createHash('sha256').update(bytes).digest('hex') !== entry.sha256) continue;
    out.set(bytes, { latin: pairMap(entry.pairs), common: pairMap(entry.commonPairs) });
  }
  return out;
}
