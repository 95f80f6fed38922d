import type { Box, FontFace, Fitter } from './line-break';

/**
 * The report's page, type scale and colours, and the small builders every
 * section uses. All text goes through the fitter with the exact width of its
 * column, so pdfmake never breaks a line itself (see line-break.ts).
 */

/** A pdfmake document node. Core cannot import pdfmake's types, so this stays loose on purpose. */
export type PdfNode = { [key: string]: unknown } | string | PdfNode[];

export const PAGE = { width: 595.28, height: 841.89, left: 62, right: 62, top: 74, bottom: 62 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** The app's palette (renderer/src/theme.ts), with greys for secondary text and rules. */
export const COLOUR = {
  primary: '#1d4e89',
  secondary: '#0f766e',
  text: '#14202e',
  muted: '#5b6675',
  rule: '#d5dbe3',
  band: '#f1f4f8',
  warn: '#9a3412',
  warnBand: '#fff4ec',
} as const;

export const SIZE = { body: 9.5, small: 8, tiny: 7, h1: 20, h2: 13, h3: 10.5, figure: 40 } as const;
export const LINE_HEIGHT = 1.32;

/** pdfmake font family and bold flag of each face (main registers the files). */
export const FACE_FONT: Record<FontFace, { font: string; bold: boolean }> = {
  regular: { font: 'Inter', bold: false },
  semibold: { font: 'InterSemi', bold: false },
  bold: { font: 'Inter', bold: true },
};

/** The latin-ext family that draws what the main font lacks (Š, Ł, ő …). */
export const FALLBACK_FONT: Record<FontFace, string> = { regular: 'InterExt', semibold: 'InterExtSemi', bold: 'InterExt' };

export interface TextStyle {
  face?: FontFace;
  size?: number;
  color?: string;
  margin?: [number, number, number, number];
  alignment?: 'left' | 'right' | 'center';
  lineHeight?: number;
  /** Written by the team: hyphenated in the assessment's language. */
  userText?: boolean;
}

/** A paragraph broken to `width` (pt), as a pdfmake text node. */
export function para(fitter: Fitter, text: string, width: number, style: TextStyle = {}): { [key: string]: unknown } {
  const face = style.face ?? 'regular';
  const size = style.size ?? SIZE.body;
  const box: Box = { width, size, face, ...(style.userText ? { userText: true } : {}) };
  const fitted = fitter.fit(text, box);
  const runs = fitter.runs(fitted);
  return {
    text: runs.length === 1 && !runs[0]?.fallback ? fitted : runs.map((r) => (r.fallback ? { text: r.text, font: FALLBACK_FONT[face] } : r.text)),
    ...FACE_FONT[face],
    fontSize: size,
    color: style.color ?? COLOUR.text,
    lineHeight: style.lineHeight ?? LINE_HEIGHT,
    // Already broken into lines here: main/report/pre-broken-text.ts has pdfmake keep each line whole.
    preBroken: true,
    ...(style.margin ? { margin: style.margin } : {}),
    ...(style.alignment ? { alignment: style.alignment } : {}),
  };
}

/** How many lines a paragraph takes: used to keep short blocks together on a page. */
export const lineCount = (fitter: Fitter, text: string, width: number, face: FontFace = 'regular', size: number = SIZE.body): number =>
  fitter.lines(text, { width, size, face }).length;

/** Cell padding of every table; widths given to tables are content widths (pdfmake adds the padding). */
export const CELL_PAD = { x: 5, y: 4 } as const;

/** Widths of the columns for a table filling `total` pt, from relative shares. */
export function columns(total: number, shares: number[]): number[] {
  const inner = total - shares.length * 2 * CELL_PAD.x;
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((s) => Math.floor(((inner * s) / sum) * 100) / 100);
}

/** Quiet tables: a rule under the header row and thin rules between rows, no verticals. */
export const TABLE_LAYOUT = {
  hLineWidth: (i: number, node: { table: { body: unknown[]; headerRows?: number } }) => (i === 0 ? 0 : i === (node.table.headerRows ?? 0) ? 0.9 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i: number, node: { table: { headerRows?: number } }) => (i === (node.table.headerRows ?? 0) ? COLOUR.muted : COLOUR.rule),
  paddingLeft: () => CELL_PAD.x,
  paddingRight: () => CELL_PAD.x,
  paddingTop: () => CELL_PAD.y,
  paddingBottom: () => CELL_PAD.y,
};

/** A layout with no lines at all (for side-by-side blocks). */
export const PLAIN_LAYOUT = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => CELL_PAD.x,
  paddingRight: () => CELL_PAD.x,
  paddingTop: () => CELL_PAD.y,
  paddingBottom: () => CELL_PAD.y,
};

/** A section heading that appears in the table of contents. */
export function heading(fitter: Fitter, text: string, level: 1 | 2, opts: { pageBreak?: boolean; id?: string } = {}): PdfNode {
  const size = level === 1 ? SIZE.h1 : SIZE.h2;
  return {
    ...para(fitter, text, CONTENT_WIDTH, {
      face: level === 1 ? 'bold' : 'semibold',
      size,
      color: level === 1 ? COLOUR.primary : COLOUR.text,
      lineHeight: 1.15,
    }),
    tocItem: true,
    tocStyle: level === 1 ? { font: 'InterSemi', fontSize: 10.5 } : { fontSize: 9.5, color: COLOUR.muted },
    tocMargin: level === 1 ? [0, 7, 0, 0] : [16, 2, 0, 0],
    headlineLevel: level,
    margin: level === 1 ? [0, 0, 0, 14] : [0, 0, 0, 8],
    ...(opts.pageBreak ? { pageBreak: 'before' } : {}),
    ...(opts.id ? { id: opts.id } : {}),
  };
}

/** A small capitalised label above a figure or a block. */
export const label = (fitter: Fitter, text: string, width: number, color: string = COLOUR.muted): PdfNode =>
  para(fitter, text.toUpperCase(), width, { face: 'semibold', size: SIZE.tiny, color, margin: [0, 0, 0, 3] });

export const rule = (width = CONTENT_WIDTH, color: string = COLOUR.rule, weight = 0.6): PdfNode => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: weight, lineColor: color }],
});
