import v1ToV2 from '../../assessments/questionnaires/b2b-cx-diamond-v1-to-v2.json';
import type { QuestionnaireMapping } from './mapping';

/**
 * The documented statement mappings between the built-in questionnaire
 * versions, as data. Core stays pure: the JSON is bundled at build time (no
 * file is read), and `compareOverTime` still takes mappings as an input
 * rather than reaching for these itself, so a test or a consultant's own
 * questionnaire versions can pass others. They live in core, not main,
 * because the renderer compares assessments itself (as the results screen
 * does) and may not import main.
 *
 * Not parsed at load: the file is ours and bundled, and a test
 * (questionnaire-v2-content.test.ts, "passes QuestionnaireMappingSchema")
 * fails the build if it ever breaks the schema. Parsing it here would load
 * zod and build the schemas in the report worker, which needs neither (see
 * core/model/scale.ts).
 */
export const BUILT_IN_MAPPINGS: readonly QuestionnaireMapping[] = [v1ToV2 as QuestionnaireMapping];
