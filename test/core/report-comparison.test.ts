import { describe, expect, it } from 'vitest';
import { BUILT_IN_MAPPINGS, compareOverTime } from '../../core/compare';
import { comparisonKpiTable, comparisonScoresTable, comparisonTable } from '../../core/export/comparison-tables';
import { formatDate, formatScore } from '../../core/format';
import { comparisonCsv } from '../../core/library/csv';
import { buildComparisonDocument } from '../../core/report/comparison-document';
import { buildComparisonView, signedChange } from '../../core/report/comparison-view';
import { endValues } from '../../core/report/document-comparison';
import { buildReportDocument } from '../../core/report/document';
import { createFitter } from '../../core/report/line-break';
import { buildReportModel } from '../../core/report/model';
import { sanitizeText } from '../../core/report/sanitize';
import { REPORT_TEXT } from '../../core/report/texts';
import { roadmapLines } from '../../core/roadmap/view';
import { displayedScore } from '../../core/scoring/claims';
import { example } from '../fixtures/builders';
import { nordtekSeries } from '../fixtures/nordtek-2027';

const fitter = createFitter({ advance: () => 0.55, hyphenate: (word) => [word] });
const clean = (text: string, multiline?: boolean) => sanitizeText(text, { hasGlyph: () => true, multiline: multiline ?? false });

// v1 → v1 → v2, given out of order: the report and the exports show core's comparison, nothing recomputed.
const series = nordtekSeries();
const [a25, a26, a27] = series as [(typeof series)[0], (typeof series)[0], (typeof series)[0]];
const core = compareOverTime({ assessments: series, mappings: BUILT_IN_MAPPINGS });

function model(language: 'fi' | 'en') {
  return buildReportModel({ assessment: a27, earlier: [a26, a25], language, participants: 'roles', roadmap: roadmapLines(a27, language), clean });
}

describe('the executive report’s trend over every given assessment', () => {
  const trend = model('fi').trend!;

  it('has one column per assessment, oldest first, and the overall index and every area with core’s scores and stages', () => {
    expect(trend.dates).toEqual(['18.3.2025', '17.3.2026', '16.3.2027']);
    expect(trend.rows.map((r) => r.title)).toEqual([
      'Kokonaisindeksi',
      ...core.areas.map((a) => a27.questionnaire.areas.find((x) => x.id === a.areaId)!.title.fi),
    ]);
    const series = [core.overall, ...core.areas];
    trend.rows.forEach((row, i) => {
      const s = series[i]!;
      expect(row.values).toEqual(s.points.map((p) => p.score));
      expect(row.scores).toEqual(s.points.map((p) => formatScore(p.score, 'fi')));
      expect(row.stages).toEqual(s.points.map((p) => (p.stage === null ? 'ei vaihetta' : `vaihe ${p.stage}`)));
      expect(row.change).toBe(signedChange(s.firstToLatest!.score.delta, 'fi'));
      const stageChange = s.firstToLatest!.stageChange;
      expect(row.stageChange).toBe(stageChange === null ? '–' : stageChange > 0 ? `+${stageChange}` : stageChange < 0 ? `−${-stageChange}` : '±0');
    });
    // One with a real change, so the check above is not only of zeros.
    expect(trend.rows.some((r) => r.change.startsWith('+'))).toBe(true);
    expect(trend.rows.some((r) => r.change.startsWith('−'))).toBe(true);
  });

  it('labels each small chart’s ends with the first and the latest score, and leaves an end without a score bare', () => {
    for (const row of trend.rows) {
      const first = row.values[0] === null ? {} : { first: row.scores[0] };
      const last = row.values.at(-1) === null ? {} : { last: row.scores.at(-1) };
      expect(endValues(row)).toEqual({ ...first, ...last });
    }
    expect(endValues(trend.rows[0]!)).toEqual({
      first: formatScore(core.overall.points[0]!.score, 'fi'),
      last: formatScore(core.overall.points[2]!.score, 'fi'),
    });
    expect(endValues({ values: [null, 2.25, null], scores: ['–', '2,3', '–'] })).toEqual({});
    expect(endValues({ values: [null, 3], scores: ['–', '3,0'] })).toEqual({ last: '3,0' });
    expect(endValues({ values: [3], scores: ['3,0'] })).toEqual({ last: '3,0' });
  });

  it('names the statements that moved most, as core ranks them', () => {
    expect(trend.improved.map((s) => s.change)).toEqual(core.improvedStatements.map((s) => signedChange(s.change!.delta, 'fi')));
    expect(trend.declined.map((s) => s.change)).toEqual(core.declinedStatements.map((s) => signedChange(s.change!.delta, 'fi')));
    // The latest questionnaire that has the statement words it (a v1 statement dropped in v2 keeps its v1 wording).
    const text = (id: string) => [a27, a26, a25].flatMap((x) => x.questionnaire.areas.flatMap((a) => a.statements)).find((s) => s.id === id)!.text.fi;
    expect(trend.improved.map((s) => s.text)).toEqual(core.improvedStatements.map((s) => text(s.statementId)));
    expect(trend.improved.length).toBeGreaterThan(0);
    expect(trend.declined.length).toBeGreaterThan(0);
  });

  it('says the stage scale changed (v1 → v2), and counts and lists the statements that could not be compared', () => {
    expect(core.overall.steps.map((s) => s.scaleChanged)).toEqual([false, true]);
    expect(trend.notes).toContain(REPORT_TEXT.fi.comparison.scaleChanged);
    const unmatched = core.matching.reduce((n, m) => n + m.replaced.length + m.removed.length + m.added.length, 0);
    expect(unmatched).toBeGreaterThan(0);
    expect(trend.unmatchedCount).toBe(unmatched);
    expect(trend.unmatched.map((b) => b.items.filter((i) => !i.kind.startsWith('Osa-alue')).length)).toEqual(
      core.matching.map((m) => m.replaced.length + m.removed.length + m.added.length),
    );
    const doc = JSON.stringify(buildReportDocument({ model: model('fi'), fitter }));
    expect(doc).toContain('Vertailukelvottomat väittämät');
  });

  it('notes the cap when v2 capped the overall stage', () => {
    const capped = {
      ...a27,
      answers: Object.fromEntries(
        a27.questionnaire.areas.flatMap((area) => area.statements.map((s) => [s.id, { agreed: area.id === 'measurement' ? 1 : 5 } as const])),
      ),
    };
    const view = buildComparisonView([a26, capped], 'en', clean)!;
    const point = compareOverTime({ assessments: [a26, capped], mappings: BUILT_IN_MAPPINGS }).overall.points[1]!;
    expect(point.capped).toBeDefined();
    expect(view.notes).toContain(
      REPORT_TEXT.en.comparison.capped(formatDate('2027-03-16', 'en'), 'Measurement', point.capped!.areaStage, point.capped!.uncapped),
    );
  });

  it('shows group gaps per pair over time and the KPIs side by side by assessment date', () => {
    expect(trend.groups.map((g) => g.gaps)).toEqual(core.groups.pairs.map((p) => p.overall.gaps.map((g) => (g === null ? '–' : signedChange(g, 'fi')))));
    expect(trend.kpis.map((k) => k.name)).toEqual(['Suositteluindeksi (NPS)', 'Asiakaspoistuma', 'Huoltokäynnit']);
    expect(trend.kpis[0]!.values).toEqual(['18 (2024)', '24 (2025)', '31 (2026)']);
    expect(trend.kpis[1]!.values).toEqual(['–', '9,1 % (Q4/2025)', '7,5 % (Q4/2026)']);
  });

  it('is absent without earlier assessments, and without another client’s', () => {
    expect(buildReportModel({ assessment: a27, earlier: [], language: 'fi', participants: 'roles', roadmap: [], clean }).trend).toBeUndefined();
    const foreign = { ...example('harbour-2026') };
    expect(buildComparisonView([a27, foreign], 'fi', clean)).toBeNull();
  });
});

describe('the standalone comparison document', () => {
  it('holds the cover, the scores, statements, groups, KPIs and the unmatched list', () => {
    const view = buildComparisonView(series, 'en', clean)!;
    const doc = JSON.stringify(buildComparisonDocument({ view, language: 'en', fitter }));
    for (const text of [
      'COMPARISON OF MATURITY ASSESSMENTS',
      'Scores and maturity stages',
      'STATEMENTS THAT IMPROVED MOST',
      'Gaps between groups',
      'Business KPIs',
      'Statements not compared',
    ])
      expect(doc).toContain(text);
    // Line charts: one per row.
    expect(doc.match(/"type":"polyline"/g)).toHaveLength(view.rows.length);
  });
});

describe('the comparison as spreadsheet tables', () => {
  it('has one row per area present per assessment, with core’s numbers rounded as the screen shows them', () => {
    const table = comparisonScoresTable(core, series, 'fi');
    const present = [core.overall, ...core.areas].reduce((n, s) => n + s.points.filter((p) => p.present).length, 0);
    expect(table.rows).toHaveLength(present);
    const title = (id: string) => a27.questionnaire.areas.find((a) => a.id === id)!.title.fi;
    for (const area of core.areas)
      area.points.forEach((p, i) => {
        const row = table.rows.find((r) => r[2] === core.assessments[i]!.date && r[4] === title(area.areaId))!;
        expect(row.slice(5, 7)).toEqual([displayedScore(p.score), p.stage]);
        expect(row[7]).toBe(i === 0 ? null : displayedScore(area.steps[i - 1]!.score.delta));
        expect(row[9]).toBe(i === 0 ? null : area.steps[i - 1]!.stageChange);
        expect(row[10]).toBe(i === 0 ? null : area.steps[i - 1]!.scaleChanged ? 'kyllä' : 'ei');
      });
    const overall = table.rows.filter((r) => r[4] === 'Kokonaisindeksi');
    expect(overall.map((r) => r[5])).toEqual(core.overall.points.map((p) => displayedScore(p.score)));
  });

  it('has one row per KPI value, and the CSV reads back in Finnish with ";" and the decimal comma', () => {
    const kpis = comparisonKpiTable(core, series, 'fi');
    expect(kpis.rows).toHaveLength(core.kpis.reduce((n, k) => n + k.points.length, 0));
    const csv = comparisonCsv(core, series, 'fi');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    const header = lines[0]!.split(';');
    expect(header).toEqual(comparisonTable(core, series, 'fi').header);
    const rows = lines.slice(1).map((l) => l.split(';'));
    expect(rows).toHaveLength(comparisonScoresTable(core, series, 'fi').rows.length + kpis.rows.length);
    const churn = rows.find((r) => r[header.indexOf('Mittari')] === 'Asiakaspoistuma' && r[header.indexOf('Kausi')] === '2026-Q4')!;
    expect(churn[header.indexOf('Arvo')]).toBe('7,456');
    expect(churn[header.indexOf('Pisteet')]).toBe('');
    const strategy = rows.find((r) => r[header.indexOf('Osa-alue')] === 'Strategia' && r[2] === '2027-03-16')!;
    expect(strategy[header.indexOf('Pisteet')]).toBe(formatScore(core.areas.find((a) => a.areaId === 'strategy')!.points[2]!.score, 'fi'));
    expect(formatDate('2027-03-16', 'fi')).toBe('16.3.2027');
  });
});
