import { isLevel } from '../assessment/is-level';
import type { Assessment, Participant } from '../assessment/schema';
import type { LayerId } from '../model/areas';
import type { Area } from '../questionnaire/schema';
import { stageOf, stageScaleOf, type StageScale } from './stage';
import { scoreStatement, type StatementScore } from './statement';
import { mean, spreadOf, weightedMean, type Spread } from './stats';

export interface Coverage {
  /** Statements with any answer (a level, not applicable or don't know). */
  answered: number;
  /** Statements with a score. */
  scored: number;
  total: number;
  /** answered / total, 0..1. */
  share: number;
}

export interface AreaScore {
  areaId: string;
  layer: LayerId;
  /** Weighted mean of the statement scores; null when nothing in the area is scored. */
  score: number | null;
  stage: number | null;
  weight: number;
  target: number | null;
  /** target − score: how far the area is from where the team wants it (negative: beyond). */
  gap: number | null;
  /** Spread of the participants' own area scores. */
  spread: Spread | null;
  /** Statements in the area flagged for disagreement. */
  disagreements: number;
  coverage: Coverage;
  statements: StatementScore[];
  /** The questionnaire's stage scale, so a claim about this area needs nothing else. */
  scale: StageScale;
}

export interface OverlayScores {
  overall: number | null;
  areas: Record<string, number | null>;
}

export interface GroupScores extends OverlayScores {
  group: string;
  participantIds: string[];
}

export interface AssessmentScores {
  /** Weighted mean of the area scores by area weight. */
  overall: number | null;
  /** The stage of the overall score on the questionnaire's scale, before any cap (see claims.ts for what may be claimed). */
  stage: number | null;
  scale: StageScale;
  coverage: Coverage;
  areas: AreaScore[];
  /** Per participant group, from the group members' votes only (agreed scores ignored). */
  groups: GroupScores[];
  /** Per participant, from their own votes. */
  participants: (OverlayScores & { participantId: string })[];
  /** Flagged statements, widest range first: where the discussion belongs. */
  disagreements: StatementScore[];
}

const DEFAULT_WEIGHT = 1;

function coverageOf(statements: readonly StatementScore[]): Coverage {
  const answered = statements.filter((s) => s.answered).length;
  const scored = statements.filter((s) => s.score !== null).length;
  return { answered, scored, total: statements.length, share: statements.length ? answered / statements.length : 0 };
}

/** Area and overall scores from the levels a subset of participants voted (an overlay). */
function overlay(assessment: Assessment, voters: readonly Participant[]): OverlayScores {
  const areas: Record<string, number | null> = {};
  for (const area of assessment.questionnaire.areas) {
    const statementScores = area.statements.flatMap((statement) => {
      const votes = voters.map((p) => assessment.answers[statement.id]?.votes?.[p.id]).filter(isLevel);
      const score = mean(votes);
      return score === null ? [] : [{ value: score, weight: statement.weight ?? DEFAULT_WEIGHT }];
    });
    areas[area.id] = weightedMean(statementScores);
  }
  return { overall: overallOf(assessment, areas), areas };
}

function overallOf(assessment: Assessment, areaScores: Record<string, number | null>): number | null {
  return weightedMean(
    assessment.questionnaire.areas.flatMap((area) => {
      const score = areaScores[area.id];
      return score === null || score === undefined ? [] : [{ value: score, weight: assessment.areas?.[area.id]?.weight ?? DEFAULT_WEIGHT }];
    }),
  );
}

function scoreArea(assessment: Assessment, area: Area, perParticipant: readonly (OverlayScores & { participantId: string })[], scale: StageScale): AreaScore {
  const statements = area.statements.map((s) => scoreStatement(s.id, area.id, assessment.answers[s.id], assessment.participants));
  const score = weightedMean(
    statements.flatMap((s, i) => (s.score === null ? [] : [{ value: s.score, weight: area.statements[i]?.weight ?? DEFAULT_WEIGHT }])),
  );
  const setting = assessment.areas?.[area.id];
  const target = setting?.target ?? null;
  const participantAreaScores = perParticipant.map((p) => p.areas[area.id]).filter((v): v is number => typeof v === 'number');
  return {
    areaId: area.id,
    layer: area.layer,
    score,
    stage: stageOf(score, scale),
    weight: setting?.weight ?? DEFAULT_WEIGHT,
    target,
    gap: target !== null && score !== null ? target - score : null,
    spread: spreadOf(participantAreaScores),
    disagreements: statements.filter((s) => s.disagreement).length,
    coverage: coverageOf(statements),
    statements,
    scale,
  };
}

/**
 * Every number Timantti shows about one assessment, computed in one place so
 * the workshop screen, the radar, the report and the CLI agree exactly.
 * Rules and a worked example: docs/SCORING.md.
 */
export function scoreAssessment(assessment: Assessment): AssessmentScores {
  const participants = assessment.participants.map((p) => ({ participantId: p.id, ...overlay(assessment, [p]) }));
  const scale = stageScaleOf(assessment.questionnaire);
  const areas = assessment.questionnaire.areas.map((area) => scoreArea(assessment, area, participants, scale));
  const overall = overallOf(assessment, Object.fromEntries(areas.map((a) => [a.areaId, a.score])));
  const groupNames = [...new Set(assessment.participants.map((p) => p.group?.trim()).filter((g): g is string => !!g))];
  const groups = groupNames.map((group) => {
    const members = assessment.participants.filter((p) => p.group?.trim() === group);
    return { group, participantIds: members.map((p) => p.id), ...overlay(assessment, members) };
  });
  const allStatements = areas.flatMap((a) => a.statements);
  const disagreements = allStatements
    .filter((s) => s.disagreement)
    .sort((a, b) => b.spread!.max - b.spread!.min - (a.spread!.max - a.spread!.min) || b.spread!.sd - a.spread!.sd);
  return { overall, stage: stageOf(overall, scale), scale, coverage: coverageOf(allStatements), areas, groups, participants, disagreements };
}

/** Areas ordered from strongest to weakest (unscored areas last). */
export function rankAreas(scores: AssessmentScores): AreaScore[] {
  return scores.areas.filter((a) => a.score !== null).sort((a, b) => (b.score as number) - (a.score as number));
}

/** The strongest areas, at most `n`. */
export const strengths = (scores: AssessmentScores, n = 3): AreaScore[] => rankAreas(scores).slice(0, n);

/** The weakest areas, at most `n`, weakest first. */
export const weakest = (scores: AssessmentScores, n = 3): AreaScore[] => rankAreas(scores).reverse().slice(0, n);

/** Areas with the largest gap to target, at most `n`, only where the gap is positive. */
export const biggestGaps = (scores: AssessmentScores, n = 3): AreaScore[] =>
  scores.areas
    .filter((a) => a.gap !== null && a.gap > 0)
    .sort((a, b) => (b.gap as number) - (a.gap as number))
    .slice(0, n);
