import type { Assessment } from '../assessment/schema';
import { scoreAssessment, type AssessmentScores } from './assessment-scores';
import { SCORE_EPSILON } from './stage';
import { compareCodeUnits } from '../text/order';

export interface Delta {
  before: number | null;
  after: number | null;
  /** after − before, when both exist. */
  delta: number | null;
}

export interface AreaDelta extends Delta {
  areaId: string;
}

export interface StatementDelta extends Delta {
  statementId: string;
  areaId: string;
}

export interface UnmatchedStatement {
  statementId: string;
  areaId: string;
}

export interface Comparison {
  baseId: string;
  currentId: string;
  overall: Delta;
  /** Every area of either assessment, matched by area id. */
  areas: AreaDelta[];
  /** Statements both questionnaires have (matched by statement id). */
  statements: StatementDelta[];
  /** Statements only the earlier / only the later questionnaire has. */
  onlyInBase: UnmatchedStatement[];
  onlyInCurrent: UnmatchedStatement[];
  /** Largest rises and falls, areas and statements, with a delta of at least MIN_CHANGE. */
  improvedAreas: AreaDelta[];
  declinedAreas: AreaDelta[];
  improvedStatements: StatementDelta[];
  declinedStatements: StatementDelta[];
}

/**
 * Smaller changes are noise in a workshop score, not news. Compared with the
 * same tolerance as the stage boundaries: 3.05 − 3.0 is 0.04999999999999982
 * in binary and is a change of 0.05.
 */
export const MIN_CHANGE = 0.05;
export const TOP_N = 5;

/** Which way a change goes: at least MIN_CHANGE up or down (with the stage boundaries' tolerance), else flat; null without a change. */
export function directionOf(change: number | null): 'up' | 'down' | 'flat' | null {
  if (change === null) return null;
  if (change + SCORE_EPSILON >= MIN_CHANGE) return 'up';
  if (change - SCORE_EPSILON <= -MIN_CHANGE) return 'down';
  return 'flat';
}

const delta = (before: number | null, after: number | null): Delta => ({ before, after, delta: before !== null && after !== null ? after - before : null });

function statementIndex(scores: AssessmentScores): Map<string, { areaId: string; score: number | null }> {
  return new Map(scores.areas.flatMap((a) => a.statements.map((s) => [s.statementId, { areaId: a.areaId, score: s.score }] as const)));
}

/**
 * Compares two assessments of one client, also across questionnaire
 * versions: areas match by id always, statements by id where both
 * questionnaires have them, and the rest are listed as unmatched.
 */
export function compareAssessments(
  base: Assessment,
  current: Assessment,
  baseScores = scoreAssessment(base),
  currentScores = scoreAssessment(current),
): Comparison {
  const areaIds = [...new Set([...baseScores.areas.map((a) => a.areaId), ...currentScores.areas.map((a) => a.areaId)])];
  const areaScore = (scores: AssessmentScores, id: string) => scores.areas.find((a) => a.areaId === id)?.score ?? null;
  const areas = areaIds.map((areaId) => ({ areaId, ...delta(areaScore(baseScores, areaId), areaScore(currentScores, areaId)) }));

  const before = statementIndex(baseScores);
  const after = statementIndex(currentScores);
  const statements: StatementDelta[] = [];
  const onlyInBase: UnmatchedStatement[] = [];
  for (const [statementId, b] of before) {
    const a = after.get(statementId);
    if (a) statements.push({ statementId, areaId: a.areaId, ...delta(b.score, a.score) });
    else onlyInBase.push({ statementId, areaId: b.areaId });
  }
  const onlyInCurrent = [...after].filter(([id]) => !before.has(id)).map(([statementId, a]) => ({ statementId, areaId: a.areaId }));

  const rising = <T extends Delta>(items: T[]) =>
    items
      .filter((d) => directionOf(d.delta) === 'up')
      .sort((x, y) => (y.delta as number) - (x.delta as number))
      .slice(0, TOP_N);
  const falling = <T extends Delta>(items: T[]) =>
    items
      .filter((d) => directionOf(d.delta) === 'down')
      .sort((x, y) => (x.delta as number) - (y.delta as number))
      .slice(0, TOP_N);

  return {
    baseId: base.id,
    currentId: current.id,
    overall: delta(baseScores.overall, currentScores.overall),
    areas,
    statements,
    onlyInBase,
    onlyInCurrent,
    improvedAreas: rising(areas),
    declinedAreas: falling(areas),
    improvedStatements: rising(statements),
    declinedStatements: falling(statements),
  };
}

export interface TrendPoint {
  assessmentId: string;
  date: string;
  overall: number | null;
  areas: Record<string, number | null>;
}

/** A client's assessments in date order, with the overall and per-area scores of each. */
export function trend(assessments: readonly Assessment[]): TrendPoint[] {
  return [...assessments]
    .sort((a, b) => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.createdAt, b.createdAt))
    .map((a) => {
      const scores = scoreAssessment(a);
      return { assessmentId: a.id, date: a.date, overall: scores.overall, areas: Object.fromEntries(scores.areas.map((s) => [s.areaId, s.score])) };
    });
}
