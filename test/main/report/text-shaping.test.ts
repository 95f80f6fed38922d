import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import StyleContextStackModule from 'pdfmake/js/StyleContextStack.js';
import TextBreakerModule from 'pdfmake/js/TextBreaker.js';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { findFontDir } from '../../../main/report/fonts';
import { KERNED_FONTS, KERNING_FEATURES, LATIN_LETTER, loadKerning } from '../../../main/report/kerning';
import { installPreBrokenText } from '../../../main/report/pre-broken-text';
import { installSharedFonts } from '../../../main/report/shared-fonts';

interface LayoutFont {
  glyphsForString(text: string): { id: number; advanceWidth: number }[];
  layout(text: string, features: object): { glyphs: { id: number; advanceWidth: number }[]; positions: { xAdvance: number }[] };
}

const dir = findFontDir(join(import.meta.dirname, '../../../main/report'));
const files = new Map(KERNED_FONTS.map((file) => [join(dir, file), readFileSync(join(dir, file))]));
const SAMPLE =
  'Asiakaskokemuksen johtamisen kypsyysarvio 2026: Yritys, jolla on selkeä strategia, tavoitteet ja mittarit (NPS 42, CES 3,1). ' +
  'Työntekijät ymmärtävät, miten "asiakaslupaus" näkyy päivittäisessä työssä – Vastuu, Tavoite, Yhteistyö, Åbo, Växjö, AVATA, LT, Ty, Te, Yo. ' +
  'Customer experience maturity: We Value, Type, Tyre, Wave, Avoid; "quotes" and (brackets) 1,1, 2–5.';

describe('precomputed kerning (main/report/fonts/inter-kerning.json)', () => {
  const tables = loadKerning(dir, files);

  it('covers every main font, and each pair equals what fontkit lays out in whole words', () => {
    expect(tables.size).toBe(KERNED_FONTS.length);
    for (const [path, bytes] of files) {
      const pairs = tables.get(bytes);
      expect(pairs, path).toBeDefined();
      const font = fontkit.create(bytes) as unknown as LayoutFont;
      let kerned = 0;
      for (const word of SAMPLE.split(' ').map((w) => `${w} `)) {
        const glyphs = font.glyphsForString(word);
        const run = font.layout(word, KERNING_FEATURES);
        expect(run.glyphs.map((g) => g.id)).toEqual(glyphs.map((g) => g.id));
        for (let i = 0; i + 1 < glyphs.length; i++) {
          const a = glyphs[i] as { id: number; advanceWidth: number };
          const expected = (run.positions[i]?.xAdvance ?? 0) - a.advanceWidth;
          const table = LATIN_LETTER.test(word) ? pairs?.latin : pairs?.common;
          const actual = table?.get(a.id * 65_536 + (glyphs[i + 1] as { id: number }).id) ?? 0;
          expect(actual, `${path} ${JSON.stringify(word)} at ${i}`).toBe(expected);
          if (expected !== 0) kerned++;
        }
      }
      // The sample really exercises kerning (Ty, Va, LT, "Yo", …).
      expect(kerned).toBeGreaterThan(20);
    }
  });

  it('ignores a table whose font bytes changed (fonts updated without rerunning scripts/report-kerning.ts)', () => {
    const changed = new Map([...files].map(([path, bytes]) => [path, Buffer.concat([bytes, Buffer.from([0])])]));
    expect(loadKerning(dir, changed).size).toBe(0);
  });
});

describe('pre-broken text in pdfmake (main/report/pre-broken-text.ts)', () => {
  const unwrap = <T>(module: unknown): T => (module as { default?: T }).default ?? (module as T);
  type Stack = { push(item: object): void };
  const Styles = unwrap<new (styles: object, defaults: object) => Stack>(StyleContextStackModule);
  const Breaker =
    unwrap<new () => { getBreaks(texts: unknown, stack: Stack): { text: string; lineEnd?: boolean; noNewLine?: boolean; font?: string }[] }>(TextBreakerModule);
  installPreBrokenText();

  it('makes each line one inline, keeping font runs together on their line', () => {
    const stack = new Styles({}, {});
    stack.push({ preBroken: true });
    const breaks = new Breaker().getBreaks(['Asiakaskokemus on johtamisen ', { text: 'Ł', font: 'InterExt' }, 'ukasz asia\nToinen rivi\n'], stack);
    expect(breaks.map((b) => [b.text, Boolean(b.lineEnd), Boolean(b.noNewLine)])).toEqual([
      ['Asiakaskokemus on johtamisen ', false, true],
      ['Ł', false, true],
      ['ukasz asia', true, false],
      ['Toinen rivi', true, false],
    ]);
    expect(breaks[1]?.font).toBe('InterExt');
  });

  it('leaves other text to pdfmake, which breaks it into words', () => {
    const breaks = new Breaker().getBreaks('Asiakaskokemus on johtamisen asia', new Styles({}, {}));
    expect(breaks.map((b) => b.text)).toEqual(['Asiakaskokemus ', 'on ', 'johtamisen ', 'asia']);
  });
});

describe('fonts parsed once per process (main/report/shared-fonts.ts)', () => {
  type Doc = { _font: { font: object; id: string }; font(src: unknown): Doc };
  installSharedFonts(files);
  const [[path, bytes]] = [...files] as [[string, Buffer]];
  const newDoc = () => new PDFDocument({ autoFirstPage: false, font: null }) as unknown as Doc;

  it('gives each document its own embedded font around one parsed font, whether asked by bytes or by path', () => {
    const first = newDoc();
    const byBytes = first.font(bytes)._font;
    // The charts' SVG text asks by path: the same font object in the same document, so it is embedded once.
    expect(first.font(path)._font).toBe(byBytes);
    const second = newDoc();
    const again = second.font(path)._font;
    expect(again).not.toBe(byBytes);
    expect(again.font).toBe(byBytes.font);
    expect(second.font(bytes)._font).toBe(again);
  });

  it('leaves any other font to pdfkit', () => {
    const doc = newDoc();
    const copy = Buffer.from(bytes);
    expect(doc.font(copy)._font.font).not.toBe(newDoc().font(bytes)._font.font);
  });
});
