import type { Assessment } from '../assessment/schema';
import { scoreAssessment, type AssessmentScores } from '../scoring/assessment-scores';
import { directionOf, TOP_N } from '../scoring/compare';
import { groupGaps, groupPairOverTime, type GroupGaps, type GroupPairOverTime } from './group-gaps';
import { kpiSeries, type KpiSeries } from './kpi-series';
import type { QuestionnaireMapping } from './mapping';
import { areaPoint, overallPoint, type ScorePoint } from './points';
import { matchStatements, type StatementMatching } from './statement-matching';
import { scoreChange, scoreStep, type ScoreChange, type ScoreStep } from './steps';
import { compareCodeUnits } from '../text/order';

export interface CompareInput {
  /** Two or more assessments of one client, in any order. */
  assessments: readonly Assessment[];
  /** Documented statement mappings between questionnaire versions (core/compare/built-in-mappings.ts has the built-in ones). */
  mappings?: readonly QuestionnaireMapping[];
}

export interface ComparedAssessment {
  assessmentId: string;
  title: string;
  date: string;
  questionnaire: { id: string; version: number };
}

/** A score in every assessment, the change between consecutive ones and from the first to the latest. */
export interface ScoreSeries {
  points: ScorePoint[];
  steps: ScoreStep[];
  /** Null with a single assessment. */
  firstToLatest: ScoreStep | null;
}

/**
 * One statement followed through the assessments: the same id, or kept /
 * reworded by the mapping. A replaced statement ends one track and starts
 * another; `ids[i]` is null where assessment i has no comparable statement.
 */
export interface StatementTrack {
  /** The id in the latest assessment that has it. */
  statementId: string;
  areaId: string;
  ids: (string | null)[];
  scores: (number | null)[];
  /** Between consecutive assessments that both have it. */
  steps: (ScoreChange & { fromAssessmentId: string; toAssessmentId: string })[];
  /** From the first to the last assessment that has it; null when only one has it. */
  change: ScoreChange | null;
  /** The wording changed on the way (v1 → v2 "reworded"): comparable by the mapping, but worded differently. */
  reworded: boolean;
}

/** What did not match between two consecutive assessments: listed, never zero-filled. */
export interface UnmatchedBetween extends StatementMatching {
  fromAssessmentId: string;
  toAssessmentId: string;
  areasOnlyBefore: string[];
  areasOnlyAfter: string[];
}

export interface ComparisonOverTime {
  clientId: string;
  /** Oldest first (date, then creation time). */
  assessments: ComparedAssessment[];
  overall: ScoreSeries;
  /** Every area any assessment has, matched by id, in the latest questionnaire's order, then the rest. */
  areas: (ScoreSeries & { areaId: string })[];
  statements: StatementTrack[];
  /** Tracks whose change is at least MIN_CHANGE, largest first, at most TOP_N each. */
  improvedStatements: StatementTrack[];
  declinedStatements: StatementTrack[];
  /** One entry per consecutive pair. */
  matching: UnmatchedBetween[];
  groups: {
    /** Per assessment, in `assessments` order. */
    perAssessment: GroupGaps[];
    /** Every pair of groups that both appear in at least two assessments. */
    pairs: GroupPairOverTime[];
  };
  kpis: KpiSeries[];
}

/** Why a set of assessments cannot be compared, or null. Callers word it (the CLI in the user's language). */
export function comparisonProblem(assessments: readonly Assessment[]): { kind: 'too-few' } | { kind: 'different-clients'; assessmentId: string } | null {
  if (assessments.length < 2) return { kind: 'too-few' };
  const first = assessments[0] as Assessment;
  const other = assessments.find((a) => a.client.id !== first.client.id);
  return other ? { kind: 'different-clients', assessmentId: other.id } : null;
}

export const byDate = (a: Assessment, b: Assessment): number => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.createdAt, b.createdAt);

function series(ids: readonly string[], points: ScorePoint[], scales: readonly AssessmentScores['scale'][]): ScoreSeries {
  const at = (i: number) => ({ id: ids[i] as string, point: points[i] as ScorePoint, scale: scales[i] as AssessmentScores['scale'] });
  const steps = points.slice(1).map((_, i) => scoreStep(at(i), at(i + 1)));
  return { points, steps, firstToLatest: points.length > 1 ? scoreStep(at(0), at(points.length - 1)) : null };
}

function tracks(sorted: readonly Assessment[], scores: readonly AssessmentScores[], matchings: readonly StatementMatching[]): StatementTrack[] {
  const n = sorted.length;
  const scoreOf = scores.map((s) => new Map(s.areas.flatMap((a) => a.statements.map((st) => [st.statementId, st.score] as const))));
  const all: { areaId: string; ids: (string | null)[]; reworded: boolean }[] = [];
  let open = new Map<string, (typeof all)[number]>();
  sorted[0]!.questionnaire.areas.forEach((a) =>
    a.statements.forEach((s) => {
      const track = { areaId: a.id, ids: Array<string | null>(n).fill(null), reworded: false };
      track.ids[0] = s.id;
      all.push(track);
      open.set(s.id, track);
    }),
  );
  matchings.forEach((m, i) => {
    const next = new Map<string, (typeof all)[number]>();
    for (const link of m.matched) {
      const track = open.get(link.earlierId)!;
      track.ids[i + 1] = link.laterId;
      track.areaId = link.areaId;
      track.reworded ||= link.change === 'reworded';
      next.set(link.laterId, track);
    }
    for (const { statementId, areaId } of [...m.added, ...m.replaced.map((r) => ({ statementId: r.laterId, areaId: r.laterAreaId }))]) {
      const track = { areaId, ids: Array<string | null>(n).fill(null), reworded: false };
      track.ids[i + 1] = statementId;
      all.push(track);
      next.set(statementId, track);
    }
    open = next;
  });
  return all.map((t) => {
    const scoresOf = t.ids.map((id, i) => (id === null ? null : (scoreOf[i]!.get(id) ?? null)));
    const present = t.ids.flatMap((id, i) => (id === null ? [] : [i]));
    const steps = present.slice(1).flatMap((i, k) => {
      const j = present[k] as number;
      return i === j + 1 ? [{ fromAssessmentId: sorted[j]!.id, toAssessmentId: sorted[i]!.id, ...scoreChange(scoresOf[j]!, scoresOf[i]!) }] : [];
    });
    const [first, last] = [present[0] as number, present[present.length - 1] as number];
    return {
      statementId: t.ids[last] as string,
      areaId: t.areaId,
      ids: t.ids,
      scores: scoresOf,
      steps,
      change: present.length > 1 ? scoreChange(scoresOf[first]!, scoresOf[last]!) : null,
      reworded: t.reworded,
    };
  });
}

/**
 * Compares a client's assessments over time, also across questionnaire
 * versions (docs/SCORING.md, "Comparison"): areas by id; statements by id
 * or by the documented mapping; stages as they may be claimed; coverage and
 * disagreement beside the scores; group gaps; KPIs side by side. Whatever
 * does not match is listed in `matching`, never dropped or counted as zero.
 * Throws on assessments of different clients or fewer than two: check with
 * `comparisonProblem` first.
 */
export function compareOverTime(input: CompareInput): ComparisonOverTime {
  const problem = comparisonProblem(input.assessments);
  if (problem) throw new RangeError(`cannot compare: ${problem.kind}`);
  const sorted = [...input.assessments].sort(byDate);
  const scores = sorted.map((a) => scoreAssessment(a));
  const ids = sorted.map((a) => a.id);
  const scales = scores.map((s) => s.scale);
  const matchings = sorted.slice(1).map((a, i) => matchStatements(sorted[i]!.questionnaire, a.questionnaire, input.mappings ?? []));

  const latestFirst = [...sorted].reverse();
  const areaIds = [...new Set(latestFirst.flatMap((a) => a.questionnaire.areas.map((area) => area.id)))];
  const areas = areaIds.map((areaId) => ({
    areaId,
    ...series(
      ids,
      scores.map((s) => areaPoint(s.areas.find((a) => a.areaId === areaId))),
      scales,
    ),
  }));
  const statements = tracks(sorted, scores, matchings);
  const ranked = (direction: 'up' | 'down') =>
    statements
      .filter((t) => t.change !== null && directionOf(t.change.delta) === direction)
      .sort((a, b) => (direction === 'up' ? b.change!.delta! - a.change!.delta! : a.change!.delta! - b.change!.delta!))
      .slice(0, TOP_N);
  const areaSet = (a: Assessment) => new Set(a.questionnaire.areas.map((x) => x.id));
  const matching = matchings.map((m, i) => {
    const [before, after] = [areaSet(sorted[i]!), areaSet(sorted[i + 1]!)];
    return {
      fromAssessmentId: ids[i] as string,
      toAssessmentId: ids[i + 1] as string,
      ...m,
      areasOnlyBefore: [...before].filter((id) => !after.has(id)),
      areasOnlyAfter: [...after].filter((id) => !before.has(id)),
    };
  });
  const perAssessment = sorted.map((a, i) => groupGaps(a, scores[i]));
  const names = [...new Set(perAssessment.flatMap((g) => g.groups.map((x) => x.group)))];
  const together = (a: string, b: string) =>
    perAssessment.filter((g) => g.groups.some((x) => x.group === a) && g.groups.some((x) => x.group === b)).length >= 2;
  const pairs = names.flatMap((a, i) => names.slice(i + 1).flatMap((b) => (together(a, b) ? [groupPairOverTime(perAssessment, a, b)] : [])));

  return {
    clientId: sorted[0]!.client.id,
    assessments: sorted.map((a) => ({
      assessmentId: a.id,
      title: a.title,
      date: a.date,
      questionnaire: { id: a.questionnaire.id, version: a.questionnaire.version },
    })),
    overall: series(ids, scores.map(overallPoint), scales),
    areas,
    statements,
    improvedStatements: ranked('up'),
    declinedStatements: ranked('down'),
    matching,
    groups: { perAssessment, pairs },
    kpis: kpiSeries(sorted),
  };
}
