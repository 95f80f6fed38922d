import { isLevel } from '../assessment/is-level';
import type { Assessment, Participant } from '../assessment/schema';
import { formatDate, formatPercent, formatScore } from '../format';
import type { RoadmapLine } from '../roadmap/view';
import {
  AREA_CLAIM_SHARE,
  OVERALL_CLAIM_SHARE,
  areaClaim,
  compareAssessments,
  displayedScore,
  highlights,
  overallClaim,
  scoreAssessment,
  type AreaScore,
  type Claim,
} from '../scoring';
import type { Language } from '../settings';
import { buildComparisonView, type ComparisonView } from './comparison-view';
import { radarSvgSeries } from './radar-series';
import { REPORT_TEXT, type ReportText } from './texts';
import { compareCodeUnits } from '../text/order';

/** Cleans user text for the PDF (main injects the font's coverage; see sanitize.ts). */
export type Clean = (text: string, multiline?: boolean) => string;

export interface AreaLine {
  areaId: string;
  title: string;
  score: string;
  stage: string;
  /** "target 3,5 · gap 1,2" when the area has a target. */
  detail: string;
}

export interface StatementView {
  id: string;
  text: string;
  score: string;
  /** "Taso 2" and that level's description, or the reason there is none. */
  levelLabel: string;
  levelText: string;
  basis: 'agreed' | 'votes' | 'none';
  spread: string;
  disagreement: boolean;
  note?: string;
  evidence?: string;
}

export interface AreaSection {
  areaId: string;
  title: string;
  layer: string;
  intro: string;
  claim: Claim;
  score: string;
  stage: string;
  target: string;
  gap: string;
  spread: string;
  answered: string;
  /** Set when the area has too few answers for a stage. */
  notEnough?: string;
  statements: StatementView[];
}

export interface AnswerRow {
  statement: string;
  votes: string;
  agreed: string;
  score: string;
}

export interface ReportModel {
  language: Language;
  t: ReportText;
  client: string;
  title: string;
  date: string;
  consultant?: string;
  participantsLine: string;
  summary: {
    claim: Claim;
    score: string;
    stage: string;
    stageDescription: string;
    partialNote?: string;
    /** Why the overall stage is lower than the score alone would give (a questionnaire with a stage cap). */
    capNote?: string;
    coverageLine: string;
    previous?: string;
    strengths: AreaLine[];
    gaps: AreaLine[];
    gapBasis: 'target' | 'weakest';
    actions: { title: string; area: string; phase: string }[];
    /** Where the votes were furthest apart (at most three): where the discussion belongs. */
    disagreements: { statement: string; area: string; range: string }[];
  };
  radar: { labels: string[]; series: ReturnType<typeof radarSvgSeries>; hasTarget: boolean; earlierDate?: string };
  diamond: { areaId: string; title: string; score: string; stage: number | null }[];
  areaTable: { title: string; score: string; stage: string; target: string; gap: string; change: string; answered: string; partial: boolean }[];
  /** The trend over every assessment given (absent without earlier ones of the same client). */
  trend?: ComparisonView;
  areas: AreaSection[];
  roadmap: { phase: number; title: string; items: { title: string; description: string; area: string; owner: string; due: string; status: string }[] }[];
  appendix: {
    statements: number;
    areaCount: number;
    /** The questionnaire by name when it is not the built-in diamond model (a consultant's own). */
    customQuestionnaire?: string;
    stages: { name: string; range: string; description: string }[];
    participantsMode: 'names' | 'roles';
    participants: { name: string; role: string; group: string }[];
    answers: { area: string; rows: AnswerRow[] }[];
  };
}

export interface ModelInput {
  assessment: Assessment;
  /** Earlier assessments of the same client, any order. */
  earlier: readonly Assessment[];
  language: Language;
  participants: 'names' | 'roles';
  roadmap: readonly RoadmapLine[];
  clean: Clean;
}

/** Everything the report says, in one language, as plain strings: the PDF layout only arranges it. */
export function buildReportModel({ assessment, earlier, language, participants, roadmap, clean }: ModelInput): ReportModel {
  const t: ReportText = REPORT_TEXT[language];
  const q = assessment.questionnaire;
  const f = (n: number | null) => formatScore(n, language);
  const signed = (n: number | null) => (n === null ? '–' : `${n > 0.05 ? '+' : n < -0.05 ? '−' : '±'}${formatScore(Math.abs(n), language)}`);
  const scores = scoreAssessment(assessment);
  // Stage bands on the 1–5 scale, as docs/SCORING.md lists them.
  const bounds = [1, ...scores.scale.thresholds, 5];
  const areaTitle = new Map(q.areas.map((a) => [a.id, clean(a.title[language])]));
  const title = (id: string) => areaTitle.get(id) ?? id;
  const stageName = (stage: number) => clean(q.stages[stage - 1]?.name[language] ?? String(stage));

  const previous = [...earlier].sort((a, b) => compareCodeUnits(b.date, a.date))[0];
  const previousScores = previous ? scoreAssessment(previous) : undefined;
  const comparison = previous ? compareAssessments(previous, assessment, previousScores, scores) : undefined;

  const overall = overallClaim(scores);
  const stageLabel = (claim: Claim) => (claim.stage !== null ? t.stageN(claim.stage, stageName(claim.stage)) : claim.shown === null ? t.unscored : t.notEnough);
  const areaLine = (a: AreaScore): AreaLine => {
    const claim = areaClaim(a);
    return {
      areaId: a.areaId,
      title: title(a.areaId),
      score: f(claim.shown),
      stage: stageLabel(claim),
      detail: a.target !== null && a.gap !== null ? t.targetGap(f(a.target), signed(a.gap)) : '',
    };
  };
  const { strengths, gaps, gapBasis } = highlights(scores);

  const people = t.participantsCount(assessment.participants.length);
  const summary: ReportModel['summary'] = {
    claim: overall,
    score: f(overall.shown),
    stage: overall.stage !== null ? t.stageN(overall.stage, stageName(overall.stage)) : t.noStage,
    stageDescription: overall.stage !== null ? clean(q.stages[overall.stage - 1]?.description[language] ?? '') : '',
    ...(overall.stage === null && overall.shown !== null
      ? {
          partialNote: t.partialOverall(
            overall.scored,
            overall.total,
            formatPercent(overall.total ? overall.scored / overall.total : 0, language),
            formatPercent(OVERALL_CLAIM_SHARE, language),
          ),
        }
      : {}),
    ...(overall.capped ? { capNote: t.capNote(title(overall.capped.areaId), overall.capped.areaStage, overall.capped.uncapped) } : {}),
    coverageLine: t.coverageLine(scores.coverage.scored, scores.coverage.total, people),
    ...(previous && previousScores
      ? { previous: `${t.previous(f(previousScores.overall), formatDate(previous.date, language))} · ${t.change(signed(comparison?.overall.delta ?? null))}` }
      : {}),
    strengths: strengths.map(areaLine),
    gaps: gaps.map(areaLine),
    gapBasis,
    actions: roadmap.slice(0, 3).map((line) => ({ title: clean(line.title), area: title(line.areaId), phase: t.phase(line.phase) })),
    disagreements: scores.disagreements.slice(0, 3).map((d) => {
      const statement = q.areas.find((a) => a.id === d.areaId)?.statements.find((x) => x.id === d.statementId);
      return {
        statement: clean(statement?.text[language] ?? d.statementId),
        area: title(d.areaId),
        range: t.votesRange(String(d.spread?.min ?? ''), String(d.spread?.max ?? ''), f(d.spread?.sd ?? null), d.spread?.n ?? 0),
      };
    }),
  };

  const areaIds = q.areas.map((a) => a.id);
  const previousById = new Map(previousScores?.areas.map((a) => [a.areaId, a.score]) ?? []);
  const radar = {
    labels: areaIds.map(title),
    series: radarSvgSeries(scores, previousScores ?? null, areaIds),
    hasTarget: scores.areas.some((a) => a.target !== null),
    ...(previous ? { earlierDate: formatDate(previous.date, language) } : {}),
  };

  const areas: AreaSection[] = scores.areas.map((a) => {
    const area = q.areas.find((x) => x.id === a.areaId)!;
    const claim = areaClaim(a);
    const minScored = Math.ceil(AREA_CLAIM_SHARE * a.coverage.total - 1e-9);
    return {
      areaId: a.areaId,
      title: title(a.areaId),
      layer: clean(q.layers.find((l) => l.id === a.layer)?.name[language] ?? a.layer),
      intro: clean(area.intro[language], true),
      claim,
      score: f(claim.shown),
      stage: stageLabel(claim),
      target: f(a.target),
      gap: a.gap === null ? '–' : signed(a.gap),
      spread: a.spread ? f(a.spread.sd) : '–',
      answered: `${a.coverage.scored}/${a.coverage.total}`,
      ...(claim.stage === null ? { notEnough: t.notEnoughLong(a.coverage.scored, a.coverage.total, minScored) } : {}),
      statements: a.statements.map((s, i) => {
        const statement = area.statements[i]!;
        const answer = assessment.answers[s.statementId];
        // The nearest level to the score as printed (a printed 2,5 reads level 3, never level 2).
        const level = s.score === null ? null : Math.min(5, Math.max(1, Math.round(displayedScore(s.score))));
        const levelText = level === null ? '' : clean(statement.levels[level - 1]?.text[language] ?? '', true);
        const reason = s.agreed === 'na' ? t.statementNa : s.agreed === 'dont-know' ? t.statementDk : s.answered ? t.statementDk : t.statementOpen;
        const naDk = t.naDk(s.notApplicable, s.dontKnow);
        return {
          id: s.statementId,
          text: clean(statement.text[language]),
          score: f(s.score),
          levelLabel: level === null ? reason : `${t.statementLevel(level)}${s.basis === 'agreed' ? ` (${t.agreedLevel})` : ''}`,
          levelText,
          basis: s.basis,
          spread: [s.spread ? t.votesRange(String(s.spread.min), String(s.spread.max), f(s.spread.sd), s.spread.n) : t.noVotes, naDk]
            .filter(Boolean)
            .join(' · '),
          disagreement: s.disagreement,
          ...(answer?.note?.trim() ? { note: clean(answer.note, true) } : {}),
          ...(answer?.evidence?.trim() ? { evidence: clean(answer.evidence, true) } : {}),
        };
      }),
    };
  });

  const areaTable = scores.areas.map((a) => {
    const claim = areaClaim(a);
    const before = previousById.get(a.areaId);
    return {
      title: title(a.areaId),
      score: f(claim.shown),
      stage: claim.stage !== null ? String(claim.stage) : claim.shown === null ? '–' : t.partial,
      target: f(a.target),
      gap: a.gap === null ? '–' : signed(a.gap),
      change: before === undefined || before === null || a.score === null ? '–' : signed(a.score - before),
      answered: `${a.coverage.scored}/${a.coverage.total}`,
      partial: claim.partial,
    };
  });

  // Every assessment given, compared by core (compareOverTime): scores, stages, statements, groups, KPIs.
  const overTime = earlier.length > 0 ? buildComparisonView([...earlier, assessment], language, clean) : null;

  const phases = [1, 2, 3].map((phase) => ({
    phase,
    title: t.phase(phase),
    items: roadmap
      .filter((line) => line.phase === phase)
      .map((line) => ({
        title: clean(line.title),
        description: clean(line.description, true),
        area: title(line.areaId),
        owner: line.item.owner ? clean(line.item.owner) : t.unassigned,
        due: line.item.due ? formatDate(line.item.due, language) : t.unassigned,
        status: t.status[line.item.status],
      })),
  }));

  const voteText = (statementId: string) => {
    const votes = Object.values(assessment.answers[statementId]?.votes ?? {});
    if (votes.length === 0) return '–';
    const counts = [1, 2, 3, 4, 5].map((l) => [l, votes.filter((v) => v === l).length] as const).filter(([, c]) => c > 0);
    const na = votes.filter((v) => v === 'na').length;
    const dk = votes.filter((v) => v === 'dont-know').length;
    return [...counts.map(([l, c]) => `${l}×${c}`), na ? `${t.na} ×${na}` : '', dk ? `${t.dk} ×${dk}` : ''].filter(Boolean).join('  ');
  };
  const agreedText = (statementId: string) => {
    const agreed = assessment.answers[statementId]?.agreed;
    return agreed === undefined ? '–' : isLevel(agreed) ? String(agreed) : agreed === 'na' ? t.na : t.dk;
  };
  const person = (p: Participant) => ({
    name: participants === 'names' ? clean(p.name) : '',
    role: p.role ? clean(p.role) : t.noRole,
    group: p.group ? clean(p.group) : '',
  });

  return {
    language,
    t,
    client: clean(assessment.client.name),
    title: clean(assessment.title),
    date: formatDate(assessment.date, language),
    ...(assessment.consultant ? { consultant: clean(assessment.consultant) } : {}),
    participantsLine: people,
    summary,
    radar,
    diamond: scores.areas.map((a) => {
      const claim = areaClaim(a);
      return { areaId: a.areaId, title: title(a.areaId), score: f(claim.shown), stage: claim.stage };
    }),
    areaTable,
    ...(overTime ? { trend: overTime } : {}),
    areas,
    roadmap: phases,
    appendix: {
      statements: q.areas.reduce((n, a) => n + a.statements.length, 0),
      areaCount: q.areas.length,
      ...(q.id === 'b2b-cx-diamond' ? {} : { customQuestionnaire: clean(q.title[language]) }),
      stages: q.stages.map((s, i) => ({
        name: t.stageN(s.stage, clean(s.name[language])),
        range: t.stageRange(f(bounds[i] ?? null), i === bounds.length - 2 ? f(bounds[i + 1] ?? null) : `< ${f(bounds[i + 1] ?? null)}`),
        description: clean(s.description[language], true),
      })),
      participantsMode: participants,
      participants: assessment.participants.map(person).sort((a, b) => (participants === 'roles' ? a.role.localeCompare(b.role, language) : 0)),
      answers: q.areas.map((area) => ({
        area: title(area.id),
        rows: area.statements.map((statement) => {
          const s = scores.areas.find((x) => x.areaId === area.id)?.statements.find((x) => x.statementId === statement.id);
          return {
            statement: clean(statement.text[language]),
            votes: voteText(statement.id),
            agreed: agreedText(statement.id),
            // Notes and evidence are printed once, with the statement in its area's section.
            score: f(s?.score ?? null),
          };
        }),
      })),
    },
  };
}
