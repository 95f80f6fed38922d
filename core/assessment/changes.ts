import { z } from 'zod';
import { IdSchema } from '../questionnaire/schema';
import { AssessmentKpisSchema } from '../kpi/schema';
import { LanguageSchema } from '../settings';
import { AnswerValueSchema, AreaSettingSchema, MAX_NAME_LENGTH, MAX_NOTE_LENGTH, ParticipantSchema } from './schema';

/**
 * The changes the workshop makes to assessments, as the library accepts
 * them: the `assessment:create`, `assessment:update` and `answer:save`
 * channels parse their input with these, and main's types are inferred from
 * them, so the two cannot disagree.
 */

const Title = z.string().trim().min(1).max(MAX_NAME_LENGTH);
const Note = z.string().max(MAX_NOTE_LENGTH);

export const AssessmentCreateSchema = z.strictObject({
  clientId: IdSchema,
  title: Title,
  date: z.iso.date(),
  language: LanguageSchema,
  consultant: z.string().trim().max(MAX_NAME_LENGTH).optional(),
  participants: z.array(ParticipantSchema).max(100).optional(),
  areas: z.record(IdSchema, AreaSettingSchema).optional(),
  questionnaire: z.strictObject({ id: IdSchema, version: z.number().int().min(1) }).optional(),
  /** Start from an earlier assessment: its participants and area settings, and optionally its answers. */
  copyFrom: z.strictObject({ assessmentId: IdSchema, answers: z.boolean() }).optional(),
});
export type NewAssessment = z.infer<typeof AssessmentCreateSchema>;

export const AssessmentPatchSchema = z.strictObject({
  title: Title.optional(),
  date: z.iso.date().optional(),
  language: LanguageSchema.optional(),
  consultant: z.string().trim().max(MAX_NAME_LENGTH).optional(),
  participants: z.array(ParticipantSchema).max(100).optional(),
  areas: z.record(IdSchema, AreaSettingSchema).optional(),
  /** The assessment's KPIs as a whole (core/kpi/edit.ts makes the edits); cross-checked with the assessment before it is stored. */
  kpis: AssessmentKpisSchema.optional(),
});
export type AssessmentPatch = z.infer<typeof AssessmentPatchSchema>;

/** One change to one statement's answer, as the workshop makes it. */
export const AnswerSaveSchema = z.strictObject({
  assessmentId: IdSchema,
  statementId: IdSchema,
  /** Whose answer: a participant id, or null for the agreed (consensus) answer. */
  participantId: IdSchema.nullable(),
  /** A level, na, dont-know; null clears it; undefined leaves it. */
  value: AnswerValueSchema.nullable().optional(),
  /** The statement's note; null or '' clears it; undefined leaves it. */
  note: Note.nullable().optional(),
  evidence: Note.nullable().optional(),
});
export type AnswerChange = z.infer<typeof AnswerSaveSchema>;

/** What an acknowledged answer save reports: the change is on disk as of `updatedAt`. */
export const AnswerSavedSchema = z.object({ assessmentId: z.string(), statementId: z.string(), updatedAt: z.string() });
export type AnswerSaved = z.infer<typeof AnswerSavedSchema>;
