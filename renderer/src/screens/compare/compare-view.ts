import type { Assessment } from '../../../../core/assessment/schema';
import type { ComparisonOverTime } from '../../../../core/compare';
import { formatDate, formatScore } from '../../../../core/format';
import type { Language } from '../../../../core/settings';

/** What every part of the compare screen needs: core's comparison and how to name its ids. */
export interface CompareView {
  comparison: ComparisonOverTime;
  /** The compared assessments in the comparison's order (oldest first). */
  assessments: Assessment[];
  /** The UI's language, for numbers and dates. */
  ui: Language;
  areaTitle(areaId: string): string;
  statementText(statementId: string): string;
  /** The date of the i-th compared assessment, as shown. */
  date(i: number): string;
  score(n: number | null): string;
  /** A signed change: "+0,4", "−0,2", "0,0". */
  delta(n: number | null): string;
}

/**
 * Names ids by the latest assessment that has them, in that assessment's
 * language (as the results screen names its questionnaire's texts): v2's
 * wording for a statement v2 kept, v1's for one it removed.
 */
export function compareView(comparison: ComparisonOverTime, byId: ReadonlyMap<string, Assessment>, ui: Language): CompareView {
  const assessments = comparison.assessments.map((a) => byId.get(a.assessmentId) as Assessment);
  const latestFirst = [...assessments].reverse();
  const find = <T>(pick: (a: Assessment) => T | undefined): T | undefined => {
    for (const a of latestFirst) {
      const found = pick(a);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const score = (n: number | null) => formatScore(n, ui);
  return {
    comparison,
    assessments,
    ui,
    areaTitle: (areaId) => find((a) => a.questionnaire.areas.find((x) => x.id === areaId)?.title[a.language]) ?? areaId,
    statementText: (id) => find((a) => a.questionnaire.areas.flatMap((x) => x.statements).find((s) => s.id === id)?.text[a.language]) ?? id,
    date: (i) => formatDate(comparison.assessments[i]?.date ?? '', ui),
    score,
    delta: (n) => (n === null ? '–' : `${n >= 0.05 ? '+' : ''}${score(n)}`),
  };
}
