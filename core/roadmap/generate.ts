import type { Assessment } from '../assessment/schema';
import type { ActionLibrary } from './action-library';
import type { Roadmap } from './schema';

// PLACEHOLDER (replaced by the roadmap implementation): the signatures the
// report, the handlers and the UI code against.

export interface Regenerated {
  roadmap: Roadmap;
  added: number;
  dropped: number;
  kept: number;
}

/** A fresh roadmap for an assessment from an action library (docs/SCORING.md). */
export function generateRoadmap(assessment: Assessment, library: ActionLibrary, now: string): Roadmap {
  return regenerateRoadmap({ ...assessment, roadmap: undefined }, library, now).roadmap;
}

/** Regenerates, keeping every item the consultant touched; says what it did. */
export function regenerateRoadmap(assessment: Assessment, library: ActionLibrary, now: string): Regenerated {
  return {
    roadmap: { generatedAt: now, library: { id: library.id, version: library.version }, items: assessment.roadmap?.items ?? [] },
    added: 0,
    dropped: 0,
    kept: 0,
  };
}
