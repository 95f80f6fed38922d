import { z } from 'zod';
import { IdSchema } from '../questionnaire/schema';

/**
 * How the statements of one questionnaire version became those of the next
 * (`assessments/questionnaires/*-to-*.json`, documented in docs/CONTENT.md):
 * kept and reworded statements keep their id and stay comparable; a replaced
 * statement has a new id and a different meaning, so its scores are not
 * compared; new and removed ones exist on one side only.
 *
 * Whoever builds a comparison passes the mappings in (`BUILT_IN_MAPPINGS`
 * in built-in-mappings.ts holds the built-in ones as bundled data), so the
 * same code serves a consultant's own questionnaire versions later.
 */
export const STATEMENT_CHANGES = ['kept', 'reworded', 'replaced', 'new', 'removed'] as const;
export type StatementChange = (typeof STATEMENT_CHANGES)[number];

const VersionRef = z.strictObject({ id: IdSchema, version: z.number().int().min(1) });

export const QuestionnaireMappingSchema = z.strictObject({
  kind: z.literal('timantti-questionnaire-mapping'),
  from: VersionRef,
  to: VersionRef,
  statements: z.array(
    z.strictObject({
      area: IdSchema,
      /** The statement's id in the earlier version (`from`); null for a new statement. */
      v1: IdSchema.nullable(),
      /** Its id in the later version (`to`); null for a removed statement. */
      v2: IdSchema.nullable(),
      change: z.enum(STATEMENT_CHANGES),
      why: z.string(),
    }),
  ),
});
export type QuestionnaireMapping = z.infer<typeof QuestionnaireMappingSchema>;
export type MappingEntry = QuestionnaireMapping['statements'][number];
