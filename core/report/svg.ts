/**
 * Small helpers for the report's vector charts. The charts carry numbers and
 * questionnaire area names only, never user text (client, notes, owners):
 * SVG is parsed by pdfmake, and text inside it is not hyphenated or checked.
 */

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for an SVG text node or attribute. */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] as string);

/** A number for an SVG attribute: two decimals, no exponent, never NaN. */
export const num = (value: number): string => (Number.isFinite(value) ? (Math.round(value * 100) / 100).toString() : '0');

import type { Point } from '../model/diamond-geometry';
export type { Point };

export const points = (ps: readonly Point[]): string => ps.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');

/** Measures a text in pt at a size (semibold); injected so labels are wrapped with the real font. */
export type LabelWidth = (text: string, size: number) => number;

/** Greedy word wrap of a short label into at most `maxLines` lines no wider than `width`. */
export function wrapLabel(label: string, width: number, size: number, measure: LabelWidth, maxLines = 3): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ')];
}
