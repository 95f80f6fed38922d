import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import * as fontkit from 'fontkit';
import type { FontFace } from '../../core/report/line-break';

/**
 * The report's fonts: Inter (SIL OFL, the UI's typeface), unpacked from
 * @fontsource/inter's .woff to TrueType by scripts/update-report-fonts.ts
 * (fontkit cannot read .woff2, and inflates .woff in slow JavaScript). The latin subset covers Finnish, Swedish, "€"
 * and typographic quotes; latin-ext adds Š, Ž, Ł, ő and the rest of Central
 * European names, drawn from a second font family per character.
 * The files live in main/report/fonts and are copied to out/main/fonts by
 * the build (electron.vite.config.ts), so the packaged app and the CLI never
 * depend on devDependencies.
 */
const FILES = {
  regular: 'inter-latin-400-normal.ttf',
  semibold: 'inter-latin-600-normal.ttf',
  bold: 'inter-latin-700-normal.ttf',
  extRegular: 'inter-latin-ext-400-normal.ttf',
  extSemibold: 'inter-latin-ext-600-normal.ttf',
  extBold: 'inter-latin-ext-700-normal.ttf',
} as const;

/** Where the font files are: beside this module in the sources, out/main/fonts when built (also from a chunk folder). */
export function findFontDir(start: string = import.meta.dirname): string {
  const candidates = [join(start, 'fonts'), join(start, '..', 'fonts'), join(start, 'report', 'fonts'), join(start, '..', '..', 'main', 'report', 'fonts')];
  const found = candidates.find((dir) => existsSync(join(dir, FILES.regular)));
  if (!found) throw new Error(`report fonts not found (looked in ${candidates.join(', ')})`);
  return resolve(found);
}

export interface ReportFonts {
  dir: string;
  /** pdfmake's font table: one family per weight so "semibold" is a family, not a flag. Names refer to `files`. */
  descriptors: () => Record<string, Record<string, string>>;
  /** The font files by absolute path, preloaded into pdfmake's in-memory file system (charts' text reads them from disk). */
  files: Map<string, Buffer>;
  /** Advance width in em of a character in a face (from the font that will draw it). */
  advance: (face: FontFace, ch: string) => number;
  /** Whether any of the report's fonts can draw the code point. */
  hasGlyph: (codePoint: number) => boolean;
  /** Whether the code point is drawn from the latin-ext fallback family. */
  needsFallback: (codePoint: number) => boolean;
  /** pdfmake may read the font folder's files and nothing else. */
  allowed: (path: string) => boolean;
}

let cached: ReportFonts | undefined;

/** Loads the fonts once per process (a warm worker reuses them). */
export function loadReportFonts(): ReportFonts {
  if (cached) return cached;
  const dir = findFontDir();
  const path = (file: string) => join(dir, file);
  const files = new Map(Object.values(FILES).map((file) => [path(file), readFileSync(path(file))]));
  const open = (file: string) => fontkit.create(files.get(path(file)) as Buffer);
  const main = { regular: open(FILES.regular), semibold: open(FILES.semibold), bold: open(FILES.bold) };
  const ext = { regular: open(FILES.extRegular), semibold: open(FILES.extSemibold), bold: open(FILES.extBold) };
  const inMain = (cp: number) => main.regular.hasGlyphForCodePoint(cp);
  const inExt = (cp: number) => ext.regular.hasGlyphForCodePoint(cp);
  cached = {
    dir,
    files,
    descriptors: () => ({
      Inter: { normal: path(FILES.regular), bold: path(FILES.bold) },
      InterSemi: { normal: path(FILES.semibold), bold: path(FILES.bold) },
      InterExt: { normal: path(FILES.extRegular), bold: path(FILES.extBold) },
      InterExtSemi: { normal: path(FILES.extSemibold), bold: path(FILES.extBold) },
    }),
    advance: (face, ch) => {
      const cp = ch.codePointAt(0) ?? 32;
      const font = inMain(cp) || !inExt(cp) ? main[face] : ext[face];
      return font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
    },
    hasGlyph: (cp) => cp === 10 || inMain(cp) || inExt(cp),
    needsFallback: (cp) => !inMain(cp) && inExt(cp),
    allowed: (p) => resolve(p).startsWith(dir + sep),
  };
  return cached;
}
