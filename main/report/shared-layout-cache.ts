import PDFDocument from 'pdfkit';
import { KERNING_FEATURES as FEATURES, LATIN_LETTER, type PairKerning } from './kerning';

/**
 * Faster text shaping for pdfkit, shared by every report in the process.
 *
 * pdfkit shapes every word with fontkit's full OpenType engine, once per
 * document, and forgets it with the document: on a cold report that is a
 * third of the run time. Report text needs only two things from shaping —
 * the character-to-glyph map and kerning — so a word here is its glyphs from
 * the font's cmap plus pair kerning, and each kerning pair is asked of
 * fontkit once per process (a report has about a thousand pairs but tens of
 * thousands of letters; a word with an unseen pair is laid out once and
 * teaches all of its pairs). Words and pairs are cached per font file, keyed by
 * the font's bytes (the same Buffer objects every report, from pdfmake's
 * in-memory file system), so Inter latin and latin-ext, which share a
 * PostScript name, never share glyph ids. A font with a precomputed table
 * (main/report/kerning.ts) starts with all of its pairs and never asks
 * fontkit. User text is NFC-normalised before it gets here (sanitize.ts), so
 * no combining marks need positioning.
 */
const MAX_ENTRIES_PER_FONT = 100_000;

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
interface Run {
  glyphs: Glyph[];
  positions: Position[];
  advanceWidth: number;
}
interface FontkitFont {
  stream?: { buffer?: unknown };
  glyphsForString(text: string): Glyph[];
  layout(text: string, features?: object): { glyphs: Glyph[]; positions: { xAdvance: number }[] };
}
interface EmbeddedFontLike {
  font: FontkitFont;
  scale: number;
  layoutCached(text: string): Run;
  encode(text: string, features?: unknown): [string[], Position[]];
}

interface FontCache {
  words: Map<string, Run>;
  kerning: Map<number, number>;
  /** The font's complete precomputed kerning, when it has one: then fontkit is never asked. */
  complete?: PairKerning;
}

let installed = false;

function shape(font: FontkitFont, scale: number, cache: FontCache, text: string): Run {
  const glyphs = font.glyphsForString(text);
  const pairKey = (i: number) => (glyphs[i] as Glyph).id * 65_536 + (glyphs[i + 1] as Glyph).id;
  if (cache.complete) {
    const pairs = LATIN_LETTER.test(text) ? cache.complete.latin : cache.complete.common;
    return positioned(glyphs, scale, (i) => pairs.get(pairKey(i)) ?? 0);
  }
  let unknown = false;
  for (let i = 0; i + 1 < glyphs.length && !unknown; i++) unknown = !cache.kerning.has(pairKey(i));
  if (unknown) {
    // One fontkit call for the whole word teaches every pair in it; later words mostly need none.
    const run = font.layout(text, FEATURES);
    const aligned = run.glyphs.length === glyphs.length && run.glyphs.every((g, i) => g.id === glyphs[i]?.id);
    for (let i = 0; i + 1 < glyphs.length; i++) {
      const a = glyphs[i] as Glyph;
      const key = pairKey(i);
      if (cache.kerning.has(key)) continue;
      if (aligned) cache.kerning.set(key, (run.positions[i]?.xAdvance ?? a.advanceWidth) - a.advanceWidth);
      else {
        const b = glyphs[i + 1] as Glyph;
        const pair = a.codePoints.length && b.codePoints.length ? font.layout(String.fromCodePoint(...a.codePoints, ...b.codePoints), FEATURES) : undefined;
        cache.kerning.set(
          key,
          pair && pair.glyphs.length === 2 && pair.glyphs[0]?.id === a.id ? (pair.positions[0]?.xAdvance ?? a.advanceWidth) - a.advanceWidth : 0,
        );
      }
    }
  }
  return positioned(glyphs, scale, (i) => cache.kerning.get(pairKey(i)) ?? 0);
}

/** Glyphs positioned by their advances plus the kerning of each pair (`kern(i)`: glyph i and i + 1). */
function positioned(glyphs: Glyph[], scale: number, kern: (i: number) => number): Run {
  const positions: Position[] = glyphs.map((g, i) => {
    const k = i + 1 < glyphs.length ? kern(i) : 0;
    return { xAdvance: (g.advanceWidth + k) * scale, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: g.advanceWidth * scale };
  });
  return { glyphs, positions, advanceWidth: positions.reduce((sum, p) => sum + p.xAdvance, 0) };
}

/**
 * Patches pdfkit's font class once; `sampleFont` is any TrueType font used to
 * reach the class, `kerning` the complete pair tables of fonts by their bytes.
 */
export function installSharedLayoutCache(sampleFont: Buffer, kerning: ReadonlyMap<object, PairKerning> = new Map()): void {
  if (installed) return;
  // font: null: no standard font (pdfkit would read Helvetica.afm from its own folder, absent when bundled).
  const doc = new PDFDocument({ autoFirstPage: false, font: null });
  doc.font(sampleFont);
  const proto = Object.getPrototypeOf((doc as unknown as { _font: object })._font) as EmbeddedFontLike;
  if (typeof proto.layoutCached !== 'function') return;
  const caches = new WeakMap<object, FontCache>();
  const original = proto.layoutCached;
  proto.layoutCached = function (this: EmbeddedFontLike, text: string) {
    const bytes = this.font.stream?.buffer;
    if (typeof bytes !== 'object' || bytes === null || typeof this.font.glyphsForString !== 'function') return original.call(this, text);
    let cache = caches.get(bytes);
    if (!cache) {
      const complete = kerning.get(bytes);
      caches.set(bytes, (cache = { words: new Map(), kerning: new Map(), ...(complete ? { complete } : {}) }));
    }
    let run = cache.words.get(text);
    if (run === undefined) {
      if (cache.words.size >= MAX_ENTRIES_PER_FONT) cache.words.clear();
      run = shape(this.font, this.scale, cache, text);
      cache.words.set(text, run);
    }
    return run;
  };
  // A line drawn again in the same document (repeated notes, table labels) is encoded once. The
  // cache belongs to the document's font object, whose subset already holds the line's glyphs;
  // pdfkit only reads the result.
  const encodings = new WeakMap<object, Map<string, [string[], Position[]]>>();
  const encode = proto.encode;
  proto.encode = function (this: EmbeddedFontLike, text: string, features?: unknown) {
    if (features !== undefined && features !== null) return encode.call(this, text, features);
    let lines = encodings.get(this);
    if (!lines) encodings.set(this, (lines = new Map()));
    let encoded = lines.get(text);
    if (encoded === undefined) lines.set(text, (encoded = encode.call(this, text)));
    return encoded;
  };
  installed = true;
}
