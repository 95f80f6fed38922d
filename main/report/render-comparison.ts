import pdfmake from 'pdfmake';
import type { Assessment } from '../../core/assessment/schema';
import { buildComparisonDocument } from '../../core/report/comparison-document';
import { buildComparisonView } from '../../core/report/comparison-view';
import { createFitter } from '../../core/report/line-break';
import { sanitizeText } from '../../core/report/sanitize';
import { REPORT_TEXT } from '../../core/report/texts';
import type { Language } from '../../core/settings';
import type { ReportPdf } from './create-report';
import { loadReportFonts } from './fonts';
import { createHyphenator } from './hyphenate';
import { configurePdfmake, reportFileName } from './render';

/** Refused input: fewer than two assessments, or another client's among them (callers check first and word it). */
export class NotComparableError extends Error {}

/**
 * The standalone comparison report (core/report/comparison-document.ts) as
 * a PDF, rendered in this thread: a short document, cheap next to the
 * executive report. The file is named after the latest assessment.
 */
export async function renderComparisonPdf(assessments: readonly Assessment[], language: Language): Promise<ReportPdf> {
  configurePdfmake();
  const fonts = loadReportFonts();
  const clean = (text: string, multiline?: boolean) => sanitizeText(text, { hasGlyph: fonts.hasGlyph, multiline: multiline ?? false });
  const view = buildComparisonView(assessments, language, clean);
  if (!view) throw new NotComparableError('the assessments cannot be compared');
  const latest = [...assessments].sort((a, b) => a.date.localeCompare(b.date)).at(-1) as Assessment;
  const hyphenate = await createHyphenator(language, latest.language);
  const fitter = createFitter({ advance: fonts.advance, hyphenate, fallback: (ch) => fonts.needsFallback(ch.codePointAt(0) ?? 32) });
  const doc = buildComparisonDocument({ view, language, fitter });
  pdfmake.setFonts(fonts.descriptors());
  let pages = 0;
  const footer = doc.footer as (page: number, count: number) => unknown;
  doc.footer = (page: number, count: number) => {
    pages = count;
    return footer(page, count);
  };
  const buffer = await pdfmake.createPdf(doc).getBuffer();
  const fileName = reportFileName(latest, language).replace(`-${REPORT_TEXT[language].fileName}-`, `-${REPORT_TEXT[language].comparison.fileName}-`);
  return { pdf: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), pages, fileName };
}
