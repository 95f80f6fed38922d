/** U+00AD: invisible, unless a line breaks there; then the browser draws a hyphen. */
export const SOFT_HYPHEN = '\u00ad';

/**
 * A pattern library's hyphenation of one word: the word with `mark` at every
 * point where it may break ("asia|kas|ym|mär|rys"). The renderer passes the
 * `hyphen` package's Finnish or English patterns in; core has no library.
 */
export type MarkBreaks = (word: string, mark: string) => string;

export interface HyphenationRules {
  /** Words with fewer letters in a row stay whole (default 5). */
  minWordLetters?: number;
  /** Letters that must stay at the start and at the end of a word: 3 keeps "tu-lokset" and "viikol-la" whole (default 2). */
  edgeLetters?: number;
}

const letters = (piece: string): number => piece.match(/\p{L}/gu)?.length ?? 0;

/** Joins pieces so that none has fewer than `min` letters, folding each short one into its neighbour. */
function mergeShort(pieces: string[], edge: number): string[] {
  const out = [...pieces];
  while (out.length > 1 && letters(out[0] as string) < edge) out.splice(0, 2, `${out[0]}${out[1]}`);
  while (out.length > 1 && letters(out[out.length - 1] as string) < edge) out.splice(-2, 2, `${out[out.length - 2]}${out[out.length - 1]}`);
  // Inside a word: never a single letter alone between two breaks ("sys-tem-ati-cal-ly", not "at-i").
  return out.reduce<string[]>((merged, piece) => {
    const last = merged[merged.length - 1];
    if (last !== undefined && (letters(piece) < 2 || letters(last) < 2)) merged[merged.length - 1] = last + piece;
    else merged.push(piece);
    return merged;
  }, []);
}

/**
 * A word's hyphenation points, as the pieces between them ("asia", "kas",
 * "ym", …). A word joined with "-" ("B2B-asiakkuudessa") breaks after its
 * hyphen, and each part by the patterns. As in Finnish typesetting, no break
 * leaves a single letter, punctuation included ("tietoa." never ends in
 * "a."); `edgeLetters` asks for more at either end of a word.
 */
export function hyphenationPieces(word: string, markBreaks: MarkBreaks, rules: HyphenationRules = {}): string[] {
  const { minWordLetters = 5, edgeLetters = 2 } = rules;
  const long = new RegExp(`\\p{L}{${Math.max(minWordLetters, 2)},}`, 'u');
  return word
    .split(/(?<=-)/)
    .flatMap((part) => (long.test(part) ? mergeShort(markBreaks(part, SOFT_HYPHEN).split(SOFT_HYPHEN), Math.max(edgeLetters, 2)) : [part]))
    .filter((piece) => piece.length > 0);
}

/**
 * `text` with a soft hyphen at every hyphenation point, so a browser breaks a
 * long word at a syllable with a visible hyphen instead of overflowing or
 * cutting it anywhere. Spacing is kept; a word that already has soft hyphens
 * (placed by the author) is left as it is; no soft hyphen goes right after a
 * written hyphen, where the browser breaks anyway.
 */
export function insertSoftHyphens(text: string, markBreaks: MarkBreaks, rules: HyphenationRules = {}): string {
  return text
    .split(/(\s+)/)
    .map((token) =>
      token.includes(SOFT_HYPHEN) || !/\p{L}/u.test(token)
        ? token
        : hyphenationPieces(token, markBreaks, rules).join(SOFT_HYPHEN).replaceAll(`-${SOFT_HYPHEN}`, '-'),
    )
    .join('');
}
