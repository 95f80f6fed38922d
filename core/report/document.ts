import { NO_STAGE_FILL, STAGE_FILLS, diamondSvg } from './diamond-svg';
import { isModelDiamond } from '../model/diamond-geometry';
import { appendixSection } from './document-appendix';
import { trendSection, unmatchedList } from './document-comparison';
import { areaSections } from './document-areas';
import {
  CELL_PAD,
  COLOUR,
  CONTENT_WIDTH,
  FACE_FONT,
  FALLBACK_FONT,
  PAGE,
  SIZE,
  TABLE_LAYOUT,
  columns,
  heading,
  label,
  para,
  rule,
  type PdfNode,
} from './layout';
import type { Box, Fitter } from './line-break';
import type { ReportModel } from './model';
import { RADAR_COLOURS, RADAR_WIDTH, radarSvg } from './radar-svg';

export interface DocumentInput {
  model: ReportModel;
  fitter: Fitter;
  /** A PNG/JPEG data URL, already checked by main. */
  logo?: string;
}

/**
 * The whole report as a pdfmake document definition: cover, contents,
 * executive summary (one page), overview charts, trend, one section per
 * area, the roadmap and the appendix, with a running header and page numbers.
 */
export function buildReportDocument({ model, fitter, logo }: DocumentInput): { [key: string]: unknown } {
  const { t } = model;
  const headerText = fitter.ellipsis(`${model.client} · ${model.title}`, { width: CONTENT_WIDTH * 0.7, size: SIZE.tiny, face: 'regular' });
  const svgWidth = (text: string, size: number) => fitter.width(text, 'bold', size);
  const content: PdfNode[] = [
    cover(model, fitter, logo),
    {
      toc: { title: { ...(heading(fitter, t.contents, 1) as object), tocItem: false }, numberStyle: { font: 'Inter', fontSize: 9.5, color: COLOUR.muted } },
      pageBreak: 'after',
    },
    ...summary(model, fitter),
    ...overview(model, fitter, svgWidth),
    ...results(model, fitter),
    ...roadmap(model, fitter),
    ...areaSections(model, fitter),
    ...appendixSection(model, fitter),
    ...(model.trend && model.trend.unmatchedCount > 0 ? unmatchedList(model.trend, fitter, model.t.comparison, 2, true) : []),
  ];
  return {
    pageSize: 'A4',
    pageMargins: [PAGE.left, PAGE.top, PAGE.right, PAGE.bottom],
    info: { title: `${model.client} – ${model.title}`, subject: t.kind, creator: 'Timantti', producer: 'Timantti' },
    language: model.language,
    // No fontFeatures: pdfkit skips its per-word layout cache for text with explicit features.
    defaultStyle: { font: 'Inter', fontSize: SIZE.body, color: COLOUR.text, lineHeight: 1.32 },
    background: (page: number) => (page === 1 ? coverBackground() : null),
    header: (page: number) =>
      page === 1
        ? null
        : {
            margin: [PAGE.left, 34, PAGE.right, 0],
            columns: [
              // Runs: a client name with Š or Ł takes those letters from the latin-ext family, as in the body.
              {
                text: fitter.runs(headerText).map((r) => (r.fallback ? { text: r.text, font: FALLBACK_FONT.regular } : r.text)),
                fontSize: SIZE.tiny,
                color: COLOUR.muted,
                width: '*',
              },
              { text: t.kind, fontSize: SIZE.tiny, color: COLOUR.muted, alignment: 'right', width: 'auto' },
            ],
          },
    footer: (page: number, pages: number) =>
      page === 1 ? null : { text: t.page(page, pages), alignment: 'right', fontSize: SIZE.tiny, color: COLOUR.muted, margin: [PAGE.left, 22, PAGE.right, 0] },
    content,
  };
}

/** The text cut to at most `max` lines in the box, the last ending in "…" when anything was left out. */
export function capLines(fitter: Fitter, text: string, box: Box, max: number): string {
  const lines = fitter.lines(text, box);
  if (lines.length <= max) return text;
  return [...lines.slice(0, max - 1), fitter.ellipsis(`${lines[max - 1]} ${lines[max]}`, box)].join(' ');
}

/** The cover's band and the diamond drawn on it: shapes only, never user text. */
export const BAND_HEIGHT = 330;
export function coverBackground(): PdfNode {
  const cx = PAGE.width - 120;
  const cy = 190;
  const diamond = (r: number, colour: string, width: number) => ({
    type: 'polyline',
    closePath: true,
    points: [
      { x: cx, y: cy - r * 1.13 },
      { x: cx + r, y: cy },
      { x: cx, y: cy + r * 1.13 },
      { x: cx - r, y: cy },
    ],
    lineColor: colour,
    lineWidth: width,
  });
  return {
    canvas: [
      { type: 'rect', x: 0, y: 0, w: PAGE.width, h: BAND_HEIGHT, color: COLOUR.primary },
      diamond(120, '#2f62a0', 1.2),
      diamond(84, '#3f74b3', 1),
      diamond(48, '#5b8ac4', 0.8),
      { type: 'rect', x: 0, y: BAND_HEIGHT, w: PAGE.width, h: 4, color: COLOUR.secondary },
    ],
  };
}

function cover(model: ReportModel, fitter: Fitter, logo?: string): PdfNode {
  const { t } = model;
  const w = CONTENT_WIDTH - 150;
  const metaW = (CONTENT_WIDTH - 24) / 3;
  // The band has room for about five lines: a long client name gets smaller type, then is cut with "…".
  const clientSize = [30, 24, 19].find((size) => fitter.lines(model.client, { width: w, size, face: 'bold' }).length <= 2) ?? 19;
  const meta: [string, string][] = [
    [t.date, model.date],
    ...(model.consultant ? ([[t.consultant, model.consultant]] as [string, string][]) : []),
    [t.participants, model.participantsLine],
  ];
  return {
    stack: [
      para(fitter, t.kind.toUpperCase(), w, { face: 'semibold', size: SIZE.small, color: '#c9dcf3', margin: [0, 62, 0, 12] }),
      para(fitter, capLines(fitter, model.client, { width: w, size: clientSize, face: 'bold' }, 3), w, {
        face: 'bold',
        size: clientSize,
        lineHeight: 1.12,
        color: '#ffffff',
        margin: [0, 0, 0, 10],
        userText: true,
      }),
      para(fitter, capLines(fitter, model.title, { width: w, size: 14, face: 'regular' }, 3), w, {
        face: 'regular',
        size: 14,
        color: '#dce7f5',
        lineHeight: 1.25,
        userText: true,
      }),
      {
        // Below the band, whatever the title's length: absolute, so a long title cannot push it.
        absolutePosition: { x: PAGE.left, y: BAND_HEIGHT + 48 },
        stack: [logo ? { image: logo, fit: [160, 70] } : { text: '' }],
      },
      {
        absolutePosition: { x: PAGE.left, y: PAGE.height - 190 },
        stack: [
          rule(CONTENT_WIDTH),
          {
            margin: [0, 10, 0, 0],
            columns: meta.map(([name, value]) => ({ width: metaW, stack: [label(fitter, name, metaW), para(fitter, value, metaW, { userText: true })] })),
            columnGap: 12,
          },
          para(fitter, t.confidential, CONTENT_WIDTH, { size: SIZE.tiny, color: COLOUR.muted, margin: [0, 28, 0, 0] }),
        ],
      },
    ],
    pageBreak: 'after',
  };
}

function areaList(
  model: ReportModel,
  fitter: Fitter,
  title: string,
  lines: ReportModel['summary']['strengths'],
  accent: string,
  width: number,
  detail: (line: ReportModel['summary']['strengths'][number]) => string,
): PdfNode {
  return {
    stack: [
      label(fitter, title, width, accent),
      ...lines.map((line) => ({
        margin: [0, 4, 0, 4],
        columns: [
          {
            width: width - 44,
            stack: [
              para(fitter, line.title, width - 44, { face: 'semibold' }),
              para(fitter, detail(line), width - 44, { size: SIZE.small, color: COLOUR.muted }),
            ],
          },
          { width: 40, ...para(fitter, line.score, 40, { face: 'bold', size: 15, color: accent, alignment: 'right' }) },
        ],
        columnGap: 4,
      })),
    ],
  };
}

function summary(model: ReportModel, fitter: Fitter): PdfNode[] {
  const { t, summary: s } = model;
  const w = CONTENT_WIDTH;
  const left = 150;
  const right = w - left - 24;
  const half = (w - 24) / 2;
  const figure: PdfNode = {
    columns: [
      {
        width: left,
        stack: [
          label(fitter, t.overallIndex, left),
          {
            text: [
              { text: s.score, fontSize: SIZE.figure, ...FACE_FONT.bold, color: COLOUR.primary },
              { text: `  ${t.ofFive}`, fontSize: SIZE.h3, color: COLOUR.muted },
            ],
            lineHeight: 1,
          },
          ...(s.claim.partial
            ? [para(fitter, t.partial.toUpperCase(), left, { face: 'semibold', size: SIZE.tiny, color: COLOUR.warn, margin: [0, 4, 0, 0] })]
            : []),
        ],
      },
      {
        width: right,
        stack: [
          label(fitter, t.stage, right),
          para(fitter, s.stage, right, { face: 'bold', size: SIZE.h2, color: s.claim.stage ? COLOUR.text : COLOUR.warn, margin: [0, 0, 0, 4] }),
          // Why the stage is lower than the number beside it comes before what the stage means.
          ...(s.capNote ? [para(fitter, s.capNote, right, { face: 'semibold', size: SIZE.small + 0.5, color: COLOUR.text, margin: [0, 0, 0, 4] })] : []),
          ...(s.stageDescription ? [para(fitter, s.stageDescription, right, { size: SIZE.small + 0.5, color: COLOUR.text })] : []),
          ...(s.partialNote ? [para(fitter, s.partialNote, right, { size: SIZE.small + 0.5, color: COLOUR.warn })] : []),
        ],
      },
    ],
    columnGap: 24,
  };
  return [
    heading(fitter, `1  ${t.summary}`, 1),
    figure,
    {
      margin: [0, 12, 0, 0],
      stack: [
        rule(),
        para(fitter, [s.coverageLine, s.previous].filter(Boolean).join('   ·   '), w, { size: SIZE.small, color: COLOUR.muted, margin: [0, 6, 0, 0] }),
      ],
    },
    s.strengths.length === 0 && s.gaps.length === 0
      ? para(fitter, t.noHighlights, w, { margin: [0, 20, 0, 0], color: COLOUR.warn })
      : {
          margin: [0, 22, 0, 0],
          columns: [
            { width: half, ...(areaList(model, fitter, t.strengths, s.strengths, COLOUR.secondary, half, (l) => l.stage) as object) },
            {
              width: half,
              ...(areaList(
                model,
                fitter,
                `${t.gaps} · ${s.gapBasis === 'target' ? t.gapsByTarget : t.gapsByWeakest}`,
                s.gaps,
                COLOUR.primary,
                half,
                (l) => l.detail || l.stage,
              ) as object),
            },
          ],
          columnGap: 24,
        },
    {
      margin: [0, 24, 0, 0],
      stack: [
        label(fitter, t.firstActions, w, COLOUR.primary),
        ...(s.actions.length === 0
          ? [para(fitter, t.noActions, w, { color: COLOUR.muted })]
          : s.actions.map((a, i) => ({
              margin: [0, 5, 0, 3],
              columns: [
                { width: 22, text: String(i + 1), ...FACE_FONT.bold, fontSize: 15, color: COLOUR.primary, lineHeight: 1 },
                {
                  width: w - 22,
                  stack: [
                    para(fitter, a.title, w - 22, { face: 'semibold', size: SIZE.body + 0.5, userText: true }),
                    para(fitter, `${a.area} · ${a.phase}`, w - 22, { size: SIZE.small, color: COLOUR.muted }),
                  ],
                },
              ],
            }))),
      ],
    },
    ...(s.disagreements.length === 0
      ? []
      : [
          {
            margin: [0, 22, 0, 0],
            stack: [
              label(fitter, t.disagreed, w, COLOUR.warn),
              ...s.disagreements.map((d) => ({
                margin: [0, 4, 0, 2],
                stack: [
                  para(fitter, d.statement, w, { face: 'semibold', size: SIZE.body }),
                  para(fitter, `${d.area} · ${d.range}`, w, { size: SIZE.small, color: COLOUR.muted }),
                ],
              })),
            ],
          },
        ]),
  ];
}

function legendItem(fitter: Fitter, colour: string, text: string, dashed: boolean, width: number): PdfNode {
  return {
    width,
    columns: [
      {
        width: 18,
        canvas: [{ type: 'line', x1: 0, y1: 6, x2: 16, y2: 6, lineWidth: 1.6, lineColor: colour, ...(dashed ? { dash: { length: 3, space: 2 } } : {}) }],
      },
      { width: width - 22, ...para(fitter, text, width - 22, { size: SIZE.small }) },
    ],
    columnGap: 4,
  };
}

function overview(model: ReportModel, fitter: Fitter, svgWidth: (text: string, size: number) => number): PdfNode[] {
  const { t } = model;
  const w = CONTENT_WIDTH;
  const legend: PdfNode[] = [legendItem(fitter, RADAR_COLOURS.current, `${t.current} ${model.date}`, false, 130)];
  if (model.radar.hasTarget) legend.push(legendItem(fitter, RADAR_COLOURS.target, t.target, true, 90));
  if (model.radar.earlierDate) legend.push(legendItem(fitter, RADAR_COLOURS.earlier, `${t.earlier} ${model.radar.earlierDate}`, true, 140));
  const diamondW = 244;
  const sideW = w - diamondW - 20;
  const nameW = sideW - 10 - 3 * 2 * 3;
  const stageLegend: PdfNode = {
    table: {
      widths: [10, nameW],
      body: [1, 2, 3, 4, 5, 0].map((stage) => {
        const fill = stage ? (STAGE_FILLS[stage] as { fill: string }).fill : NO_STAGE_FILL.fill;
        const name = stage ? (model.appendix.stages[stage - 1]?.name ?? String(stage)) : t.notEnough;
        return [
          {
            canvas: [
              {
                type: 'rect',
                x: 0,
                y: 1.5,
                w: 10,
                h: 10,
                color: fill,
                lineColor: NO_STAGE_FILL.stroke,
                lineWidth: stage ? 0 : 0.6,
                ...(stage ? {} : { dash: { length: 2 } }),
              },
            ],
          },
          para(fitter, name, nameW, { size: SIZE.small + 0.5 }),
        ];
      }),
    },
    layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => 3, paddingRight: () => 3, paddingTop: () => 2, paddingBottom: () => 2 },
  };
  return [
    heading(fitter, `2  ${t.overview}`, 1, { pageBreak: true }),
    label(fitter, t.radarTitle, w),
    { svg: radarSvg({ labels: model.radar.labels, series: model.radar.series, measure: svgWidth }), width: RADAR_WIDTH },
    { columns: legend, margin: [0, 2, 0, 0] },
    ...(model.radar.hasTarget ? [] : [para(fitter, t.noTargets, w, { size: SIZE.small, color: COLOUR.muted, margin: [0, 4, 0, 0] })]),
    {
      margin: [0, 14, 0, 0],
      columns: [
        { width: diamondW, svg: diamondSvg(model.diamond, (text, size) => fitter.width(text, 'regular', size)) },
        {
          width: sideW,
          stack: [
            label(fitter, t.diamondTitle, sideW),
            para(fitter, isModelDiamond(model.diamond.map((a) => a.areaId)) ? t.diamondIntro : t.diamondIntroOther, sideW, {
              size: SIZE.small + 0.5,
              color: COLOUR.muted,
              margin: [0, 0, 0, 10],
            }),
            stageLegend,
          ],
        },
      ],
      columnGap: 24,
    },
  ];
}

function results(model: ReportModel, fitter: Fitter): PdfNode[] {
  const { t } = model;
  const w = CONTENT_WIDTH;
  const cols = columns(w, [4.4, 1, 1.1, 1, 1, 1.1, 1.2]);
  const head = [t.areaTable.area, t.areaTable.score, t.areaTable.stage, t.areaTable.target, t.areaTable.gap, t.areaTable.change, t.areaTable.answered];
  return [
    heading(fitter, `3  ${t.results}`, 1, { pageBreak: true }),
    {
      table: {
        headerRows: 1,
        widths: cols,
        body: [
          head.map((h, i) =>
            para(fitter, h, cols[i] as number, { face: 'semibold', size: SIZE.small, color: COLOUR.muted, alignment: i === 0 ? 'left' : 'right' }),
          ),
          ...model.areaTable.map((row) =>
            [row.title, row.score, row.stage, row.target, row.gap, row.change, row.answered].map((cell, i) =>
              para(fitter, cell, cols[i] as number, {
                face: i === 0 || i === 1 ? 'semibold' : 'regular',
                size: SIZE.small + 0.5,
                alignment: i === 0 ? 'left' : 'right',
                color: row.partial && (i === 1 || i === 2) ? COLOUR.warn : COLOUR.text,
              }),
            ),
          ),
        ],
      },
      layout: TABLE_LAYOUT,
    },
    para(fitter, model.radar.earlierDate ? t.resultsNote(model.radar.earlierDate) : t.resultsNoteFirst, w, {
      size: SIZE.small,
      color: COLOUR.muted,
      margin: [0, 6, 0, 0],
    }),
    ...(model.trend ? trendSection(model.trend, fitter, model.t) : []),
  ];
}

function roadmap(model: ReportModel, fitter: Fitter): PdfNode[] {
  const { t } = model;
  const w = CONTENT_WIDTH;
  const cols = columns(w, [6, 2.2, 1.5, 1.3, 1.3]);
  const items = model.roadmap.flatMap((p) => p.items);
  // No roadmap yet: no empty section (the summary says it has not been drawn up).
  if (items.length === 0) return [];
  const phases: PdfNode[] = model.roadmap
    .filter((p) => p.items.length > 0)
    .map((p) => ({
      margin: [0, 8, 0, 8],
      stack: [
        {
          table: {
            // The horizon's title is a header row: a horizon continued on the
            // next page says again which horizon it is.
            headerRows: 2,
            keepWithHeaderRows: 1,
            dontBreakRows: true,
            widths: cols,
            body: [
              [{ ...(heading(fitter, p.title, 2) as object), tocItem: false, colSpan: 5, margin: [-CELL_PAD.x, 0, 0, 2] }, {}, {}, {}, {}],
              [t.roadmapTable.action, t.roadmapTable.area, t.roadmapTable.owner, t.roadmapTable.due, t.roadmapTable.status].map((h, i) =>
                para(fitter, h, cols[i] as number, { face: 'semibold', size: SIZE.small, color: COLOUR.muted }),
              ),
              ...p.items.map((item) => [
                {
                  stack: [
                    para(fitter, item.title, cols[0] as number, { face: 'semibold', userText: true }),
                    ...(item.description
                      ? [para(fitter, item.description, cols[0] as number, { size: SIZE.small, color: COLOUR.muted, margin: [0, 2, 0, 0], userText: true })]
                      : []),
                  ],
                },
                para(fitter, item.area, cols[1] as number, { size: SIZE.small }),
                para(fitter, item.owner, cols[2] as number, { size: SIZE.small, userText: true }),
                para(fitter, item.due, cols[3] as number, { size: SIZE.small }),
                para(fitter, item.status, cols[4] as number, { size: SIZE.small }),
              ]),
            ],
          },
          layout: TABLE_LAYOUT,
        },
      ],
    }));
  return [
    {
      unbreakable: true,
      pageBreak: 'before',
      stack: [heading(fitter, `4  ${t.roadmap}`, 1), para(fitter, t.roadmapIntro, w, { color: COLOUR.muted, margin: [0, 0, 0, 6] })],
    },
    ...phases,
  ];
}
