import { z } from 'zod';
import { AnswerValueSchema, AreaSettingSchema, AssessmentSchema, ParticipantSchema } from '../assessment/schema';
import { ClientSchema } from '../library/client';
import { LibraryEventSchema } from '../library/events';
import { IdSchema } from '../questionnaire/schema';
import { LanguageSchema } from '../settings';

/** Inputs and outputs of the library channels (see contract.ts). */

const Name = z.string().trim().min(1).max(200);
const Note = z.string().max(10_000);
const Id = z.strictObject({ id: IdSchema });

export const SummarySchema = z.object({
  id: z.string(),
  clientId: z.string(),
  clientName: z.string(),
  title: z.string(),
  date: z.string(),
  language: LanguageSchema,
  questionnaire: z.object({ id: z.string(), version: z.number() }),
  participants: z.number(),
  overall: z.number().nullable(),
  stage: z.number().nullable(),
  coverage: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const SaveStatusSchema = z.object({
  pending: z.array(z.object({ assessmentId: z.string(), since: z.string(), error: z.string(), attempts: z.number() })),
  /** Why the library could not be opened (e.g. another Timantti has it), if so. */
  unavailable: z.string().optional(),
});

export const QuestionnaireInfoSchema = z.object({
  id: z.string(),
  version: z.number(),
  title: z.object({ fi: z.string(), en: z.string() }),
  areas: z.number(),
  statements: z.number(),
});

export const ClientCreateSchema = z.strictObject({ name: Name, notes: Note.optional() });
export const ClientUpdateSchema = z.strictObject({ id: IdSchema, name: Name.optional(), notes: Note.optional() });

export const AssessmentListSchema = z.union([z.undefined(), z.null(), z.strictObject({ clientId: IdSchema.optional() })]).transform((v) => v ?? {});

export const AssessmentCreateSchema = z.strictObject({
  clientId: IdSchema,
  title: Name,
  date: z.iso.date(),
  language: LanguageSchema,
  consultant: z.string().trim().max(200).optional(),
  participants: z.array(ParticipantSchema).max(100).optional(),
  areas: z.record(IdSchema, AreaSettingSchema).optional(),
  questionnaire: z.strictObject({ id: IdSchema, version: z.number().int().min(1) }).optional(),
  copyFrom: z.strictObject({ assessmentId: IdSchema, answers: z.boolean() }).optional(),
});

export const AssessmentUpdateSchema = z.strictObject({
  id: IdSchema,
  patch: z.strictObject({
    title: Name.optional(),
    date: z.iso.date().optional(),
    language: LanguageSchema.optional(),
    consultant: z.string().trim().max(200).optional(),
    participants: z.array(ParticipantSchema).max(100).optional(),
    areas: z.record(IdSchema, AreaSettingSchema).optional(),
  }),
});

export const AnswerSaveSchema = z.strictObject({
  assessmentId: IdSchema,
  statementId: IdSchema,
  participantId: IdSchema.nullable(),
  value: AnswerValueSchema.nullable().optional(),
  note: Note.nullable().optional(),
  evidence: Note.nullable().optional(),
});

export const RecycleEntrySchema = z.object({ entry: z.string(), assessmentId: z.string(), title: z.string(), clientName: z.string(), deletedAt: z.string() });
export const BackupInfoSchema = z.object({ name: z.string(), takenAt: z.string(), reason: z.enum(['save', 'before-change']) });
export const ExportedSchema = z.object({ fileName: z.string(), content: z.string() });
/** A binary export (a workbook): its bytes in base64, as the report's PDF travels. */
export const ExportedBinarySchema = z.object({ fileName: z.string(), base64: z.string() });

/** Import takes the file's text (read as strict UTF-8 by the UI); main parses it as hostile. */
export const ImportSchema = z.strictObject({ content: z.string().max(60 * 1024 * 1024), mode: z.enum(['copy', 'replace']) });
export const ImportResultSchema = z.object({
  clients: z.array(z.object({ id: z.string(), name: z.string(), action: z.enum(['create', 'keep', 'replace']) })),
  assessments: z.array(z.object({ id: z.string(), originalId: z.string(), title: z.string(), action: z.enum(['create', 'copy', 'replace']) })),
});

export { AssessmentSchema, ClientSchema, Id, LibraryEventSchema };
