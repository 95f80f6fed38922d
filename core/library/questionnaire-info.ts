import { z } from 'zod';
import { IdSchema, type Questionnaire } from '../questionnaire/schema';

/**
 * A questionnaire as the library lists it: shipped with the app
 * (`built-in`) or imported by the consultant (`custom`). A retired one is
 * not offered for new assessments; assessments taken with it keep working
 * from their own snapshot.
 */
export const QuestionnaireInfoSchema = z.object({
  id: z.string(),
  version: z.number(),
  title: z.object({ fi: z.string(), en: z.string() }),
  areas: z.number(),
  statements: z.number(),
  origin: z.enum(['built-in', 'custom']),
  retired: z.boolean(),
  /** When a custom questionnaire was imported. */
  importedAt: z.string().optional(),
});
export type QuestionnaireInfo = z.infer<typeof QuestionnaireInfoSchema>;

/** Which questionnaire: its id and version, the identity every file uses. */
export const QuestionnaireKeySchema = z.strictObject({ id: IdSchema, version: z.number().int().min(1) });
export type QuestionnaireKey = z.infer<typeof QuestionnaireKeySchema>;

export const QuestionnaireRetireSchema = QuestionnaireKeySchema.extend({ retired: z.boolean() });

/** What an import did: `unchanged` when the library already held exactly this questionnaire. */
export const QuestionnaireImportedSchema = z.object({ questionnaire: QuestionnaireInfoSchema, unchanged: z.boolean() });
export type QuestionnaireImported = z.infer<typeof QuestionnaireImportedSchema>;

/** Larger than any honest questionnaire (the shipped one is 133 kB). */
export const MAX_QUESTIONNAIRE_BYTES = 5 * 1024 * 1024;

export const sameQuestionnaire = (a: QuestionnaireKey, b: QuestionnaireKey): boolean => a.id === b.id && a.version === b.version;

/** The list entry of a questionnaire. */
export function questionnaireInfo(q: Questionnaire, origin: QuestionnaireInfo['origin'], retired: boolean, importedAt?: string): QuestionnaireInfo {
  return {
    id: q.id,
    version: q.version,
    title: { fi: q.title.fi, en: q.title.en },
    areas: q.areas.length,
    statements: q.areas.reduce((n, a) => n + a.statements.length, 0),
    origin,
    retired,
    ...(importedAt ? { importedAt } : {}),
  };
}

/**
 * The library's list of custom questionnaires and retired ones
 * (`library/questionnaire-catalog.json`). The content of each custom
 * questionnaire is its snapshot (`library/questionnaires/<sha256>.json`),
 * stored once like every assessment's.
 */
export const CATALOG_FORMAT_VERSION = 1;
export const QuestionnaireCatalogSchema = z.object({
  kind: z.literal('timantti-questionnaire-catalog'),
  formatVersion: z.literal(CATALOG_FORMAT_VERSION),
  custom: z.array(
    z.object({
      id: IdSchema,
      version: z.number().int().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      importedAt: z.string(),
    }),
  ),
  retired: z.array(QuestionnaireKeySchema),
});
export type QuestionnaireCatalog = z.infer<typeof QuestionnaireCatalogSchema>;
