import type { Assessment } from '../assessment/schema';
import type { Language } from '../settings';
import type { Phase, RoadmapItem } from './schema';

// PLACEHOLDER (replaced by the roadmap implementation).

/** An item as the UI and the report show it: words resolved in one language. */
export interface RoadmapLine {
  item: RoadmapItem;
  phase: Phase;
  title: string;
  description: string;
  areaId: string;
}

/** The roadmap's live items (not removed), by phase then order, in one language. */
export function roadmapLines(assessment: Assessment, language: Language): RoadmapLine[] {
  return (assessment.roadmap?.items ?? [])
    .filter((item) => !item.removed)
    .sort((a, b) => a.phase - b.phase || a.order - b.order)
    .map((item) => ({
      item,
      phase: item.phase,
      areaId: item.areaId,
      title: item.title ?? item.action?.title[language] ?? item.id,
      description: item.description ?? item.action?.description[language] ?? '',
    }));
}
