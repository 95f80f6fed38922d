import type { Assessment } from '../core/assessment/schema';
import { byDate } from '../core/compare/over-time';
import { HandlerError, type HandlerImpls } from '../core/ipc/handler-table';
import type { ReportOptions } from '../core/ipc/report-schemas';
import { checkLogo, dataUrlBytes } from '../core/report/logo-image';
import type { ActionLibrary } from '../core/roadmap/action-library';
import type { Language } from '../core/settings';
import { BUILT_IN_ACTION_LIBRARY } from './action-libraries';
import { call, type LibraryHandle } from './library-handlers';
import { log } from './log/logger';
import { createComparisonPdf, createReportPdf, type ReportInput, type ReportPdf } from './report/create-report';

/**
 * Where the desktop app puts a finished report: asks the user where (a save
 * dialog), writes the file and opens it. Absent in browser mode, where the
 * page downloads the PDF itself.
 */
export type SaveReport = (pdf: Uint8Array, suggestedFileName: string, language: Language) => Promise<ReportSaved>;
export type ReportSaved = { savedTo: string; opened: boolean } | { cancelled: true };

export interface ReportDeps {
  library: () => LibraryHandle;
  /** The PDF engine; tests pass a fake. */
  renderReport?: (input: ReportInput) => Promise<ReportPdf>;
  /** The comparison report's engine; tests pass a fake. */
  renderComparison?: (assessments: Assessment[], language: Language) => Promise<ReportPdf>;
  saveReport?: SaveReport | undefined;
  now?: () => Date;
  actionLibrary?: ActionLibrary;
  /** The UI language, for the save dialog's texts; the report's language when absent. */
  uiLanguage?: () => Promise<Language>;
}

/** Refuses a logo whose bytes are not a PNG/JPEG of sane size, so the engine never sees one. */
function checkLogoOption(logo: ReportOptions['logo']): void {
  if (!logo) return;
  const bytes = dataUrlBytes(logo.dataUrl);
  const check = bytes ? checkLogo(bytes) : ({ ok: false, reason: 'not-image' } as const);
  if (!check.ok) throw new HandlerError({ code: 'invalid-input', message: `logo refused: ${check.reason}`, path: '$.options.logo' });
}

/** The assessments to compare with, refusing any that belong to another client. */
async function loadEarlier(load: (id: string) => Promise<Assessment>, assessment: Assessment, ids: readonly string[]): Promise<Assessment[]> {
  const unique = [...new Set(ids)].filter((id) => id !== assessment.id);
  const earlier = await Promise.all(unique.map(load));
  const foreign = earlier.find((e) => e.client.id !== assessment.client.id);
  if (foreign)
    throw new HandlerError({
      code: 'invalid-input',
      message: `report-other-client: assessment ${foreign.id} belongs to another client and cannot be compared with ${assessment.id}`,
      path: '$.options.compareWith',
    });
  return earlier;
}

/**
 * The report channel: loads the assessment and the ones to compare with,
 * renders the PDF, then saves and opens it (desktop) or returns it for the
 * page to download (browser mode).
 */
export function reportHandlers(deps: ReportDeps): Pick<HandlerImpls, 'report:create' | 'report:comparison'> {
  const render = deps.renderReport ?? createReportPdf;
  const renderComparison = deps.renderComparison ?? createComparisonPdf;
  /** Desktop: save where the user chooses and open; browser mode: back to the page as base64 for it to download. */
  const deliver = async (report: ReportPdf, language: Language) => {
    const base = { fileName: report.fileName, pages: report.pages };
    if (!deps.saveReport) return { ...base, pdfBase64: Buffer.from(report.pdf).toString('base64') };
    const dialogLanguage = (await deps.uiLanguage?.()) ?? language;
    return { ...base, ...(await deps.saveReport(report.pdf, report.fileName, dialogLanguage)) };
  };
  const failed = (what: string) => (err: unknown) => {
    if (err instanceof HandlerError) throw err;
    // The detail (a stack, perhaps a font's path) stays in main's log; the page gets a code.
    log.error(`report: rendering ${what} failed`, err);
    throw new HandlerError({ code: 'internal', message: 'the report could not be rendered' });
  };
  return {
    'report:comparison': async ({ assessmentIds, language }) => {
      if (new Set(assessmentIds).size !== assessmentIds.length)
        throw new HandlerError({ code: 'invalid-input', message: 'comparison-same-twice: an assessment is given twice', path: '$.assessmentIds' });
      const assessments = await call(deps.library(), (l) => Promise.all(assessmentIds.map((id) => l.getAssessment(id))));
      const first = assessments[0] as Assessment;
      const foreign = assessments.find((a) => a.client.id !== first.client.id);
      if (foreign)
        throw new HandlerError({
          code: 'invalid-input',
          message: `report-other-client: assessment ${foreign.id} belongs to another client and cannot be compared with ${first.id}`,
          path: '$.assessmentIds',
        });
      const latest = [...assessments].sort(byDate).at(-1) as Assessment;
      const reportLanguage = language ?? latest.language;
      const report = await renderComparison(assessments, reportLanguage).catch(failed(`the comparison of ${assessmentIds.join(', ')}`));
      return deliver(report, reportLanguage);
    },
    'report:create': async ({ assessmentId, options }) => {
      checkLogoOption(options.logo);
      const { assessment, earlier } = await call(deps.library(), async (l) => {
        const a = await l.getAssessment(assessmentId);
        return { assessment: a, earlier: await loadEarlier((id) => l.getAssessment(id), a, options.compareWith ?? []) };
      });
      const report = await render({
        assessment,
        earlier,
        options,
        actionLibrary: deps.actionLibrary ?? BUILT_IN_ACTION_LIBRARY,
        now: deps.now?.() ?? new Date(),
      }).catch(failed(assessmentId));
      return deliver(report, options.language ?? assessment.language);
    },
  };
}
