/**
 * Makes user text safe to typeset: no control characters, no characters the
 * font cannot draw (they would print as empty boxes and vanish from the text
 * layer), no right-to-left runs (pdfmake lays out left to right only).
 * Whatever is replaced is replaced *visibly* with MISSING_MARK; the report's
 * appendix explains the mark.
 */

/** Printed in place of a run of characters the report's font cannot show. */
export const MISSING_MARK = '[?]';

/** Hard cap per text: beyond the schema's 10,000-character notes, a hostile caller gets a visible cut. */
export const MAX_TEXT_LENGTH = 20_000;

type Range = readonly [number, number];
const inRanges = (cp: number, ranges: readonly Range[]) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

// Joiners, variation selectors, skin tones, keycaps and combining marks belong
// to the character before them: after an unsupported character they are
// swallowed into its mark.
const ATTACHED: readonly Range[] = [
  [0x0300, 0x036f],
  [0x200c, 0x200d],
  [0x20e3, 0x20e3],
  [0xfe00, 0xfe0f],
  [0x1f3fb, 0x1f3ff],
  [0xe0100, 0xe01ef],
];
// C0/C1 controls (not \n), soft hyphen (we hyphenate ourselves), bidi controls, BOM, interlinear annotations.
const CONTROL: readonly Range[] = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x061c, 0x061c],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
  [0xfff9, 0xfffb],
];
// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan … and their presentation forms.
const RIGHT_TO_LEFT: readonly Range[] = [
  [0x0590, 0x08ff],
  [0xfb1d, 0xfdff],
  [0xfe70, 0xfeff],
  [0x10800, 0x10fff],
  [0x1e800, 0x1efff],
];
const LINE_BREAK = /\r\n|\r|\u2028|\u2029/g;
/**
 * Printable ASCII and Latin-1 (not the soft hyphen), dashes, quotes, "…",
 * "•" and "€": nothing to replace or drop, and the report's font draws all of them
 * (test/main/report/report-hostile.test.ts checks that against the font).
 * Nearly every Finnish or English text is made of these alone, so the
 * character-by-character pass below is skipped for it.
 */
export const PLAIN_TEXT = /^[\n\x20-\x7e\xa0-\xac\xae-\xff\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020\u2022\u2026\u2032\u2033\u2039\u203a\u20ac]*$/;

export interface SanitizeOptions {
  /** Whether the report's fonts can draw this code point. */
  hasGlyph: (codePoint: number) => boolean;
  /** Keep line breaks (notes) or fold them into spaces (names, titles). */
  multiline?: boolean;
}

/** Cleans one user text for the PDF; see the module comment. Linear in the length. */
export function sanitizeText(input: string, { hasGlyph, multiline = false }: SanitizeOptions): string {
  let text = input.length > MAX_TEXT_LENGTH ? `${input.slice(0, MAX_TEXT_LENGTH)} …` : input;
  // Composed form: "ä" typed on a Mac may arrive as "a" + a combining diaeresis.
  text = text.normalize('NFC').replace(LINE_BREAK, '\n').replace(/\t/g, ' ');
  if (!multiline) text = text.replace(/\n+/g, ' ');
  const out = PLAIN_TEXT.test(text) ? text : replaceUnprintable(text, hasGlyph);
  // "[?] [?] [?]" from a sentence of unsupported words reads better as one mark.
  const merged = out.replace(MARK_RUN, MISSING_MARK);
  return (multiline ? merged.replace(/[ ]+\n/g, '\n').replace(/\n{3,}/g, '\n\n') : merged.replace(/ {2,}/g, ' ')).trim();
}

const escaped = MISSING_MARK.replace(/[[\]?]/g, (c) => `\\${c}`);
const MARK_RUN = new RegExp(`${escaped}(?: +${escaped})+`, 'g');

/** Drops control characters and replaces each run the font cannot draw with one MISSING_MARK. */
function replaceUnprintable(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = '';
  let inMissing = false;
  for (const ch of text) {
    if (ch === '\n') {
      out += ch;
      inMissing = false;
      continue;
    }
    const cp = ch.codePointAt(0) as number;
    if (inRanges(cp, CONTROL)) continue;
    if (inMissing && inRanges(cp, ATTACHED)) continue;
    if (inRanges(cp, RIGHT_TO_LEFT) || !hasGlyph(cp)) {
      if (!inMissing) out += MISSING_MARK;
      inMissing = true;
      continue;
    }
    // A space between two unsupported runs (an RTL sentence) joins them into one mark.
    if (inMissing && ch === ' ') {
      out += ch;
      continue;
    }
    inMissing = false;
    out += ch;
  }
  return out;
}
