import writeExcelFile, { type Cell as XlsxCell, type SheetData } from 'write-excel-file/node';
import type { Assessment } from '../../core/assessment/schema';
import type { ComparisonOverTime } from '../../core/compare';
import { comparisonKpiTable, comparisonScoresTable, comparisonSheetNames } from '../../core/export/comparison-tables';
import { answersTable, sheetNames, summaryTable, type Table } from '../../core/export/tables';
import type { Language } from '../../core/settings';

/** Column widths in characters by kind: wide enough to read, narrow enough to see a row at once. */
const WIDTH: Record<Table['kinds'][number], number> = { text: 22, long: 60, label: 14, date: 12, score: 10, count: 10, number: 12 };
const DATE_FORMAT: Record<Language, string> = { fi: 'd.m.yyyy', en: 'dd/mm/yyyy' };

/**
 * Formats the data for the spreadsheet: scores as numbers with one decimal
 * (Excel shows the decimal mark of the user's own Excel), dates as dates,
 * long texts wrapped, a bold header row that stays in view.
 */
function sheet(table: Table, name: string, language: Language) {
  const header: XlsxCell[] = table.header.map((value) => ({ value, fontWeight: 'bold', wrap: true, alignVertical: 'top' }));
  const rows: SheetData = table.rows.map((row) =>
    row.map((value, i): XlsxCell => {
      const kind = table.kinds[i];
      if (value === null) return null;
      if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
        return { value: new Date(`${value}T00:00:00Z`), type: Date, format: DATE_FORMAT[language], alignVertical: 'top' };
      if (typeof value === 'number' && kind === 'number') return { value, type: Number, alignVertical: 'top' };
      if (typeof value === 'number') return { value, type: Number, format: kind === 'score' ? '0.0' : '0', alignVertical: 'top' };
      return { value, type: String, wrap: kind === 'long', alignVertical: 'top' };
    }),
  );
  return { data: [header, ...rows], sheet: name, columns: table.kinds.map((k) => ({ width: WIDTH[k] })), stickyRowsCount: 1 };
}

/** The assessment as an Excel workbook: a summary sheet and an answers sheet, in the user's language. */
export async function assessmentWorkbook(assessment: Assessment, language: Language): Promise<Buffer> {
  const names = sheetNames(language);
  const workbook = writeExcelFile([
    sheet(summaryTable([assessment], language), names.summary, language),
    sheet(answersTable([assessment], language), names.answers, language),
  ]);
  return (await workbook.toBuffer()) as Buffer;
}

/** A comparison over time as a workbook: scores per area per assessment, and every KPI value. */
export async function comparisonWorkbook(comparison: ComparisonOverTime, assessments: readonly Assessment[], language: Language): Promise<Buffer> {
  const names = comparisonSheetNames(language);
  const workbook = writeExcelFile([
    sheet(comparisonScoresTable(comparison, assessments, language), names.scores, language),
    sheet(comparisonKpiTable(comparison, assessments, language), names.kpis, language),
  ]);
  return (await workbook.toBuffer()) as Buffer;
}
