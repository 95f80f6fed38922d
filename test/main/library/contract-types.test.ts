import { describe, expectTypeOf, it } from 'vitest';
import type { AnswerChangeFields } from '../../../core/assessment/apply-answer';
import type { OutputOf, ParsedInputOf } from '../../../core/ipc/contract';
import type { AssessmentSummary } from '../../../core/library/summary';
import type { Library } from '../../../main/library/library';

// Type-level: these fail `npm run typecheck` (tsc -b), not the test run.
// The renderer checks every reply against the contract's output schema, and
// zod drops keys a schema does not name: a field main returns that exists
// only in a hand-written interface would vanish silently on its way to the
// screen. So what the library takes and returns must be exactly the
// contract's types, not merely compatible with them.

type Returns<K extends keyof Library> = Library[K] extends (...args: never[]) => infer R ? Awaited<R> : never;
type Catalog = Library['questionnaires'];
type Takes<K extends keyof Library> = Library[K] extends (...args: infer A) => unknown ? A : never;

describe('the library speaks the contract’s types exactly', () => {
  it('returns what each channel’s output schema describes', () => {
    expectTypeOf<Returns<'status'>>().toEqualTypeOf<OutputOf<'library:status'>>();
    expectTypeOf<Returns<'takeEvents'>>().toEqualTypeOf<OutputOf<'library:events'>>();
    expectTypeOf<Returns<'importValue'>>().toEqualTypeOf<OutputOf<'library:import'>>();
    expectTypeOf<Returns<'listClients'>>().toEqualTypeOf<OutputOf<'client:list'>>();
    expectTypeOf<Returns<'createClient'>>().toEqualTypeOf<OutputOf<'client:create'>>();
    expectTypeOf<Returns<'updateClient'>>().toEqualTypeOf<OutputOf<'client:update'>>();
    expectTypeOf<Returns<'listAssessments'>>().toEqualTypeOf<OutputOf<'assessment:list'>>();
    expectTypeOf<Returns<'getAssessment'>>().toEqualTypeOf<OutputOf<'assessment:get'>>();
    expectTypeOf<Returns<'createAssessment'>>().toEqualTypeOf<OutputOf<'assessment:create'>>();
    expectTypeOf<Returns<'updateAssessment'>>().toEqualTypeOf<OutputOf<'assessment:update'>>();
    expectTypeOf<Returns<'deleteAssessment'>>().toEqualTypeOf<OutputOf<'assessment:delete'>>();
    expectTypeOf<Returns<'listRecycleBin'>>().toEqualTypeOf<OutputOf<'recycle:list'>>();
    expectTypeOf<Returns<'restoreFromRecycleBin'>>().toEqualTypeOf<OutputOf<'recycle:restore'>>();
    expectTypeOf<Returns<'saveAnswer'>>().toEqualTypeOf<OutputOf<'answer:save'>>();
    expectTypeOf<Returns<'listBackups'>>().toEqualTypeOf<OutputOf<'backup:list'>>();
    expectTypeOf<Returns<'restoreBackup'>>().toEqualTypeOf<OutputOf<'backup:restore'>>();
    expectTypeOf<Returns<'exportAssessment'>>().toEqualTypeOf<OutputOf<'export:assessment'>>();
    expectTypeOf<Returns<'exportClient'>>().toEqualTypeOf<OutputOf<'export:client'>>();
    expectTypeOf<Returns<'exportCsv'>>().toEqualTypeOf<OutputOf<'export:csv'>>();
    expectTypeOf<ReturnType<Catalog['list']>>().toEqualTypeOf<OutputOf<'questionnaire:list'>>();
    expectTypeOf<ReturnType<Catalog['get']>>().toEqualTypeOf<OutputOf<'questionnaire:get'>>();
    expectTypeOf<Awaited<ReturnType<Catalog['import']>>>().toEqualTypeOf<OutputOf<'questionnaire:import'>>();
    expectTypeOf<Awaited<ReturnType<Catalog['setRetired']>>>().toEqualTypeOf<OutputOf<'questionnaire:retire'>>();
    expectTypeOf<Returns<'saveRoadmap'>>().toEqualTypeOf<OutputOf<'roadmap:save'>>();
    // The renderer's screens hold summaries under this name.
    expectTypeOf<AssessmentSummary>().toEqualTypeOf<OutputOf<'assessment:list'>[number]>();
  });

  it('takes what each channel’s input schema produces', () => {
    expectTypeOf<Takes<'createClient'>>().toEqualTypeOf<[ParsedInputOf<'client:create'>]>();
    expectTypeOf<Takes<'updateClient'>[1]>().toEqualTypeOf<Omit<ParsedInputOf<'client:update'>, 'id'>>();
    expectTypeOf<Takes<'createAssessment'>>().toEqualTypeOf<[ParsedInputOf<'assessment:create'>]>();
    expectTypeOf<Takes<'updateAssessment'>[1]>().toEqualTypeOf<ParsedInputOf<'assessment:update'>['patch']>();
    expectTypeOf<Takes<'saveAnswer'>>().toEqualTypeOf<[ParsedInputOf<'answer:save'>]>();
    expectTypeOf<Parameters<Catalog['get']>>().toEqualTypeOf<[ParsedInputOf<'questionnaire:get'>]>();
    expectTypeOf<Parameters<Catalog['setRetired']>>().toEqualTypeOf<
      [Omit<ParsedInputOf<'questionnaire:retire'>, 'retired'>, ParsedInputOf<'questionnaire:retire'>['retired']]
    >();
    expectTypeOf<Takes<'importValue'>[1]>().toEqualTypeOf<ParsedInputOf<'library:import'>['mode']>();
    // The runner's optimistic update applies the same change main stores.
    expectTypeOf<AnswerChangeFields>().toEqualTypeOf<Omit<ParsedInputOf<'answer:save'>, 'assessmentId' | 'statementId'>>();
  });
});
