import { overallClaim, scoredShare } from '../scoring/claims';
import type { Assessment } from '../assessment/schema';
import { scoreAssessment } from '../scoring';

/** What the library list shows of an assessment, kept in the index so listing never opens files. */
export interface AssessmentSummary {
  id: string;
  clientId: string;
  clientName: string;
  title: string;
  date: string;
  language: 'fi' | 'en';
  questionnaire: { id: string; version: number };
  participants: number;
  overall: number | null;
  stage: number | null;
  /** Share of statements answered, 0..1. */
  coverage: number;
  createdAt: string;
  updatedAt: string;
}

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
    overall: scores.overall,
    // What the results screen and the report may claim: no stage below the coverage threshold.
    stage: overallClaim(scores).stage,
    /** Scored share: don't-know and not-applicable are answers, not scores. */
    coverage: scoredShare(scores.coverage),
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}
