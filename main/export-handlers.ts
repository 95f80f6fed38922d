import { exportFileName } from '../core/library/export-file';
import type { HandlerImpls } from '../core/ipc/handler-table';
import type { Language } from '../core/settings';
import { assessmentWorkbook } from './export/xlsx';
import { call, type LibraryHandle } from './library-handlers';

export interface ExportDeps {
  library: () => LibraryHandle;
  /** The UI language: spreadsheet headers, labels and the CSV separator follow it. */
  uiLanguage: () => Promise<Language>;
}

/** The spreadsheet exports: CSV for any set of assessments, a workbook for one. */
export function exportHandlers(deps: ExportDeps): Pick<HandlerImpls, 'export:csv' | 'export:xlsx'> {
  return {
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
