import { describe, expect, it } from 'vitest';
import { createFitter, type TextMeasure } from '../../core/report/line-break';

// Every character is 0.5 em wide: at size 10 a 100 pt box holds 19 characters
// (100 pt minus the 2 % safety margin).
const measure: TextMeasure = {
  advance: () => 0.5,
  // A toy hyphenator: breaks every word into pieces of three letters.
  hyphenate: (word) => word.match(/.{1,3}/gu) ?? [word],
};
const fitter = createFitter(measure);
const box = { width: 100, size: 10, face: 'regular' as const };
const fits = (line: string) => line.length * 5 <= 100 - 2;

describe('line breaking', () => {
  it('breaks at spaces and keeps every line within the width', () => {
    const lines = fitter.lines('aaaa bbbb cccc dddd eeee ffff gggg', box);
    expect(lines).toEqual(['aaaa bbbb cccc dddd', 'eeee ffff gggg']);
    for (const line of lines) expect(fits(line)).toBe(true);
  });

  it('hyphenates a word that does not fit, with a visible hyphen, at a pattern point', () => {
    const lines = fitter.lines('aaaa bbbb cccccccccccccccccc', box);
    // 'aaaa bbbb ' + 'ccccccccc-' would be 20 characters: one piece fewer fits.
    expect(lines[0]).toBe('aaaa bbbb cccccc-');
    expect(lines[1]).toBe('cccccccccccc');
    // No line ends inside a word without its hyphen: joining the halves gives back the text.
    expect(lines.join(' ').replace(/- /g, '')).toBe('aaaa bbbb cccccccccccccccccc');
  });

  it('does not add a second hyphen where a compound already has one', () => {
    const pieces: TextMeasure = { advance: () => 0.5, hyphenate: () => ['B2B-', 'asiakas', 'kokemus'] };
    expect(createFitter(pieces).lines('xxxxxxxxxxxxx B2B-asiakaskokemus', box)).toEqual(['xxxxxxxxxxxxx B2B-', 'asiakaskokemus']);
  });

  it('cuts an unbreakable run hard, in linear time, losing nothing', () => {
    const word = 'x'.repeat(100_000);
    const lines = fitter.lines(word, box);
    expect(lines.length).toBe(Math.ceil(100_000 / 19));
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(fits(line)).toBe(true);
  });

  it('measures each character, Latin-1 or not, astral or not, by its own advance in its face', () => {
    const asked: string[] = [];
    const widths: TextMeasure = {
      advance: (face, ch) => {
        asked.push(ch);
        return (face === 'bold' ? 2 : 1) * (ch === 'ä' ? 0.6 : ch === '😀' ? 1.2 : ch === 'Ł' ? 0.7 : 0.5);
      },
      hyphenate: (word) => [word],
    };
    const f = createFitter(widths);
    expect(f.width('aä😀Łä', 'regular', 10)).toBeCloseTo((0.5 + 0.6 + 1.2 + 0.7 + 0.6) * 10);
    expect(f.width('aä😀Łä', 'bold', 10)).toBeCloseTo((0.5 + 0.6 + 1.2 + 0.7 + 0.6) * 20);
    // An emoji is one character to the font, never two halves of a surrogate pair.
    expect(asked).not.toContain('\ud83d');
    // Each character is asked once per face.
    expect(asked.filter((c) => c === 'ä')).toHaveLength(2);
  });

  it('keeps paragraphs and ends a too-long label with an ellipsis', () => {
    expect(fitter.fit('aaa\nbbb', box)).toBe('aaa\nbbb');
    expect(fitter.ellipsis('x'.repeat(40), box)).toMatch(/^x+…$/);
    expect(fitter.ellipsis('short', box)).toBe('short');
  });

  it('uses the fallback font family only for characters that need it', () => {
    const withFallback = createFitter({ ...measure, fallback: (ch) => ch === 'Ł' });
    expect(withFallback.runs('Łukasz ja Anna')).toEqual([
      { text: 'Ł', fallback: true },
      { text: 'ukasz ja Anna', fallback: false },
    ]);
    expect(withFallback.runs('Äiti ja € 5')).toEqual([{ text: 'Äiti ja € 5', fallback: false }]);
  });
});
