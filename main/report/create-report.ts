import type { Assessment } from '../../core/assessment/schema';
import type { ReportOptions } from '../../core/ipc/report-schemas';
import type { ActionLibrary } from '../../core/roadmap/action-library';

// PLACEHOLDER (replaced by the report implementation): the signature the
// report channel and the CLI code against.

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
  /** A file name for the PDF, e.g. `Nordtek-Oy-kypsyysarvio-2026-03-17.pdf`. */
  fileName: string;
}

/** Renders the executive report as a PDF, off the calling thread. */
export async function createReportPdf(input: ReportInput): Promise<ReportPdf> {
  void input;
  throw new Error('not implemented yet');
}
