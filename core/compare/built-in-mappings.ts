import v1ToV2 from '../../assessments/questionnaires/b2b-cx-diamond-v1-to-v2.json';
import { QuestionnaireMappingSchema, type QuestionnaireMapping } from './mapping';

/**
 * The documented statement mappings between the built-in questionnaire
 * versions, as data. Core stays pure: the JSON is bundled at build time (no
 * file is read), and `compareOverTime` still takes mappings as an input
 * rather than reaching for these itself, so a test or a consultant's own
 * questionnaire versions can pass others. They live in core, not main,
 * because the renderer compares assessments itself (as the results screen
 * does) and may not import main. Parsed at load, so a broken mapping file
 * fails loudly instead of giving a silently wrong comparison.
 */
export const BUILT_IN_MAPPINGS: readonly QuestionnaireMapping[] = [QuestionnaireMappingSchema.parse(v1ToV2)];
