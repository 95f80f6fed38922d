import { AREA_CLAIM_SHARE, OVERALL_CLAIM_SHARE } from '../scoring/claims';
import { formatPercent } from '../format';
import { COLOUR, CONTENT_WIDTH, SIZE, TABLE_LAYOUT, columns, heading, para, type PdfNode } from './layout';
import type { Fitter } from './line-break';
import type { ReportModel } from './model';
import { MISSING_MARK } from './sanitize';

/** The appendix: method, scale, stages, participants and every answer. */
export function appendixSection(model: ReportModel, fitter: Fitter): PdfNode[] {
  const { t, appendix: a } = model;
  const w = CONTENT_WIDTH;
  const areaMin = Math.ceil(AREA_CLAIM_SHARE * 5 - 1e-9);
  const nodes: PdfNode[] = [
    heading(fitter, t.appendix, 1, { pageBreak: true }),
    heading(fitter, t.method, 2),
    para(fitter, t.methodText(a.statements, a.areaCount, a.customQuestionnaire), w, { margin: [0, 0, 0, 8] }),
    para(fitter, t.methodClaims(areaMin, 5, formatPercent(OVERALL_CLAIM_SHARE, model.language)), w, { margin: [0, 0, 0, 8] }),
    para(fitter, t.methodMarks(MISSING_MARK), w, { margin: [0, 0, 0, 16], color: COLOUR.muted, size: SIZE.small + 0.5 }),
  ];

  const scaleCols = columns(w, [1, 4]);
  nodes.push({
    unbreakable: true,
    stack: [
      heading(fitter, t.scale, 2),
      {
        table: {
          widths: scaleCols,
          body: t.scaleRows.map(([k, v]) => [para(fitter, k, scaleCols[0] as number, { face: 'semibold' }), para(fitter, v, scaleCols[1] as number)]),
        },
        layout: TABLE_LAYOUT,
        margin: [0, 0, 0, 16],
      },
    ],
  });

  const stageCols = columns(w, [1.5, 0.8, 5]);
  nodes.push(heading(fitter, t.stages, 2), {
    table: {
      dontBreakRows: true,
      widths: stageCols,
      body: a.stages.map((s) => [
        para(fitter, s.name, stageCols[0] as number, { face: 'semibold', size: SIZE.small + 0.5 }),
        para(fitter, s.range, stageCols[1] as number, { size: SIZE.small + 0.5 }),
        para(fitter, s.description, stageCols[2] as number, { size: SIZE.small + 0.5 }),
      ]),
    },
    layout: TABLE_LAYOUT,
    margin: [0, 0, 0, 16],
  });

  const names = a.participantsMode === 'names';
  const pCols = names ? columns(w, [2, 2, 1.4]) : columns(w, [3, 1.4]);
  const pHead = names ? [t.participantTable.name, t.participantTable.role, t.participantTable.group] : [t.participantTable.role, t.participantTable.group];
  nodes.push({
    unbreakable: a.participants.length <= 20,
    stack: [
      heading(fitter, t.participants, 2),
      ...(names ? [] : [para(fitter, t.participantsRolesOnly, w, { size: SIZE.small, color: COLOUR.muted, margin: [0, 0, 0, 4] })]),
      {
        table: {
          headerRows: 1,
          widths: pCols,
          body: [
            pHead.map((h, i) => para(fitter, h, pCols[i] as number, { face: 'semibold', size: SIZE.small, color: COLOUR.muted })),
            ...a.participants.map((p) =>
              (names ? [p.name, p.role, p.group || '–'] : [p.role, p.group || '–']).map((cell, i) =>
                para(fitter, cell, pCols[i] as number, { size: SIZE.small + 0.5, userText: true }),
              ),
            ),
          ],
        },
        layout: TABLE_LAYOUT,
      },
    ],
  });

  const aCols = columns(w, [5.2, 2.2, 0.9, 0.9]);
  nodes.push(
    heading(fitter, t.answers, 2, { pageBreak: true }),
    para(fitter, t.answersIntro, w, { size: SIZE.small, color: COLOUR.muted, margin: [0, 0, 0, 8] }),
  );
  for (const area of a.answers) {
    nodes.push({
      margin: [0, 6, 0, 10],
      table: {
        headerRows: 1,
        widths: aCols,
        body: [
          [area.area, t.answerTable.votes, t.answerTable.agreed, t.answerTable.score].map((h, i) =>
            para(fitter, h, aCols[i] as number, {
              face: 'semibold',
              size: i === 0 ? SIZE.body : SIZE.small,
              color: i === 0 ? COLOUR.primary : COLOUR.muted,
              alignment: i >= 2 ? 'right' : 'left',
            }),
          ),
          ...area.rows.map((row) => [
            para(fitter, row.statement, aCols[0] as number, { size: SIZE.small + 0.5, face: 'semibold' }),
            para(fitter, row.votes, aCols[1] as number, { size: SIZE.small }),
            para(fitter, row.agreed, aCols[2] as number, { size: SIZE.small, alignment: 'right' }),
            para(fitter, row.score, aCols[3] as number, { size: SIZE.small, face: 'semibold', alignment: 'right' }),
          ]),
        ],
      },
      layout: TABLE_LAYOUT,
    });
  }
  return nodes;
}
