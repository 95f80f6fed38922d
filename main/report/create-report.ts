import type { Assessment } from '../../core/assessment/schema';
import type { ReportOptions } from '../../core/ipc/report-schemas';
import type { ActionLibrary } from '../../core/roadmap/action-library';
import { checkLogo } from './logo';
import type { Language } from '../../core/settings';
import { renderComparisonInWorker, renderInWorker } from './worker-pool';

export interface ReportInput {
  assessment: Assessment;
  /** Earlier assessments of the same client, any order (the report sorts by date). */
  earlier: readonly Assessment[];
  options: ReportOptions;
  /** Used when the assessment has no stored roadmap yet. */
  actionLibrary: ActionLibrary;
  now: Date;
}

export interface ReportPdf {
  pdf: Uint8Array;
  pages: number;
  /** A file name for the PDF, e.g. `Nordtek-Huolto-Oy-kypsyysarvio-2026-03-17.pdf`. */
  fileName: string;
}

/**
 * Renders the executive report as a PDF, off the calling thread: in a warm
 * worker thread when the built worker is available (the app, browser mode),
 * otherwise in this thread (the CLI, tests running the sources).
 * A logo that is not really a PNG or JPEG is refused (HandlerError `bad-logo`).
 */
export async function createReportPdf(input: ReportInput): Promise<ReportPdf> {
  if (input.options.logo) checkLogo(input.options.logo.dataUrl);
  const viaWorker = await renderInWorker(input);
  if (viaWorker) return viaWorker;
  const { renderReport } = await import('./render');
  return renderReport(input);
}

/**
 * Renders the standalone comparison report (two or more assessments of one
 * client, checked by the caller), in the warm worker when there is one.
 */
export async function createComparisonPdf(assessments: Assessment[], language: Language): Promise<ReportPdf> {
  const viaWorker = await renderComparisonInWorker({ assessments, language });
  if (viaWorker) return viaWorker;
  const { renderComparisonPdf } = await import('./render-comparison');
  return renderComparisonPdf(assessments, language);
}
