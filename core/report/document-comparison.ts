import type { ComparisonView } from './comparison-view';
import { CELL_PAD, COLOUR, CONTENT_WIDTH, PLAIN_LAYOUT, SIZE, TABLE_LAYOUT, columns, heading, label, para, type PdfNode } from './layout';
import type { Fitter } from './line-break';
import type { ReportText } from './texts';
import { trendCanvas } from './trend-chart';

type T = ReportText['comparison'];
const W = CONTENT_WIDTH;

/** A heading that is not in the table of contents (sub-blocks of a section). */
const subheading = (fitter: Fitter, text: string, top = 18): PdfNode => ({
  ...para(fitter, text, W, { face: 'semibold', size: SIZE.h3, margin: [0, top, 0, 6] }),
});

const headCell = (fitter: Fitter, text: string, width: number, right: boolean) =>
  para(fitter, text, width, { face: 'semibold', size: SIZE.small, color: COLOUR.muted, alignment: right ? 'right' : 'left' });

/** Scores and stages per area and overall, one column per assessment, then the change first → latest. */
export function scoresTable(view: ComparisonView, fitter: Fitter, t: T): PdfNode {
  const n = view.dates.length;
  // The last column fits "Vaiheen muutos" on one line (a hyphenated header reads badly).
  const cols = columns(W, [2.8, ...view.dates.map(() => (n > 3 ? 1 : 1.2)), 1, 1.6]);
  const cell = (text: string, i: number, style: Parameters<typeof para>[3] = {}) => para(fitter, text, cols[i] as number, { alignment: 'right', ...style });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: cols,
      body: [
        [t.area, ...view.dates, t.change, t.stage].map((h, i) => headCell(fitter, h, cols[i] as number, i > 0)),
        ...view.rows.map((row) => {
          const face = row.overall ? ('semibold' as const) : ('regular' as const);
          return [
            para(fitter, row.title, cols[0] as number, { face, size: SIZE.small + 0.5 }),
            ...row.scores.map((score, i) => ({
              stack: [cell(score, i + 1, { face, size: SIZE.small + 0.5 }), cell(row.stages[i] as string, i + 1, { size: SIZE.tiny, color: COLOUR.muted })],
            })),
            cell(row.change, n + 1, { face: 'semibold', size: SIZE.small + 0.5 }),
            cell(row.stageChange, n + 2, { size: SIZE.small }),
          ];
        }),
      ],
    },
    layout: TABLE_LAYOUT,
  };
}

/**
 * The first and the latest printed score of a chart's row, as they sit under
 * the line's two ends (undefined where there is no such score). The first is
 * the first assessment's only when it was scored; a row scored once has only
 * a latest.
 */
export function endValues(row: Pick<ComparisonView['rows'][number], 'scores' | 'values'>): { first?: string; last?: string } {
  const n = row.values.length;
  const last = n > 0 && row.values[n - 1] !== null ? row.scores[n - 1] : undefined;
  const first = n > 1 && row.values[0] !== null ? row.scores[0] : undefined;
  return { ...(first !== undefined ? { first } : {}), ...(last !== undefined ? { last } : {}) };
}

/** A sparkline's usual labels: its ends as numbers under them, so the reader need not go back to the table. */
function endLabels(fitter: Fitter, row: ComparisonView['rows'][number], width: number): PdfNode {
  const { first, last } = endValues(row);
  const half = width / 2;
  const cell = (text: string | undefined, alignment: 'left' | 'right', face: 'regular' | 'semibold') =>
    text === undefined ? { width: half, text: '' } : { width: half, ...para(fitter, text, half, { face, size: SIZE.tiny, color: COLOUR.muted, alignment }) };
  return { columns: [cell(first, 'left', 'regular'), cell(last, 'right', 'semibold')], columnGap: 0, margin: [0, 1, 0, 0] };
}

/** Small multiples: one line chart per row (overall first), five to a line, each with its first and latest score under it. */
export function trendCharts(view: ComparisonView, fitter: Fitter, t: T): PdfNode {
  const perLine = 5;
  const gap = 12;
  const width = (W - gap * (perLine - 1)) / perLine;
  const height = 52;
  const titleLines = (row: ComparisonView['rows'][number]) =>
    fitter.lines(row.title, { width, size: SIZE.tiny, face: row.overall ? 'semibold' : 'regular' }).length;
  // Titles of one line of charts take the same height, so the charts line up.
  // Padded with blank lines of the same style rather than a computed margin: pdfmake's line height is the font's
  // (ascent, descent and gap) times LINE_HEIGHT, and only the same kind of line is sure to be exactly as tall.
  const cellOf = (row: ComparisonView['rows'][number], lines: number) => ({
    width,
    stack: [
      ...[row.title, ...Array.from({ length: lines - titleLines(row) }, () => '\u00a0')].map((text, i, all) =>
        para(fitter, text, width, {
          face: row.overall ? 'semibold' : 'regular',
          size: SIZE.tiny,
          color: row.overall ? COLOUR.text : COLOUR.muted,
          ...(i === all.length - 1 ? { margin: [0, 0, 0, 2] as [number, number, number, number] } : {}),
        }),
      ),
      trendCanvas(row.values, width, height, row.overall),
      endLabels(fitter, row, width),
    ],
  });
  const lines: PdfNode[] = [];
  for (let i = 0; i < view.rows.length; i += perLine) {
    const slice = view.rows.slice(i, i + perLine);
    lines.push({
      columns: [
        ...slice.map((row) => cellOf(row, Math.max(...slice.map(titleLines)))),
        ...Array.from({ length: perLine - slice.length }, () => ({ width, text: '' })),
      ],
      columnGap: gap,
      margin: [0, 0, 0, 10],
    });
  }
  return { unbreakable: true, stack: [label(fitter, t.chart, W), ...lines], margin: [0, 14, 0, 0] };
}

/** The notes a reader needs before reading a stage change: scale changed, overall stage capped. */
export function comparisonNotes(view: ComparisonView, fitter: Fitter): PdfNode[] {
  if (view.notes.length === 0) return [];
  const inner = W - 2 * CELL_PAD.x - 8;
  return [
    {
      table: {
        widths: [inner],
        body: [[{ stack: view.notes.map((n, i) => para(fitter, n, inner, { size: SIZE.small + 0.5, color: COLOUR.warn, margin: [0, i ? 4 : 0, 0, 0] })) }]],
      },
      layout: { ...PLAIN_LAYOUT, fillColor: () => COLOUR.warnBand, paddingLeft: () => 9, paddingRight: () => 9, paddingTop: () => 7, paddingBottom: () => 7 },
      margin: [0, 10, 0, 0],
    },
  ];
}

/** The statements that moved most, up and down, side by side. */
export function statementLists(view: ComparisonView, fitter: Fitter, t: T): PdfNode {
  const half = (W - 24) / 2;
  const deltaW = 30;
  const list = (title: string, items: ComparisonView['improved']) => ({
    width: half,
    stack: [
      label(fitter, title, half),
      ...(items.length
        ? items.map((s) => ({
            margin: [0, 3, 0, 3],
            columns: [
              { width: deltaW, ...para(fitter, s.change, deltaW, { face: 'semibold', size: SIZE.small + 0.5 }) },
              {
                width: half - deltaW - 6,
                stack: [
                  para(fitter, s.text, half - deltaW - 6, { size: SIZE.small + 0.5 }),
                  para(fitter, s.detail, half - deltaW - 6, { size: SIZE.tiny, color: COLOUR.muted }),
                ],
              },
            ],
            columnGap: 6,
          }))
        : [para(fitter, t.none, half, { color: COLOUR.muted, size: SIZE.small + 0.5 })]),
    ],
  });
  // Whole on one page: a list split after its heading reads as two unrelated lists.
  return { unbreakable: true, margin: [0, 14, 0, 0], columns: [list(t.improved, view.improved), list(t.declined, view.declined)], columnGap: 24 };
}

/** Overall gap between each pair of groups per assessment, and whether it narrowed. */
export function groupsTable(view: ComparisonView, fitter: Fitter, t: T): PdfNode[] {
  if (view.groups.length === 0) return [];
  const cols = columns(W, [3, ...view.dates.map(() => 1.1), 1.3]);
  return [
    {
      unbreakable: true,
      stack: [
        subheading(fitter, t.groups),
        {
          table: {
            headerRows: 1,
            widths: cols,
            body: [
              [t.pair, ...view.dates, t.trend].map((h, i) => headCell(fitter, h, cols[i] as number, i > 0)),
              ...view.groups.map((g) =>
                [g.pair, ...g.gaps, g.trend].map((cell, i) =>
                  para(fitter, cell, cols[i] as number, { size: SIZE.small + 0.5, alignment: i ? 'right' : 'left' }),
                ),
              ),
            ],
          },
          layout: TABLE_LAYOUT,
        },
        para(fitter, t.groupsNote, W, { size: SIZE.small, color: COLOUR.muted, margin: [0, 6, 0, 0] }),
      ],
    },
  ];
}

/** The KPIs by assessment date, side by side, no trend and no claim of cause. */
export function kpiTable(view: ComparisonView, fitter: Fitter, t: T, withEmpty: boolean): PdfNode[] {
  if (view.kpis.length === 0) return withEmpty ? [subheading(fitter, t.kpis), para(fitter, t.noKpis, W, { color: COLOUR.muted })] : [];
  const cols = columns(W, [3, ...view.dates.map(() => 1.3)]);
  return [
    {
      unbreakable: view.kpis.length < 12,
      stack: [
        subheading(fitter, t.kpis),
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: cols,
            body: [
              [t.kpi, ...view.dates].map((h, i) => headCell(fitter, h, cols[i] as number, i > 0)),
              ...view.kpis.map((k) => [
                {
                  stack: [
                    para(fitter, k.name, cols[0] as number, { size: SIZE.small + 0.5, userText: true }),
                    ...(k.differs ? [para(fitter, t.kpiDiffers, cols[0] as number, { size: SIZE.tiny, color: COLOUR.warn })] : []),
                  ],
                },
                ...k.values.map((v, i) => ({
                  stack: v.split('\n').map((line) => para(fitter, line, cols[i + 1] as number, { size: SIZE.small + 0.5, alignment: 'right' })),
                })),
              ]),
            ],
          },
          layout: TABLE_LAYOUT,
        },
        para(fitter, t.kpisNote, W, { size: SIZE.small, color: COLOUR.muted, margin: [0, 6, 0, 0] }),
      ],
    },
  ];
}

/** Every statement that could not be compared, by pair of assessments. */
export function unmatchedList(view: ComparisonView, fitter: Fitter, t: T, level: 1 | 2, pageBreak: boolean): PdfNode[] {
  const cols = columns(W, [2, 5]);
  return [
    heading(fitter, t.unmatched, level, { pageBreak }),
    para(fitter, t.unmatchedIntro, W, { color: COLOUR.muted, size: SIZE.small + 0.5, margin: [0, 0, 0, 8] }),
    ...view.unmatched.flatMap((block) => [
      subheading(fitter, block.heading, 8),
      para(fitter, block.basis, W, { size: SIZE.small, color: COLOUR.muted, margin: [0, 0, 0, 4] }),
      block.items.length === 0
        ? para(fitter, t.allMatched, W, { size: SIZE.small + 0.5 })
        : {
            table: {
              dontBreakRows: true,
              widths: cols,
              body: block.items.map((item) => [
                para(fitter, item.kind, cols[0] as number, { size: SIZE.small, color: COLOUR.muted }),
                para(fitter, item.text, cols[1] as number, { size: SIZE.small + 0.5 }),
              ]),
            },
            layout: TABLE_LAYOUT,
          },
    ]),
  ];
}

/** The trend as the executive report shows it, under its results (the unmatched statements go to the appendix). */
export function trendSection(view: ComparisonView, fitter: Fitter, text: ReportText): PdfNode[] {
  const t = text.comparison;
  return [
    { ...(heading(fitter, text.trend, 2) as object), pageBreak: 'before', margin: [0, 0, 0, 4] },
    para(fitter, `${text.trendIntro(view.dates.length - 1)} ${view.intro}`, W, { size: SIZE.small + 0.5, color: COLOUR.muted, margin: [0, 0, 0, 8] }),
    scoresTable(view, fitter, t),
    para(fitter, t.tableNote, W, { size: SIZE.small, color: COLOUR.muted, margin: [0, 6, 0, 0] }),
    ...comparisonNotes(view, fitter),
    trendCharts(view, fitter, t),
    statementLists(view, fitter, t),
    para(fitter, view.unmatchedCount ? t.unmatchedCount(view.unmatchedCount) : t.allMatched, W, {
      size: SIZE.small,
      color: COLOUR.muted,
      margin: [0, 8, 0, 0],
    }),
    ...groupsTable(view, fitter, t),
    ...kpiTable(view, fitter, t, false),
  ];
}
