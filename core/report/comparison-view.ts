import type { Assessment } from '../assessment/schema';
import { BUILT_IN_MAPPINGS } from '../compare/built-in-mappings';
// From the modules themselves, not core/compare's index: that would bring the mapping schema, and zod, into the report worker.
import { compareOverTime, comparisonProblem, type ComparisonOverTime, type ScoreSeries, type StatementTrack } from '../compare/over-time';
import type { ScorePoint } from '../compare/points';
import { formatDate, formatScore } from '../format';
import { kpiName } from '../kpi/definitions';
import { formatKpiPeriod, formatKpiValue } from '../kpi/format';
import { directionOf } from '../scoring/compare';
import type { Language } from '../settings';
import { REPORT_TEXT } from './texts';

/** Cleans user text for the PDF (see model.ts). */
type Clean = (text: string, multiline?: boolean) => string;

export interface ComparisonRow {
  title: string;
  overall: boolean;
  /** Per assessment: the score as printed, or "–". */
  scores: string[];
  /** Per assessment: "vaihe 3", "ei vaihetta", "ei kyselyssä". */
  stages: string[];
  /** The core's scores, for the chart (null: no score). */
  values: (number | null)[];
  /** First to latest, signed ("+0,4"). */
  change: string;
  /** First to latest stage change ("+1", "−1", "±0"), or "–" when either has no stage. */
  stageChange: string;
}

export interface StatementLine {
  text: string;
  detail: string;
  change: string;
}

export interface UnmatchedBlock {
  heading: string;
  basis: string;
  items: { kind: string; text: string }[];
}

/**
 * A client's assessments compared over time, as plain strings for the PDF
 * (the executive report's trend section and the standalone comparison
 * report). Every number is compareOverTime's, formatted once here.
 */
export interface ComparisonView {
  comparison: ComparisonOverTime;
  client: string;
  dates: string[];
  assessments: { title: string; date: string; questionnaire: string }[];
  intro: string;
  rows: ComparisonRow[];
  /** The scale changed (v1 → v2) or the overall stage was capped: what a reader must know before reading a stage change. */
  notes: string[];
  improved: StatementLine[];
  declined: StatementLine[];
  unmatchedCount: number;
  unmatched: UnmatchedBlock[];
  groups: { pair: string; gaps: string[]; trend: string }[];
  kpis: { name: string; values: string[]; differs: boolean }[];
}

/** A change with its sign: "+0,4", "−0,2", "±0,0" (a change under MIN_CHANGE is flat), as the CLI prints it. */
export function signedChange(delta: number | null, language: Language): string {
  if (delta === null) return '–';
  const direction = directionOf(delta);
  return `${direction === 'up' ? '+' : direction === 'down' ? '−' : '±'}${formatScore(direction === 'flat' ? 0 : Math.abs(delta), language)}`;
}

/** The comparison of `assessments` (one client, two or more, any order), or null when they cannot be compared. */
export function buildComparisonView(assessments: readonly Assessment[], language: Language, clean: Clean): ComparisonView | null {
  if (comparisonProblem(assessments)) return null;
  const c = compareOverTime({ assessments, mappings: BUILT_IN_MAPPINGS });
  const t = REPORT_TEXT[language].comparison;
  const byId = new Map(assessments.map((a) => [a.id, a]));
  const sorted = c.assessments.map((a) => byId.get(a.assessmentId) as Assessment);
  const latestFirst = [...sorted].reverse();
  const f = (n: number | null) => formatScore(n, language);
  const dates = sorted.map((a) => formatDate(a.date, language));
  const areaTitle = (id: string) => clean(latestFirst.flatMap((a) => a.questionnaire.areas).find((a) => a.id === id)?.title[language] ?? id);
  const statementText = (id: string) =>
    clean(latestFirst.flatMap((a) => a.questionnaire.areas.flatMap((x) => x.statements)).find((s) => s.id === id)?.text[language] ?? id);

  const stage = (p: ScorePoint) => (!p.present ? t.absent : p.stage !== null ? t.stageShort(p.stage) : t.noStage);
  const row = (title: string, s: ScoreSeries, overall: boolean): ComparisonRow => {
    const last = s.firstToLatest;
    return {
      title,
      overall,
      scores: s.points.map((p) => (p.present ? f(p.score) : '–')),
      stages: s.points.map(stage),
      values: s.points.map((p) => (p.present ? p.score : null)),
      change: signedChange(last?.score.delta ?? null, language),
      stageChange: last?.stageChange == null ? '–' : last.stageChange > 0 ? `+${last.stageChange}` : last.stageChange < 0 ? `−${-last.stageChange}` : '±0',
    };
  };

  const notes: string[] = [];
  if (c.overall.steps.some((s) => s.scaleChanged)) notes.push(t.scaleChanged);
  c.overall.points.forEach((p, i) => {
    if (p.capped) notes.push(t.capped(dates[i] as string, areaTitle(p.capped.areaId), p.capped.areaStage, p.capped.uncapped));
  });

  const statementLine = (s: StatementTrack): StatementLine => ({
    text: statementText(s.statementId),
    detail: `${t.statementChange(areaTitle(s.areaId), f(s.change!.before), f(s.change!.after))}${s.reworded ? ` · ${t.reworded}` : ''}`,
    change: signedChange(s.change!.delta, language),
  });

  const textIn = (a: Assessment, id: string) => clean(a.questionnaire.areas.flatMap((x) => x.statements).find((s) => s.id === id)?.text[language] ?? id);
  const titleIn = (a: Assessment, id: string) => clean(a.questionnaire.areas.find((x) => x.id === id)?.title[language] ?? id);
  const unmatched = c.matching.map((m, i): UnmatchedBlock => {
    const [before, after] = [sorted[i] as Assessment, sorted[i + 1] as Assessment];
    return {
      heading: t.between(dates[i] as string, dates[i + 1] as string),
      basis: m.basis === 'mapping' ? t.basisMapping : t.basisId,
      items: [
        ...m.areasOnlyBefore.map((id) => ({ kind: t.areaOnlyBefore, text: titleIn(before, id) })),
        ...m.areasOnlyAfter.map((id) => ({ kind: t.areaOnlyAfter, text: titleIn(after, id) })),
        ...m.replaced.map((r) => ({ kind: t.replaced, text: t.replacedBy(textIn(before, r.earlierId), textIn(after, r.laterId)) })),
        ...m.removed.map((s) => ({ kind: t.removed, text: textIn(before, s.statementId) })),
        ...m.added.map((s) => ({ kind: t.added, text: textIn(after, s.statementId) })),
      ],
    };
  });
  const unmatchedCount = c.matching.reduce((n, m) => n + m.replaced.length + m.removed.length + m.added.length, 0);

  return {
    comparison: c,
    client: clean((sorted[sorted.length - 1] as Assessment).client.name),
    dates,
    assessments: sorted.map((a, i) => ({ title: clean(a.title), date: dates[i] as string, questionnaire: t.questionnaire(a.questionnaire.version) })),
    intro: t.intro(sorted.length, dates[0] as string, dates[dates.length - 1] as string),
    rows: [row(REPORT_TEXT[language].trendOverall, c.overall, true), ...c.areas.map((a) => row(areaTitle(a.areaId), a, false))],
    notes,
    improved: c.improvedStatements.map(statementLine),
    declined: c.declinedStatements.map(statementLine),
    unmatchedCount,
    unmatched,
    groups: c.groups.pairs.map((p) => ({
      pair: clean(t.groupPair(p.groups[0], p.groups[1])),
      gaps: p.overall.gaps.map((g) => (g === null ? '–' : signedChange(g, language))),
      trend: p.overall.trend ? t.groupTrend[p.overall.trend] : '–',
    })),
    kpis: c.kpis.map((k) => ({
      name: clean(kpiName(k.definition, language)),
      differs: k.definitionsDiffer,
      values: c.assessments.map(
        (a) =>
          k.points
            .filter((p) => p.assessmentId === a.assessmentId)
            .map((p) => `${formatKpiValue(p.value, k.definition.unit, language)} (${formatKpiPeriod(p.period, language)})`)
            .join('\n') || '–',
      ),
    })),
  };
}
