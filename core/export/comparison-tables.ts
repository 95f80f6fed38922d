import type { Assessment } from '../assessment/schema';
import type { ComparisonOverTime, ScoreSeries } from '../compare';
import { kpiName } from '../kpi/definitions';
import { displayedScore } from '../scoring/claims';
import type { Language } from '../settings';
import type { Cell, Table } from './tables';

/**
 * A comparison over time (core/compare) as spreadsheet tables: one row per
 * area (and the overall index) per assessment, and one row per KPI value.
 * The numbers are compareOverTime's, rounded as the screen shows them; an
 * area a questionnaire does not have gets no row (never a zero).
 */
const TEXT = {
  fi: {
    base: ['Asiakas', 'Arvio', 'Päivämäärä', 'Kyselyn versio'],
    scores: [
      'Osa-alue',
      'Pisteet',
      'Kypsyysvaihe',
      'Muutos edellisestä',
      'Muutos ensimmäisestä',
      'Vaiheen muutos edellisestä',
      'Vaiheasteikko muuttunut',
      'Pisteytetty',
      'Väittämiä',
    ],
    kpis: ['Mittari', 'Kausi', 'Arvo', 'Yksikkö', 'Lähde', 'Määritelmä muuttunut'],
    overall: 'Kokonaisindeksi',
    yes: 'kyllä',
    no: 'ei',
    units: { points: 'pistettä', percent: '%', eur: '€', count: 'kpl', days: 'päivää' },
    sheetScores: 'Vertailu',
    sheetKpis: 'Mittarit',
  },
  en: {
    base: ['Client', 'Assessment', 'Date', 'Questionnaire version'],
    scores: [
      'Area',
      'Score',
      'Maturity stage',
      'Change from previous',
      'Change from first',
      'Stage change from previous',
      'Stage scale changed',
      'Scored',
      'Statements',
    ],
    kpis: ['KPI', 'Period', 'Value', 'Unit', 'Source', 'Definition changed'],
    overall: 'Overall index',
    yes: 'yes',
    no: 'no',
    units: { points: 'points', percent: '%', eur: '€', count: 'count', days: 'days' },
    sheetScores: 'Comparison',
    sheetKpis: 'KPIs',
  },
} as const;

export const comparisonSheetNames = (language: Language) => ({ scores: TEXT[language].sheetScores, kpis: TEXT[language].sheetKpis });

const rounded = (n: number | null | undefined): number | null => (n === null || n === undefined ? null : displayedScore(n));

function ordered(c: ComparisonOverTime, assessments: readonly Assessment[]): Assessment[] {
  const byId = new Map(assessments.map((a) => [a.id, a]));
  return c.assessments.map((a) => byId.get(a.assessmentId) as Assessment);
}

/** Scores per area and overall per assessment, oldest first, with the change from the previous and the first assessment. */
export function comparisonScoresTable(c: ComparisonOverTime, assessments: readonly Assessment[], language: Language): Table {
  const t = TEXT[language];
  const sorted = ordered(c, assessments);
  const latestFirst = [...sorted].reverse();
  const areaTitle = (id: string) => latestFirst.flatMap((a) => a.questionnaire.areas).find((a) => a.id === id)?.title[language] ?? id;
  const rows: Cell[][] = [];
  sorted.forEach((a, i) => {
    const base = [a.client.name, a.title, a.date, a.questionnaire.version];
    const row = (title: string, s: ScoreSeries) => {
      const p = s.points[i]!;
      if (!p.present) return;
      const step = i > 0 ? s.steps[i - 1]! : null;
      const first = s.points[0]!;
      rows.push([
        ...base,
        title,
        rounded(p.score),
        p.stage,
        rounded(step?.score.delta),
        i > 0 && first.present && first.score !== null && p.score !== null ? rounded(p.score - first.score) : null,
        step?.stageChange ?? null,
        step ? (step.scaleChanged ? t.yes : t.no) : null,
        p.coverage.scored,
        p.coverage.total,
      ]);
    };
    for (const area of c.areas) row(areaTitle(area.areaId), area);
    row(t.overall, c.overall);
  });
  return {
    header: [...t.base, ...t.scores],
    rows,
    kinds: ['text', 'text', 'date', 'count', 'text', 'score', 'count', 'score', 'score', 'count', 'label', 'count', 'count'],
  };
}

/** One row per recorded KPI value, dated by its assessment; no change is computed and nothing links it to a score. */
export function comparisonKpiTable(c: ComparisonOverTime, assessments: readonly Assessment[], language: Language): Table {
  const t = TEXT[language];
  const byId = new Map(assessments.map((a) => [a.id, a]));
  const rows: Cell[][] = c.kpis.flatMap((k) =>
    k.points.map((p) => {
      const a = byId.get(p.assessmentId) as Assessment;
      return [
        a.client.name,
        a.title,
        a.date,
        a.questionnaire.version,
        kpiName(k.definition, language),
        p.period,
        p.value,
        t.units[k.definition.unit],
        p.source ?? null,
        k.definitionsDiffer ? t.yes : t.no,
      ];
    }),
  );
  return { header: [...t.base, ...t.kpis], rows, kinds: ['text', 'text', 'date', 'count', 'text', 'label', 'number', 'label', 'text', 'label'] };
}

/**
 * Both as one table for a CSV (one file, one table, ready for a pivot): the
 * score columns, then the KPI columns; a score row leaves the KPI columns
 * empty and a KPI row the score columns.
 */
export function comparisonTable(c: ComparisonOverTime, assessments: readonly Assessment[], language: Language): Table {
  const scores = comparisonScoresTable(c, assessments, language);
  const kpis = comparisonKpiTable(c, assessments, language);
  const base = TEXT[language].base.length;
  const [scoreCols, kpiCols] = [scores.header.length - base, kpis.header.length - base];
  return {
    header: [...scores.header, ...kpis.header.slice(base)],
    rows: [
      ...scores.rows.map((r) => [...r, ...Array<Cell>(kpiCols).fill(null)]),
      ...kpis.rows.map((r) => [...r.slice(0, base), ...Array<Cell>(scoreCols).fill(null), ...r.slice(base)]),
    ],
    kinds: [...scores.kinds, ...kpis.kinds.slice(base)],
  };
}
