import { z } from 'zod';
import { AssessmentSchema } from '../assessment/schema';
import { IdSchema } from '../questionnaire/schema';
import { RoadmapItemSchema } from '../roadmap/schema';

/** Inputs and outputs of the roadmap channels (see contract.ts). */

/** Regenerating reports what it did, so no edit is ever discarded silently. */
export const RoadmapGenerateResultSchema = z.object({
  assessment: AssessmentSchema,
  /** Generated items added by this run. */
  added: z.number(),
  /** Untouched proposals replaced or dropped by this run. */
  dropped: z.number(),
  /** Items the consultant had edited, accepted, removed or written: kept as they were. */
  kept: z.number(),
});

/** The whole edited item list; main re-validates it against the assessment. */
export const RoadmapSaveSchema = z.strictObject({
  assessmentId: IdSchema,
  items: z.array(RoadmapItemSchema).max(500),
});
