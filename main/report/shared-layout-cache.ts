import PDFDocument from 'pdfkit';

/**
 * pdfkit shapes every word once per document (fontkit's OpenType shaping is
 * most of a report's run time) and forgets it with the document. This keeps
 * the shaped words for the life of the process, per font file, so a warm
 * worker's second report shapes only words it has not seen. Keyed by the
 * font's bytes (the same Buffer objects every report, from pdfmake's
 * in-memory file system): two files with one PostScript name (Inter latin and
 * latin-ext) never share glyph ids by mistake. Bounded in size.
 */
const MAX_WORDS_PER_FONT = 100_000;

/**
 * Kerning and marks stay; Inter's contextual alternates and ligatures (most
 * of the substitution work) add nothing visible in report text.
 */
const FEATURES = { calt: false, liga: false, clig: false, rlig: false, rclt: false, ccmp: false };

interface EmbeddedFontLike {
  font: { stream?: { buffer?: unknown } };
  layoutRun(text: string, features?: unknown): unknown;
  layoutCached(text: string): unknown;
}

let installed = false;

/** Patches pdfkit's font class once; `sampleFont` is any TrueType font used to reach the class. */
export function installSharedLayoutCache(sampleFont: Buffer): void {
  if (installed) return;
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.font(sampleFont);
  const proto = Object.getPrototypeOf((doc as unknown as { _font: object })._font) as EmbeddedFontLike;
  if (typeof proto.layoutCached !== 'function' || typeof proto.layoutRun !== 'function') return;
  const caches = new WeakMap<object, Map<string, unknown>>();
  const original = proto.layoutCached;
  proto.layoutCached = function (this: EmbeddedFontLike, text: string) {
    const bytes = this.font.stream?.buffer;
    if (typeof bytes !== 'object' || bytes === null) return original.call(this, text);
    let cache = caches.get(bytes);
    if (!cache) caches.set(bytes, (cache = new Map()));
    let run = cache.get(text);
    if (run === undefined) {
      if (cache.size >= MAX_WORDS_PER_FONT) cache.clear();
      run = this.layoutRun(text, FEATURES);
      cache.set(text, run);
    }
    return run;
  };
  installed = true;
}
