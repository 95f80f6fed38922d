import { exportFileName } from '../core/library/export-file';
import type { HandlerImpls } from '../core/ipc/handler-table';
import type { Language } from '../core/settings';
import type { Assessment } from '../core/assessment/schema';
import { BUILT_IN_MAPPINGS, byDate, compareOverTime, comparisonProblem } from '../core/compare';
import { HandlerError } from '../core/ipc/handler-table';
import { comparisonCsv } from '../core/library/csv';
import { REPORT_TEXT } from '../core/report/texts';
import { assessmentWorkbook, comparisonWorkbook } from './export/xlsx';
import { call, type LibraryHandle } from './library-handlers';

export interface ExportDeps {
  library: () => LibraryHandle;
  /** The UI language: spreadsheet headers, labels and the CSV separator follow it. */
  uiLanguage: () => Promise<Language>;
}

/** The spreadsheet exports: CSV for any set of assessments, a workbook for one. */
export function exportHandlers(deps: ExportDeps): Pick<HandlerImpls, 'export:csv' | 'export:xlsx' | 'export:comparison-csv' | 'export:comparison-xlsx'> {
  /** The assessments and core's comparison of them, refusing another client's or the same one twice. */
  const compared = async (ids: readonly string[]) => {
    if (new Set(ids).size !== ids.length)
      throw new HandlerError({ code: 'invalid-input', message: 'comparison-same-twice: an assessment is given twice', path: '$.assessmentIds' });
    const assessments = await call(deps.library(), (l) => Promise.all(ids.map((id) => l.getAssessment(id))));
    const problem = comparisonProblem(assessments);
    if (problem)
      throw new HandlerError({ code: 'invalid-input', message: `comparison-${problem.kind}: these assessments cannot be compared`, path: '$.assessmentIds' });
    const comparison = compareOverTime({ assessments, mappings: BUILT_IN_MAPPINGS });
    const latest = [...assessments].sort(byDate).at(-1) as Assessment;
    const language = await deps.uiLanguage();
    const fileName = (ext: 'csv' | 'xlsx') => exportFileName(latest.client.name, REPORT_TEXT[language].comparison.fileName, latest.date, ext);
    return { assessments, comparison, language, fileName };
  };
  return {
    'export:comparison-csv': async ({ assessmentIds }) => {
      const { assessments, comparison, language, fileName } = await compared(assessmentIds);
      return { fileName: fileName('csv'), content: comparisonCsv(comparison, assessments, language) };
    },
    'export:comparison-xlsx': async ({ assessmentIds }) => {
      const { assessments, comparison, language, fileName } = await compared(assessmentIds);
      return { fileName: fileName('xlsx'), base64: (await comparisonWorkbook(comparison, assessments, language)).toString('base64') };
    },
    'export:csv': async ({ assessmentIds }) => {
      const language = await deps.uiLanguage();
      return call(deps.library(), (l) => l.exportCsv(assessmentIds, language));
    },
    'export:xlsx': async ({ id }) => {
      const language = await deps.uiLanguage();
      return call(deps.library(), async (l) => {
        const assessment = await l.getAssessment(id);
        const bytes = await assessmentWorkbook(assessment, language);
        return { fileName: exportFileName(assessment.client.name, assessment.title, assessment.date, 'xlsx'), base64: bytes.toString('base64') };
      });
    },
  };
}
