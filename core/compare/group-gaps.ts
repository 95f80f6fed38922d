import { isLevel } from '../assessment/is-level';
import type { Assessment } from '../assessment/schema';
import { directionOf } from '../scoring/compare';
import { scoreAssessment, type AssessmentScores } from '../scoring/assessment-scores';
import { mean } from '../scoring/stats';

/**
 * Participant groups side by side. Groups are named by their group name
 * only, with a member count: nothing here names a participant, so a screen
 * or report showing roles only can label a one-member group without giving
 * away who it is (`members === 1` lets it add a caution that the group's
 * scores are one person's votes).
 */
export interface GroupScore {
  group: string;
  members: number;
  /** The group members' own votes (agreed answers ignored, as in every overlay); null when they gave no level. */
  score: number | null;
}

export interface GroupGapRow {
  areaId: string;
  /** Set on statement rows. */
  statementId?: string;
  /** Every group of the assessment, in the order groups first appear among the participants. */
  groups: GroupScore[];
  /** Highest minus lowest group score, when at least two groups scored it. */
  gap: number | null;
  highest: string | null;
  lowest: string | null;
}

export interface GroupGaps {
  groups: { group: string; members: number }[];
  overall: Omit<GroupGapRow, 'areaId'>;
  /** Largest gap first; rows without a gap last, in questionnaire order. */
  areas: GroupGapRow[];
  statements: GroupGapRow[];
}

function row<T extends object>(base: T, groups: GroupScore[]): T & Omit<GroupGapRow, 'areaId' | 'statementId'> {
  const scored = groups.filter((g) => g.score !== null) as (GroupScore & { score: number })[];
  if (scored.length < 2) return { ...base, groups, gap: null, highest: null, lowest: null };
  const high = scored.reduce((a, b) => (b.score > a.score ? b : a));
  const low = scored.reduce((a, b) => (b.score < a.score ? b : a));
  return { ...base, groups, gap: high.score - low.score, highest: high.group, lowest: low.group };
}

const largestGapFirst = (a: GroupGapRow, b: GroupGapRow) => (b.gap ?? -1) - (a.gap ?? -1);

/** Each group's score per area, per statement and overall, largest gaps first. */
export function groupGaps(assessment: Assessment, scores: AssessmentScores = scoreAssessment(assessment)): GroupGaps {
  const groups = scores.groups.map((g) => ({ group: g.group, members: g.participantIds.length }));
  const members = new Map(scores.groups.map((g) => [g.group, g.participantIds]));
  const of = (pick: (g: AssessmentScores['groups'][number]) => number | null | undefined) =>
    scores.groups.map((g) => ({ group: g.group, members: g.participantIds.length, score: pick(g) ?? null }));
  const areas = assessment.questionnaire.areas.map((a) =>
    row(
      { areaId: a.id },
      of((g) => g.areas[a.id]),
    ),
  );
  const statements = assessment.questionnaire.areas.flatMap((a) =>
    a.statements.map((s) => {
      const votes = (group: string) => (members.get(group) ?? []).map((id) => assessment.answers[s.id]?.votes?.[id]).filter(isLevel);
      return row(
        { areaId: a.id, statementId: s.id },
        of((g) => mean(votes(g.group))),
      );
    }),
  );
  return {
    groups,
    overall: row(
      {},
      of((g) => g.overall),
    ),
    areas: [...areas].sort(largestGapFirst),
    statements: [...statements].sort(largestGapFirst),
  };
}

/** The gap between two groups (first minus second) in each assessment, and how it changed. */
export interface GroupGapChange {
  /** One value per assessment: null where either group is missing or did not score it. */
  gaps: (number | null)[];
  /** Latest minus first gap, from the first and latest assessments where it exists. */
  change: number | null;
  /** Whether the distance between the groups shrank or grew by at least MIN_CHANGE. */
  trend: 'narrowed' | 'widened' | 'flat' | null;
}

export interface GroupPairOverTime {
  groups: [string, string];
  overall: GroupGapChange;
  /** Every area that any assessment has, largest absolute latest gap first. */
  areas: (GroupGapChange & { areaId: string })[];
}

function gapChange(gaps: (number | null)[]): GroupGapChange {
  const present = gaps.filter((g): g is number => g !== null);
  if (present.length < 2) return { gaps, change: null, trend: null };
  const first = present[0] as number;
  const last = present[present.length - 1] as number;
  const distance = directionOf(Math.abs(last) - Math.abs(first));
  return { gaps, change: last - first, trend: distance === 'up' ? 'widened' : distance === 'down' ? 'narrowed' : 'flat' };
}

/** How the gap between groups `a` and `b` changed across assessments (in the order given). */
export function groupPairOverTime(perAssessment: readonly GroupGaps[], a: string, b: string): GroupPairOverTime {
  const score = (rows: readonly GroupScore[], group: string) => rows.find((g) => g.group === group)?.score ?? null;
  const gap = (rows: readonly GroupScore[] | undefined) => {
    if (!rows) return null;
    const [x, y] = [score(rows, a), score(rows, b)];
    return x !== null && y !== null ? x - y : null;
  };
  const areaIds = [...new Set(perAssessment.flatMap((p) => p.areas.map((r) => r.areaId)))];
  const areas = areaIds.map((areaId) => ({ areaId, ...gapChange(perAssessment.map((p) => gap(p.areas.find((r) => r.areaId === areaId)?.groups))) }));
  const latestAbs = (g: GroupGapChange) => {
    const latest = [...g.gaps].reverse().find((x) => x !== null);
    return latest === undefined || latest === null ? -1 : Math.abs(latest);
  };
  return { groups: [a, b], overall: gapChange(perAssessment.map((p) => gap(p.overall.groups))), areas: areas.sort((x, y) => latestAbs(y) - latestAbs(x)) };
}
