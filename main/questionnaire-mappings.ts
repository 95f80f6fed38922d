import v1ToV2 from '../assessments/questionnaires/b2b-cx-diamond-v1-to-v2.json';
import { QuestionnaireMappingSchema, type QuestionnaireMapping } from '../core/compare/mapping';

/**
 * The documented statement mappings between built-in questionnaire
 * versions. They live here, not in core: core/compare takes mappings as
 * data, so it reads no files and a consultant's own mappings can be passed
 * the same way. Parsed at load: a broken mapping file fails loudly at start,
 * not as a silently wrong comparison.
 */
export const BUILT_IN_MAPPINGS: readonly QuestionnaireMapping[] = [QuestionnaireMappingSchema.parse(v1ToV2)];
