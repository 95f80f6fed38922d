import { COLOUR, CONTENT_WIDTH, SIZE, heading, label, lineCount, para, type PdfNode } from './layout';
import type { Fitter } from './line-break';
import type { AreaSection, ReportModel, StatementView } from './model';

/** Blocks longer than this may break across pages; shorter ones are kept whole. */
const KEEP_TOGETHER_LINES = 34;

function keyFigures(fitter: Fitter, model: ReportModel, area: AreaSection): PdfNode {
  const { t } = model;
  const figures: [string, string, boolean][] = [
    [t.scoreLabel, area.score, true],
    [t.stageLabel, area.stage, false],
    [t.targetLabel, area.target, false],
    [t.spreadLabel, area.spread, false],
    [t.answeredLabel, area.answered, false],
  ];
  const widths = [64, 150, 64, 64, CONTENT_WIDTH - 64 - 150 - 64 - 64 - 4 * 12];
  return {
    columns: figures.map(([name, value, big], i) => ({
      width: widths[i],
      stack: [
        label(fitter, name, widths[i] as number),
        para(fitter, value, widths[i] as number, {
          face: big ? 'bold' : 'semibold',
          size: big ? 18 : SIZE.body + 0.5,
          color: area.claim.partial && i < 2 ? COLOUR.warn : big ? COLOUR.primary : COLOUR.text,
          lineHeight: 1.1,
        }),
      ],
    })),
    columnGap: 12,
    margin: [0, 0, 0, 10],
  };
}

function statementBlock(fitter: Fitter, model: ReportModel, s: StatementView, index: number): PdfNode {
  const { t } = model;
  const scoreW = 44;
  const textW = CONTENT_WIDTH - scoreW - 10;
  const lines: PdfNode[] = [
    para(fitter, `${index + 1}. ${s.text}`, textW, { face: 'semibold', size: SIZE.body + 0.5, margin: [0, 0, 0, 2] }),
    para(fitter, s.levelText ? `${s.levelLabel}: ${s.levelText}` : s.levelLabel, textW, { size: SIZE.small + 0.5, color: COLOUR.text }),
    {
      ...para(fitter, `${s.disagreement ? `${t.disagreement.toUpperCase()} · ` : ''}${s.spread}`, textW, {
        size: SIZE.tiny + 0.5,
        color: s.disagreement ? COLOUR.warn : COLOUR.muted,
        face: s.disagreement ? 'semibold' : 'regular',
      }),
      margin: [0, 2, 0, 0],
    },
  ];
  for (const [name, text] of [
    [t.note, s.note],
    [t.evidence, s.evidence],
  ] as const) {
    if (!text) continue;
    lines.push(label(fitter, name, textW));
    lines.push(para(fitter, text, textW, { size: SIZE.small + 0.5, userText: true }));
  }
  // Spacing above the labels of notes: label() has no top margin of its own.
  const stack = lines.map((node, i) => (i > 2 && typeof node === 'object' && !Array.isArray(node) && i % 2 === 1 ? { ...node, margin: [0, 5, 0, 2] } : node));
  const total = [s.text, s.levelText, s.note ?? '', s.evidence ?? ''].reduce((n, text) => n + lineCount(fitter, text, textW), 0);
  return {
    // Space above, never below: a bottom margin at the foot of a page makes pdfmake start an empty one.
    margin: [0, index === 0 ? 0 : 12, 0, 0],
    columns: [
      { width: scoreW, ...para(fitter, s.score, scoreW, { face: 'bold', size: 15, color: s.basis === 'none' ? COLOUR.muted : COLOUR.primary }) },
      { width: textW, stack },
    ],
    columnGap: 10,
    ...(total <= KEEP_TOGETHER_LINES ? { unbreakable: true } : {}),
  };
}

/** One section per area, each starting on its own page. */
export function areaSections(model: ReportModel, fitter: Fitter): PdfNode[] {
  // Without a roadmap (the summary says so) the areas are section 4.
  const hasRoadmap = model.roadmap.some((phase) => phase.items.length > 0);
  const { t } = model;
  const number = hasRoadmap ? 5 : 4;
  const first: PdfNode = {
    ...(heading(fitter, `${number}  ${t.areas}`, 1, { pageBreak: true }) as object),
  };
  return model.areas.flatMap((area, i) => {
    const nodes: PdfNode[] = [];
    if (i === 0) nodes.push(first);
    nodes.push(
      {
        ...(heading(fitter, `${number}.${i + 1}  ${area.title}`, 2, i === 0 ? {} : { pageBreak: true }) as object),
        ...(i === 0 ? {} : { pageBreak: 'before' }),
      },
      para(fitter, `${t.layer}: ${area.layer}`, CONTENT_WIDTH, { size: SIZE.small, color: COLOUR.muted, margin: [0, -4, 0, 10] }),
      keyFigures(fitter, model, area),
    );
    if (area.notEnough) {
      nodes.push({
        table: { widths: [CONTENT_WIDTH - 16], body: [[para(fitter, area.notEnough, CONTENT_WIDTH - 16, { size: SIZE.small + 0.5, color: COLOUR.warn })]] },
        layout: {
          hLineWidth: () => 0,
          vLineWidth: (i: number) => (i === 0 ? 2 : 0),
          vLineColor: () => COLOUR.warn,
          paddingLeft: () => 8,
          paddingRight: () => 6,
          paddingTop: () => 5,
          paddingBottom: () => 5,
          fillColor: () => COLOUR.warnBand,
        },
        margin: [0, 0, 0, 10],
      });
    }
    nodes.push(para(fitter, area.intro, CONTENT_WIDTH, { size: SIZE.body, color: COLOUR.muted, margin: [0, 0, 0, 14] }));
    area.statements.forEach((s, j) => nodes.push(statementBlock(fitter, model, s, j)));
    return nodes;
  });
}
