import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { buildReportDocument } from '../../core/report/document';
import { createFitter } from '../../core/report/line-break';
import { buildReportModel } from '../../core/report/model';
import { sanitizeText } from '../../core/report/sanitize';
import { roadmapLines } from '../../core/roadmap/view';
import { example, readJson } from '../fixtures/builders';
import type { Questionnaire } from '../../core/questionnaire/schema';

const fitter = createFitter({ advance: () => 0.55, hyphenate: (word) => [word] });
const clean = (text: string, multiline?: boolean) => sanitizeText(text, { hasGlyph: () => true, multiline: multiline ?? false });

/** Every value in the document tree, with the key it sits under. */
function* walk(node: unknown, key = ''): Generator<[string, unknown]> {
  yield [key, node];
  if (Array.isArray(node)) for (const child of node) yield* walk(child, key);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) yield* walk(v, k);
}

function document(assessment: Assessment, logo?: string) {
  const model = buildReportModel({
    assessment,
    earlier: [example('nordtek-2025')],
    language: 'fi',
    participants: 'names',
    roadmap: roadmapLines(assessment, 'fi'),
    clean,
  });
  return buildReportDocument({ model, fitter, ...(logo ? { logo } : {}) });
}

describe('the report document', () => {
  const hostile = '<svg onload="x">Evil & Co "Oy"</svg>';
  const base = example('nordtek-2026');
  const first = base.questionnaire.areas[0]!.statements[0]!.id;
  const assessment: Assessment = {
    ...base,
    client: { id: 'nordtek', name: `CLIENT-${hostile}` },
    answers: { ...base.answers, [first]: { ...base.answers[first], note: `NOTE-${hostile} https://example.com/x` } },
    roadmap: {
      generatedAt: '2026-03-18T10:00:00.000Z',
      library: { id: 'l', version: 1 },
      items: [{ id: 'r1', areaId: 'strategy', phase: 1, order: 0, status: 'accepted', title: 'Toimenpide', owner: `OWNER-${hostile}` }],
    },
  };
  const doc = document(assessment, 'data:image/png;base64,iVBORw0KGgo=');
  const entries = [...walk(doc)];

  it('never puts the client, a note or an owner inside a chart', () => {
    const svgs = entries.filter(([k, v]) => k === 'svg' && typeof v === 'string').map(([, v]) => v as string);
    // The radar and the diamond; the trend's small line charts (overall and each area) are vector drawings.
    expect(svgs.length).toBe(2);
    const polylines = entries.filter(([k, v]) => k === 'type' && v === 'polyline');
    expect(polylines.length).toBe(1 + assessment.questionnaire.areas.length);
    for (const svg of svgs) {
      for (const marker of ['CLIENT-', 'NOTE-', 'OWNER-', 'onload', 'Evil']) expect(svg).not.toContain(marker);
    }
  });

  it('has no links, and the logo is the only image', () => {
    expect(entries.filter(([k]) => k === 'link' || k === 'linkToPage' || k === 'linkToDestination')).toEqual([]);
    expect(entries.filter(([k]) => k === 'image').map(([, v]) => v)).toEqual(['data:image/png;base64,iVBORw0KGgo=']);
  });

  it('prints the user’s text as plain text', () => {
    const texts = entries.filter(([k, v]) => k === 'text' && typeof v === 'string').map(([, v]) => (v as string).replace(/\n/g, ' '));
    expect(texts.some((t) => t.includes('NOTE-'))).toBe(true);
    expect(texts.some((t) => t.includes('OWNER-'))).toBe(true);
  });
});

describe('the report on questionnaire v2', () => {
  it('prints v2’s stage scale and explains a capped overall stage before what the stage means', () => {
    const v2 = readJson('assessments/questionnaires/b2b-cx-diamond-v2.json') as Questionnaire;
    const answers = Object.fromEntries(v2.areas.flatMap((area) => area.statements.map((s) => [s.id, { agreed: area.id === 'measurement' ? 1 : 5 }])));
    const base = example('nordtek-2026');
    const capped: Assessment = { ...base, questionnaire: v2, answers };
    delete capped.roadmap;
    const model = buildReportModel({ assessment: capped, earlier: [], language: 'en', participants: 'names', roadmap: roadmapLines(capped, 'en'), clean });
    expect(model.summary.stage).toBe('Stage 2: Initiated');
    expect(model.summary.capNote).toBe(
      'The overall stage is at most one above the weakest area: Measurement is at stage 1, so the overall stage is 2, although the mean alone would give stage 5.',
    );
    const strings = [...walk(buildReportDocument({ model, fitter }))].filter(([, v]) => typeof v === 'string').map(([, v]) => v as string);
    const joined = strings.join('\n');
    expect(joined.indexOf('at most one above')).toBeLessThan(joined.indexOf('The work has started'));
    // The appendix lists v2's bands: the top stage from 4.5.
    expect(joined).toMatch(/4\.5\s*–\s*5\.0/);
    expect(joined).toContain('Embedded');
  });
});
