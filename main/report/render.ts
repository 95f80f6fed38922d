import pdfmake from 'pdfmake';
import type { Assessment } from '../../core/assessment/schema';
import { buildReportDocument } from '../../core/report/document';
import { createFitter } from '../../core/report/line-break';
import { buildReportModel } from '../../core/report/model';
import { sanitizeText } from '../../core/report/sanitize';
import { REPORT_TEXT } from '../../core/report/texts';
import { generateRoadmap } from '../../core/roadmap/generate';
import { roadmapLines } from '../../core/roadmap/view';
import type { ReportInput, ReportPdf } from './create-report';
import { loadReportFonts } from './fonts';
import { createHyphenator } from './hyphenate';
import { loadKerning } from './kerning';
import { installPreBrokenText } from './pre-broken-text';
import { installSharedFonts } from './shared-fonts';
import { installSharedLayoutCache } from './shared-layout-cache';

let configured = false;

/** pdfmake reads nothing from the network and nothing on disk but our font files. */
export function configurePdfmake(): void {
  if (configured) return;
  const fonts = loadReportFonts();
  // Text fonts come from memory (read once per process); the charts' text asks for the same files by path (shared-fonts.ts).
  for (const [name, data] of fonts.files) pdfmake.virtualfs.writeFileSync(name, data);
  installSharedLayoutCache(fonts.files.values().next().value as Buffer, loadKerning(fonts.dir, fonts.files));
  installSharedFonts(fonts.files);
  installPreBrokenText();
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => fonts.allowed(path));
  configured = true;
}

/** `Nordtek-Huolto-Oy-kypsyysarvio-2026-03-17.pdf`: letters, digits and dashes only. */
export function reportFileName(assessment: Assessment, language: 'fi' | 'en'): string {
  const client = assessment.client.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${client || 'report'}-${REPORT_TEXT[language].fileName}-${assessment.date}.pdf`;
}

/** The assessment's roadmap, or a freshly generated one when none is stored. */
function roadmapOf(input: ReportInput): Assessment {
  if (input.assessment.roadmap) return input.assessment;
  return { ...input.assessment, roadmap: generateRoadmap(input.assessment, input.actionLibrary, input.now.toISOString()) };
}

/** Renders the report in this thread (the CLI does; the app uses the worker in create-report.ts). */
export async function renderReport(input: ReportInput): Promise<ReportPdf> {
  configurePdfmake();
  const fonts = loadReportFonts();
  const language = input.options.language ?? input.assessment.language;
  const withRoadmap = roadmapOf(input);
  const hyphenate = await createHyphenator(language, input.assessment.language);
  const fitter = createFitter({
    advance: fonts.advance,
    hyphenate,
    fallback: (ch) => fonts.needsFallback(ch.codePointAt(0) ?? 32),
  });
  const model = buildReportModel({
    assessment: withRoadmap,
    earlier: input.earlier,
    language,
    participants: input.options.participants,
    roadmap: roadmapLines(withRoadmap, language),
    clean: (text, multiline) => sanitizeText(text, { hasGlyph: fonts.hasGlyph, multiline: multiline ?? false }),
  });
  const doc = buildReportDocument({ model, fitter, ...(input.options.logo ? { logo: input.options.logo.dataUrl } : {}) });
  pdfmake.setFonts(fonts.descriptors());
  let pages = 0;
  const footer = doc.footer as (page: number, count: number) => unknown;
  doc.footer = (page: number, count: number) => {
    pages = count;
    return footer(page, count);
  };
  const buffer = await pdfmake.createPdf(doc).getBuffer();
  return { pdf: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), pages, fileName: reportFileName(input.assessment, language) };
}
