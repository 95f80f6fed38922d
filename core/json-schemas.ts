import { z } from 'zod';
import { AssessmentShape } from './assessment/schema';
import { QuestionnaireShape } from './questionnaire/schema';
import { ActionLibraryShape } from './roadmap/action-library';

const BASE = 'https://timantti.invalid/schema';

/**
 * JSON Schemas of the file formats, generated from the zod schemas (the
 * source of truth) for other tools and for consultants who write their own
 * questionnaires. The cross-checks (unique ids, five levels numbered 1..5,
 * answers naming known statements and participants, action dependencies that
 * resolve and form no cycle) are not expressible in
 * JSON Schema; `timantti validate` applies them. See docs/FORMAT.md.
 */
export function jsonSchemas(): Record<string, unknown> {
  const make = (name: string, title: string, schema: z.ZodType) => ({
    $id: `${BASE}/${name}.schema.json`,
    title,
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }),
  });
  return {
    'questionnaire.schema.json': make('questionnaire', 'Timantti questionnaire', QuestionnaireShape),
    'assessment.schema.json': make('assessment', 'Timantti assessment', AssessmentShape),
    'action-library.schema.json': make('action-library', 'Timantti roadmap action library', ActionLibraryShape),
  };
}
