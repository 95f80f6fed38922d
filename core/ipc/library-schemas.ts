import { z } from 'zod';
import { AnswerSavedSchema, AnswerSaveSchema, AssessmentCreateSchema, AssessmentPatchSchema } from '../assessment/changes';
import { AssessmentSchema } from '../assessment/schema';
import { BackupInfoSchema } from '../library/backup-info';
import { ClientCreateSchema, ClientDeletedSchema, ClientSchema, ClientUpdateSchema } from '../library/client';
import { LibraryEventSchema } from '../library/events';
import { ExportedBinarySchema, ExportedSchema } from '../library/export-file';
import { ImportModeSchema, ImportPreviewSchema, ImportResultSchema } from '../library/import-plan';
import { RecycleEntrySchema } from '../library/recycle-entry';
import { SaveStatusSchema } from '../library/save-status';
import { SummarySchema } from '../library/summary';
import {
  MAX_QUESTIONNAIRE_BYTES,
  QuestionnaireImportedSchema,
  QuestionnaireInfoSchema,
  QuestionnaireKeySchema,
  QuestionnaireRetireSchema,
} from '../library/questionnaire-info';
import { IdSchema } from '../questionnaire/schema';

/**
 * Inputs and outputs of the library channels (see contract.ts). Each schema
 * lives beside its domain module and main's types are inferred from it; what
 * is defined here exists only at the boundary.
 */

const Id = z.strictObject({ id: IdSchema });

export const AssessmentListSchema = z.union([z.undefined(), z.null(), z.strictObject({ clientId: IdSchema.optional() })]).transform((v) => v ?? {});

export const AssessmentUpdateSchema = z.strictObject({ id: IdSchema, patch: AssessmentPatchSchema });

/** Import takes the file's text (read as strict UTF-8 by the UI); main parses it as hostile. */
export const ImportSchema = z.strictObject({ content: z.string().max(60 * 1024 * 1024), mode: ImportModeSchema });

/** `questionnaire:import`: a questionnaire file's text; main parses it as hostile (a little slack over the limit it reports). */
export const QuestionnaireImportSchema = z.strictObject({ content: z.string().max(MAX_QUESTIONNAIRE_BYTES + 1024 * 1024) });

/** `library:import-preview`: the same text, parsed in main, nothing written. */
export const ImportPreviewInputSchema = ImportSchema.omit({ mode: true });

export {
  AnswerSavedSchema,
  AnswerSaveSchema,
  AssessmentCreateSchema,
  AssessmentSchema,
  BackupInfoSchema,
  ClientCreateSchema,
  ClientDeletedSchema,
  ClientSchema,
  ClientUpdateSchema,
  ExportedBinarySchema,
  ExportedSchema,
  Id,
  ImportPreviewSchema,
  ImportResultSchema,
  LibraryEventSchema,
  QuestionnaireImportedSchema,
  QuestionnaireInfoSchema,
  QuestionnaireKeySchema,
  QuestionnaireRetireSchema,
  RecycleEntrySchema,
  SaveStatusSchema,
  SummarySchema,
};
