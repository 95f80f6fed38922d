/**
 * Greedy line breaking for the PDF, done before pdfmake sees the text:
 * pdfmake breaks Finnish words at soft hyphens without drawing a hyphen, and
 * its layout is quadratic in the length of an unbroken word. Here a paragraph
 * is measured by summing glyph advances (linear), broken at spaces, a word
 * that does not fit is hyphenated at a pattern point with a visible "-", and
 * a run with no break point at all is cut hard where the line is full.
 */

/** The font faces the report uses; main maps them to font files. */
export type FontFace = 'regular' | 'semibold' | 'bold';

export interface TextMeasure {
  /** Advance width of one character in em (width in pt at size 1). */
  advance: (face: FontFace, ch: string) => number;
  /**
   * Break points of one word: its pieces in order, joined they are the word.
   * A piece that ends in "-" already shows its own hyphen. `userText` marks
   * text the team wrote (notes, names), hyphenated in the assessment's
   * language even when the report is in the other one.
   */
  hyphenate: (word: string, userText: boolean) => string[];
  /** Characters drawn from a fallback font family (e.g. latin-ext letters); none when absent. */
  fallback?: (ch: string) => boolean;
}

/** A piece of a line drawn from the main font or from the fallback family. */
export interface Run {
  text: string;
  fallback: boolean;
}

export interface Box {
  /** Column width in pt. */
  width: number;
  size: number;
  face: FontFace;
  /** Text the team wrote (see TextMeasure.hyphenate). */
  userText?: boolean;
}

/** Kerning and rounding in pdfmake's own measure may differ from the sum of advances by a little. */
const SAFETY = (width: number) => Math.max(1.5, width * 0.02);

/** Longer "words" are not words (URLs, hashes, key-mashing): cut hard, never hyphenated. */
const MAX_HYPHENATED_WORD = 40;

/** Latin-1, general punctuation and "€": always in the main font, no need to look closer. */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff && !(c >= 0x2000 && c <= 0x206f) && c !== 0x20ac) return false;
  }
  return true;
}

/** Caches advances per face so a long text costs one map lookup per character. */
export function createFitter(measure: TextMeasure) {
  const caches = new Map<FontFace, Map<string, number>>();
  const advance = (face: FontFace, ch: string): number => {
    let cache = caches.get(face);
    if (!cache) caches.set(face, (cache = new Map()));
    let w = cache.get(ch);
    if (w === undefined) cache.set(ch, (w = measure.advance(face, ch)));
    return w;
  };
  // Latin-1 advances in a flat table per face: nearly every character of a report, no map lookup.
  const latin = new Map<FontFace, Float64Array>();
  const widthOf = (face: FontFace, text: string): number => {
    let table = latin.get(face);
    if (!table) latin.set(face, (table = new Float64Array(256).fill(-1)));
    let w = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 256) {
        let a = table[c] as number;
        if (a < 0) a = table[c] = advance(face, text[i] as string);
        w += a;
      } else {
        const cp = text.codePointAt(i) as number;
        const ch = String.fromCodePoint(cp);
        w += advance(face, ch);
        i += ch.length - 1;
      }
    }
    return w;
  };

  /** The lines of one paragraph (no "\n" inside) in a box. */
  function breakParagraph(paragraph: string, box: Box): string[] {
    const limit = (box.width - SAFETY(box.width)) / box.size;
    const space = advance(box.face, ' ');
    const hyphen = advance(box.face, '-');
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    const flush = () => {
      lines.push(line);
      line = '';
      lineWidth = 0;
    };

    /** Cuts a word with no usable break point into full lines; returns the tail left on the last line. */
    const hardBreak = (word: string) => {
      let start = 0;
      let w = lineWidth > 0 ? lineWidth + space : 0;
      let prefix = lineWidth > 0 ? `${line} ` : '';
      let i = 0;
      const chars = Array.from(word);
      for (; i < chars.length; i++) {
        const cw = advance(box.face, chars[i] as string);
        if (w + cw > limit && i > start) {
          lines.push(prefix + chars.slice(start, i).join(''));
          prefix = '';
          start = i;
          w = 0;
        }
        w += cw;
      }
      line = prefix + chars.slice(start).join('');
      lineWidth = w;
    };

    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue;
      const wordWidth = widthOf(box.face, word);
      const gap = lineWidth > 0 ? space : 0;
      if (lineWidth + gap + wordWidth <= limit) {
        line = lineWidth > 0 ? `${line} ${word}` : word;
        lineWidth += gap + wordWidth;
        continue;
      }
      if (Array.from(word).length > MAX_HYPHENATED_WORD) {
        hardBreak(word);
        continue;
      }
      // Hyphenate: take as many pieces as fit on this line, then on the following ones.
      let pieces = measure.hyphenate(word, box.userText ?? false).filter((p) => p.length > 0);
      while (pieces.length > 0) {
        const gapNow = lineWidth > 0 ? space : 0;
        const restWidth = widthOf(box.face, pieces.join(''));
        if (lineWidth + gapNow + restWidth <= limit) {
          line = lineWidth > 0 ? `${line} ${pieces.join('')}` : pieces.join('');
          lineWidth += gapNow + restWidth;
          pieces = [];
          break;
        }
        let take = 0;
        let takeWidth = 0;
        for (let k = 1; k < pieces.length; k++) {
          const head = pieces.slice(0, k).join('');
          const needsHyphen = !head.endsWith('-');
          const w = widthOf(box.face, head) + (needsHyphen ? hyphen : 0);
          if (lineWidth + gapNow + w > limit) break;
          take = k;
          takeWidth = w;
        }
        if (take > 0) {
          const head = pieces.slice(0, take).join('');
          line = `${lineWidth > 0 ? `${line} ` : ''}${head}${head.endsWith('-') ? '' : '-'}`;
          lineWidth += gapNow + takeWidth;
          flush();
          pieces = pieces.slice(take);
        } else if (lineWidth > 0) {
          flush();
        } else {
          // Not even the first piece fits an empty line: cut it hard.
          hardBreak(pieces.join(''));
          pieces = [];
        }
      }
    }
    if (line !== '' || lines.length === 0) lines.push(line);
    return lines;
  }

  /** Splits text into runs by font family; one run when nothing needs the fallback. */
  const runs = (text: string): Run[] => {
    const needs = measure.fallback;
    if (!needs || isPlain(text)) return [{ text, fallback: false }];
    const out: Run[] = [];
    for (const ch of text) {
      const fallback = needs(ch);
      const last = out[out.length - 1];
      if (last && last.fallback === fallback) last.text += ch;
      else out.push({ text: ch, fallback });
    }
    return out;
  };

  return {
    runs,
    /** Width of a text in pt. */
    width: (text: string, face: FontFace, size: number) => widthOf(face, text) * size,
    /** The text broken into lines that fit the box; paragraphs ("\n") kept. */
    lines: (text: string, box: Box): string[] => text.split('\n').flatMap((p) => breakParagraph(p, box)),
    /** The same, joined with "\n" for a pdfmake text node. */
    fit: (text: string, box: Box): string =>
      text
        .split('\n')
        .flatMap((p) => breakParagraph(p, box))
        .join('\n'),
    /** One line only: cut with an ellipsis when too wide (running headers, table labels). */
    ellipsis: (text: string, box: Box): string => {
      const limit = (box.width - SAFETY(box.width)) / box.size;
      if (widthOf(box.face, text) <= limit) return text;
      const budget = limit - advance(box.face, '…');
      let w = 0;
      let out = '';
      for (const ch of text) {
        w += advance(box.face, ch);
        if (w > budget) break;
        out += ch;
      }
      return `${out.trimEnd()}…`;
    },
  };
}

export type Fitter = ReturnType<typeof createFitter>;
