import type { Language } from '../settings';
import type { ComparisonView } from './comparison-view';
import { BAND_HEIGHT, capLines, coverBackground } from './document';
import { comparisonNotes, groupsTable, kpiTable, scoresTable, statementLists, trendCharts, unmatchedList } from './document-comparison';
import { COLOUR, CONTENT_WIDTH, FALLBACK_FONT, PAGE, SIZE, TABLE_LAYOUT, columns, heading, para, rule, type PdfNode } from './layout';
import type { Fitter } from './line-break';
import { REPORT_TEXT } from './texts';

/**
 * The comparison as its own short PDF: a cover with the assessments
 * compared, then scores and stages over time with small line charts, the
 * statements that moved most, group gaps, KPIs side by side, and every
 * statement that could not be compared.
 */
export function buildComparisonDocument({ view, language, fitter }: { view: ComparisonView; language: Language; fitter: Fitter }): { [key: string]: unknown } {
  const text = REPORT_TEXT[language];
  const t = text.comparison;
  const w = CONTENT_WIDTH;
  const coverW = CONTENT_WIDTH - 150;
  const clientSize = [30, 24, 19].find((size) => fitter.lines(view.client, { width: coverW, size, face: 'bold' }).length <= 2) ?? 19;
  const listCols = columns(w, [4, 1.3, 1.5]);
  const cover: PdfNode = {
    stack: [
      para(fitter, t.kind.toUpperCase(), coverW, { face: 'semibold', size: SIZE.small, color: '#c9dcf3', margin: [0, 62, 0, 12] }),
      para(fitter, capLines(fitter, view.client, { width: coverW, size: clientSize, face: 'bold' }, 3), coverW, {
        face: 'bold',
        size: clientSize,
        lineHeight: 1.12,
        color: '#ffffff',
        margin: [0, 0, 0, 10],
        userText: true,
      }),
      para(fitter, view.intro, coverW, { size: 14, color: '#dce7f5', lineHeight: 1.25 }),
      {
        absolutePosition: { x: PAGE.left, y: BAND_HEIGHT + 40 },
        stack: [
          para(fitter, t.assessments, w, { face: 'semibold', size: SIZE.h3, margin: [0, 0, 0, 6] }),
          {
            table: {
              widths: listCols,
              body: view.assessments.map((a) => [
                para(fitter, a.title, listCols[0] as number, { userText: true }),
                para(fitter, a.date, listCols[1] as number, { alignment: 'right' }),
                para(fitter, a.questionnaire, listCols[2] as number, { alignment: 'right', color: COLOUR.muted }),
              ]),
            },
            layout: TABLE_LAYOUT,
          },
        ],
      },
      {
        absolutePosition: { x: PAGE.left, y: PAGE.height - 120 },
        stack: [rule(w), para(fitter, text.confidential, w, { size: SIZE.tiny, color: COLOUR.muted, margin: [0, 10, 0, 0] })],
      },
    ],
    pageBreak: 'after',
  };
  const content: PdfNode[] = [
    cover,
    heading(fitter, t.scores, 1),
    scoresTable(view, fitter, t),
    para(fitter, t.tableNote, w, { size: SIZE.small, color: COLOUR.muted, margin: [0, 6, 0, 0] }),
    ...comparisonNotes(view, fitter),
    trendCharts(view, fitter, t),
    heading(fitter, t.statements, 1, { pageBreak: true }),
    statementLists(view, fitter, t),
    para(fitter, view.unmatchedCount ? t.unmatchedCount(view.unmatchedCount) : t.allMatched, w, {
      size: SIZE.small,
      color: COLOUR.muted,
      margin: [0, 10, 0, 0],
    }),
    ...groupsTable(view, fitter, t),
    ...kpiTable(view, fitter, t, true),
    ...unmatchedList(view, fitter, t, 1, true),
  ];
  return {
    pageSize: 'A4',
    pageMargins: [PAGE.left, PAGE.top, PAGE.right, PAGE.bottom],
    info: { title: `${view.client} – ${t.kind}`, subject: t.kind, creator: 'Timantti', producer: 'Timantti' },
    language,
    defaultStyle: { font: 'Inter', fontSize: SIZE.body, color: COLOUR.text, lineHeight: 1.32 },
    background: (page: number) => (page === 1 ? coverBackground() : null),
    header: (page: number) =>
      page === 1
        ? null
        : {
            margin: [PAGE.left, 34, PAGE.right, 0],
            columns: [
              {
                text: fitter
                  .runs(fitter.ellipsis(view.client, { width: w * 0.6, size: SIZE.tiny, face: 'regular' }))
                  .map((r) => (r.fallback ? { text: r.text, font: FALLBACK_FONT.regular } : r.text)),
                fontSize: SIZE.tiny,
                color: COLOUR.muted,
                width: '*',
              },
              { text: t.kind, fontSize: SIZE.tiny, color: COLOUR.muted, alignment: 'right', width: 'auto' },
            ],
          },
    footer: (page: number, pages: number) =>
      page === 1
        ? null
        : { text: text.page(page, pages), alignment: 'right', fontSize: SIZE.tiny, color: COLOUR.muted, margin: [PAGE.left, 22, PAGE.right, 0] },
    content,
  };
}
