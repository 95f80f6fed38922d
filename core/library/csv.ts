import type { Assessment } from '../assessment/schema';

export const CSV_HEADER = ['client', 'assessment', 'date', 'area', 'statement_id', 'statement', 'participant', 'role', 'group', 'level', 'note'] as const;

/**
 * One cell, quoted when needed (RFC 4180). A cell that a spreadsheet would
 * read as a formula (=, +, -, @, tab, CR) gets a leading apostrophe: a note
 * typed in a workshop must never run as a formula on someone's laptop.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const levelText = (v: unknown): string => (v === 'na' ? 'N/A' : v === 'dont-know' ? '?' : v === undefined ? '' : String(v));

/**
 * One row per answer (every participant's vote and the agreed score, as
 * participant "(agreed)"), plus a row for a note on a statement nobody
 * scored. UTF-8 with a byte-order mark so Excel shows ä and ö right; CRLF
 * line ends as RFC 4180 asks.
 */
export function answersCsv(assessments: readonly Assessment[], agreedLabel = '(agreed)'): string {
  const rows: (string | number | null | undefined)[][] = [[...CSV_HEADER]];
  for (const a of assessments) {
    const lang = a.language;
    for (const area of a.questionnaire.areas) {
      for (const statement of area.statements) {
        const answer = a.answers[statement.id];
        const base = [a.client.name, a.title, a.date, area.title[lang], statement.id, statement.text[lang]];
        for (const p of a.participants) {
          const vote = answer?.votes?.[p.id];
          if (vote === undefined) continue;
          rows.push([...base, p.name, p.role, p.group, levelText(vote), '']);
        }
        if (answer?.agreed !== undefined || answer?.note) {
          rows.push([...base, agreedLabel, '', '', levelText(answer?.agreed), answer?.note]);
        }
      }
    }
  }
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
