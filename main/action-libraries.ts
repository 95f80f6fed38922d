import actionsV1 from '../assessments/actions/b2b-cx-diamond-actions-v1.json';
import type { ActionLibrary } from '../core/roadmap/action-library';

/** The action library the roadmap draws from (validated by tests, like the questionnaires). */
export const BUILT_IN_ACTION_LIBRARY: ActionLibrary = actionsV1 as ActionLibrary;
