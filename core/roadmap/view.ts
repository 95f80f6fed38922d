import type { Assessment } from '../assessment/schema';
import type { Language } from '../settings';
import type { Effort } from './action-library';
import type { Phase, RoadmapItem, RoadmapStatus } from './schema';

/** An item as the UI and the report show it: words resolved in one language. */
export interface RoadmapLine {
  item: RoadmapItem;
  phase: Phase;
  /** The consultant's rewording if any, else the library's words. */
  title: string;
  description: string;
  areaId: string;
  /** The area's name from the assessment's own questionnaire snapshot. */
  areaTitle: string;
  status: RoadmapStatus;
  owner?: string;
  /** ISO date. */
  due?: string;
  /** Library actions only; the consultant's own items have neither. */
  effort?: Effort;
  impact?: number;
  /** Written by the consultant, not proposed by the library. */
  own: boolean;
}

/** The roadmap's live items (not removed), by phase then order, in one language. */
export function roadmapLines(assessment: Assessment, language: Language): RoadmapLine[] {
  const areaTitle = (id: string) => assessment.questionnaire.areas.find((a) => a.id === id)?.title[language] ?? id;
  return (assessment.roadmap?.items ?? [])
    .filter((item) => !item.removed)
    .sort((a, b) => a.phase - b.phase || a.order - b.order)
    .map((item) => ({
      item,
      phase: item.phase,
      areaId: item.areaId,
      areaTitle: areaTitle(item.areaId),
      title: item.title ?? item.action?.title[language] ?? item.id,
      description: item.description ?? item.action?.description[language] ?? '',
      status: item.status,
      ...(item.owner ? { owner: item.owner } : {}),
      ...(item.due ? { due: item.due } : {}),
      ...(item.action ? { effort: item.action.effort, impact: item.action.impact } : {}),
      own: !item.action,
    }));
}
