import { z } from 'zod';
import type { Assessment } from '../assessment/schema';
import { overallClaim, scoredShare } from '../scoring/claims';
import { scoreAssessment } from '../scoring';
import { LanguageSchema } from '../settings';

/** What the library list shows of an assessment, kept in the index so listing never opens files. */
export const SummarySchema = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  title: z.string(),
  date: z.string(),
  language: LanguageSchema,
  questionnaire: z.object({ id: z.string(), version: z.number() }),
  participants: z.number(),
  /** The participants' names, so the library's search finds an assessment by who took part. */
  participantNames: z.array(z.string()),
  overall: z.number().nullable(),
  /** What the results screen and the report may claim: no stage below the coverage threshold. */
  stage: z.number().nullable(),
  /** Scored share of the statements, 0..1: don't-know and not-applicable are answers, not scores. */
  coverage: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AssessmentSummary = z.infer<typeof SummarySchema>;

export function summarize(a: Assessment): AssessmentSummary {
  const scores = scoreAssessment(a);
  return {
    id: a.id,
    clientId: a.client.id,
    clientName: a.client.name,
    title: a.title,
    date: a.date,
    language: a.language,
    questionnaire: { id: a.questionnaire.id, version: a.questionnaire.version },
    participants: a.participants.length,
    participantNames: a.participants.map((p) => p.name),
    overall: scores.overall,
    stage: overallClaim(scores).stage,
    coverage: scoredShare(scores.coverage),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}
