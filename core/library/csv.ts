import type { Assessment } from '../assessment/schema';
import type { ComparisonOverTime } from '../compare';
import { comparisonTable } from '../export/comparison-tables';
import { answersTable, type Cell, type Table } from '../export/tables';
import type { Language } from '../settings';

/**
 * Finnish Excel splits CSV at ";" (its decimal mark is the comma), English
 * Excel at ",": the separator and the decimal mark follow the user's
 * language, as do the headers and labels.
 */
export const CSV_FORMAT: Record<Language, { separator: string; decimal: string }> = {
  fi: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
};

/**
 * One cell, quoted when needed (RFC 4180). A cell that a spreadsheet would
 * read as a formula (=, +, -, @, tab, CR) gets a leading apostrophe: a note
 * typed in a workshop must never run as a formula on someone's laptop.
 */
export function csvCell(value: Cell | undefined, separator = ','): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return s.includes(separator) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Every answer with its area's score (core/export/tables.ts), in the user's
 * language. UTF-8 with a byte-order mark so Excel shows ä and ö right; CRLF
 * line ends as RFC 4180 asks.
 */
export function answersCsv(assessments: readonly Assessment[], language: Language): string {
  return tableCsv(answersTable(assessments, language, { withAreaScore: true }), language);
}

/** A comparison over time (core/export/comparison-tables.ts): scores per area per assessment, then one row per KPI value. */
export function comparisonCsv(comparison: ComparisonOverTime, assessments: readonly Assessment[], language: Language): string {
  return tableCsv(comparisonTable(comparison, assessments, language), language);
}

function tableCsv(table: Table, language: Language): string {
  const { separator, decimal } = CSV_FORMAT[language];
  const cell = (value: Cell) => csvCell(typeof value === 'number' ? String(value).replace('.', decimal) : value, separator);
  return '\uFEFF' + [table.header, ...table.rows].map((r) => r.map(cell).join(separator)).join('\r\n') + '\r\n';
}
