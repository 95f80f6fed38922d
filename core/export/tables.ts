import type { AnswerValue, Assessment } from '../assessment/schema';
import { scoreAssessment } from '../scoring';
import { areaClaim, displayedScore, overallClaim } from '../scoring/claims';
import type { Language } from '../settings';

/**
 * An assessment as the tables a consultant opens in a spreadsheet: the area
 * summary and every answer, with headers and labels in the user's language.
 * Numbers stay numbers (the CSV writes them with the language's decimal mark,
 * the workbook as real numbers with a number format); scores are rounded the
 * way the screen shows them (core/scoring/claims.ts displayedScore), so the
 * spreadsheet never disagrees with the results screen or the report.
 */
export type Cell = string | number | null;

export interface Table {
  header: string[];
  rows: Cell[][];
  /** Column kinds, for widths and number formats: text, long text, a short label, an ISO date, a one-decimal score, a count, any number (a KPI value, shown as entered). */
  kinds: ('text' | 'long' | 'label' | 'date' | 'score' | 'count' | 'number')[];
}

const TEXT = {
  fi: {
    summary: ['Asiakas', 'Arvio', 'Päivämäärä', 'Osa-alue', 'Pisteet', 'Kypsyysvaihe', 'Tavoite', 'Ero tavoitteeseen', 'Pisteytetty', 'Väittämiä'],
    areaScore: 'Osa-alueen pisteet',
    answers: [
      'Asiakas',
      'Arvio',
      'Päivämäärä',
      'Osa-alue',
      'Väittämän tunnus',
      'Väittämä',
      'Osallistuja',
      'Rooli',
      'Ryhmä',
      'Taso',
      'Muistiinpano',
      'Perustelut ja lähteet',
    ],
    overall: 'Kokonaisindeksi',
    agreed: '(sovittu)',
    na: 'Ei koske',
    dontKnow: 'EOS',
    tooFew: 'liian vähän vastauksia',
    sheetSummary: 'Yhteenveto',
    sheetAnswers: 'Vastaukset',
  },
  en: {
    summary: ['Client', 'Assessment', 'Date', 'Area', 'Score', 'Maturity stage', 'Target', 'Gap to target', 'Scored', 'Statements'],
    areaScore: 'Area score',
    answers: ['Client', 'Assessment', 'Date', 'Area', 'Statement id', 'Statement', 'Participant', 'Role', 'Group', 'Level', 'Note', 'Evidence and sources'],
    overall: 'Overall index',
    agreed: '(agreed)',
    na: 'Not applicable',
    dontKnow: "Don't know",
    tooFew: 'too few answers',
    sheetSummary: 'Summary',
    sheetAnswers: 'Answers',
  },
} as const;

export const sheetNames = (language: Language) => ({ summary: TEXT[language].sheetSummary, answers: TEXT[language].sheetAnswers });

/** A level as a number, or the language's word for not applicable / don't know. */
function level(value: AnswerValue | undefined, language: Language): Cell {
  if (value === undefined) return null;
  if (value === 'na') return TEXT[language].na;
  if (value === 'dont-know') return TEXT[language].dontKnow;
  return value;
}

/** One row per area and one for the overall index: score, stage, target and gap as the results screen shows them. */
export function summaryTable(assessments: readonly Assessment[], language: Language): Table {
  const t = TEXT[language];
  const rows: Cell[][] = [];
  for (const a of assessments) {
    const scores = scoreAssessment(a);
    const q = a.questionnaire;
    const stageName = (stage: number | null) => (stage === null ? t.tooFew : `${stage} – ${q.stages[stage - 1]?.name[language] ?? ''}`);
    const base = [a.client.name, a.title, a.date];
    for (const area of scores.areas) {
      const claim = areaClaim(area);
      rows.push([
        ...base,
        q.areas.find((x) => x.id === area.areaId)?.title[language] ?? area.areaId,
        displayedScore(area.score),
        stageName(claim.stage),
        area.target,
        area.gap === null ? null : displayedScore(area.gap),
        area.coverage.scored,
        area.coverage.total,
      ]);
    }
    const overall = overallClaim(scores);
    rows.push([...base, t.overall, displayedScore(scores.overall), stageName(overall.stage), null, null, scores.coverage.scored, scores.coverage.total]);
  }
  return { header: [...t.summary], rows, kinds: ['text', 'text', 'date', 'text', 'score', 'text', 'score', 'score', 'count', 'count'] };
}

/**
 * Every answer: each participant's vote, then the agreed level (participant
 * "(agreed)") with the statement's note and evidence; a statement with only a
 * note still gets its row, so nothing written in the room is left out.
 * `withAreaScore` adds the area's score after the area (a CSV has one table,
 * and a pivot should need no second file).
 */
export function answersTable(assessments: readonly Assessment[], language: Language, { withAreaScore = false } = {}): Table {
  const t = TEXT[language];
  const rows: Cell[][] = [];
  for (const a of assessments) {
    const lang = a.language;
    const areaScores = new Map(scoreAssessment(a).areas.map((s) => [s.areaId, displayedScore(s.score)]));
    for (const area of a.questionnaire.areas) {
      const areaCells: Cell[] = withAreaScore ? [area.title[lang], areaScores.get(area.id) ?? null] : [area.title[lang]];
      for (const statement of area.statements) {
        const answer = a.answers[statement.id];
        const base: Cell[] = [a.client.name, a.title, a.date, ...areaCells, statement.id, statement.text[lang]];
        for (const p of a.participants) {
          const vote = answer?.votes?.[p.id];
          if (vote !== undefined) rows.push([...base, p.name, p.role ?? null, p.group ?? null, level(vote, language), null, null]);
        }
        if (answer?.agreed !== undefined || answer?.note?.trim() || answer?.evidence?.trim()) {
          rows.push([...base, t.agreed, null, null, level(answer?.agreed, language), answer?.note?.trim() || null, answer?.evidence?.trim() || null]);
        }
      }
    }
  }
  const header: string[] = [...t.answers];
  const kinds: Table['kinds'] = ['text', 'text', 'date', 'text', 'label', 'long', 'text', 'text', 'text', 'count', 'long', 'long'];
  if (withAreaScore) {
    header.splice(4, 0, t.areaScore);
    kinds.splice(4, 0, 'score');
  }
  return { header, rows, kinds };
}
