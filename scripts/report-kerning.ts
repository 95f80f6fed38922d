/**
 * Precomputes the pair kerning of the report's main fonts (Inter latin) into
 * main/report/fonts/inter-kerning.json, so a report never runs fontkit's
 * OpenType layout (parsing GPOS and applying lookups cost a cold report about
 * a quarter of a second). Every pair of characters the font maps is laid out
 * once, with the same features main/report/shared-layout-cache.ts uses; only
 * non-zero pairs are kept, as glyph id pairs in font units. fontkit kerns a
 * word with no Latin letter in it (numbers, punctuation) by the font's default
 * script, which in Inter applies the kerning lookups twice: such pairs get a
 * second table, so shaping stays exactly what fontkit would do. Each font's entry
 * carries the SHA-256 of the font file: a table that does not match its font
 * is ignored at run time (the cache then learns pairs from fontkit as before).
 * The latin-ext fallback fonts are left out: they draw single letters in
 * names, and their 47,000 pairs would be half a megabyte.
 * Run by scripts/update-report-fonts.ts after the fonts change.
 *
 *   npx tsx scripts/report-kerning.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { KERNED_FONTS, KERNING_FEATURES, KERNING_FILE, type KerningTable, LATIN_LETTER } from '../main/report/kerning';

interface LayoutFont {
  characterSet: number[];
  layout(text: string, features: object, script?: string): { glyphs: { id: number; advanceWidth: number }[]; positions: { xAdvance: number }[] };
}

const dir = join(import.meta.dirname, '..', 'main', 'report', 'fonts');
const table: KerningTable = {};
for (const file of KERNED_FONTS) {
  const bytes = readFileSync(join(dir, file));
  const font = fontkit.create(bytes) as unknown as LayoutFont;
  const codePoints = font.characterSet.filter((cp) => cp >= 32).sort((a, b) => a - b);
  const pairs: number[] = [];
  const commonPairs: number[] = [];
  const kerning = (text: string, script?: string): [number, number, number] | undefined => {
    const run = font.layout(text, KERNING_FEATURES, script);
    const first = run.glyphs[0];
    const second = run.glyphs[1];
    if (run.glyphs.length !== 2 || !first || !second) return undefined;
    return [first.id, second.id, (run.positions[0]?.xAdvance ?? first.advanceWidth) - first.advanceWidth];
  };
  for (const a of codePoints) {
    for (const b of codePoints) {
      const text = String.fromCodePoint(a, b);
      const latin = kerning(text, 'latn');
      if (latin && latin[2] !== 0) pairs.push(...latin);
      if (LATIN_LETTER.test(text)) continue;
      const common = kerning(text);
      if (common && common[2] !== 0) commonPairs.push(...common);
    }
  }
  table[file] = { sha256: createHash('sha256').update(bytes).digest('hex'), pairs, commonPairs };
  process.stdout.write(`${file}: ${pairs.length / 3} kerning pairs, ${commonPairs.length / 3} without letters\n`);
}
writeFileSync(join(dir, KERNING_FILE), `${JSON.stringify(table)}\n`);
