import { basename } from 'node:path';
import { HandlerError, type HandlerImpls } from '../core/ipc/handler-table';
import type { LibraryEvent } from '../core/library/events';
import { questionnaireInfo } from '../core/library/questionnaire-info';
import type { Questionnaire } from '../core/questionnaire/schema';
import { capIssues } from '../core/validation/issues';
import type { ActionLibrary } from '../core/roadmap/action-library';
import { markEdits } from '../core/roadmap/edit';
import { regenerateRoadmap, type Regenerated } from '../core/roadmap/generate';
import { importIntoLibrary, importQuestionnaireFile, previewImport } from './library/import-file';
import type { Library } from './library/library';
import { LibraryError, LibraryValidationError } from './library/library-errors';
import { log } from './log/logger';

type LibraryChannels = Exclude<
  keyof HandlerImpls,
  | 'app:info'
  | 'settings:get'
  | 'settings:set'
  | 'diagnostics:collect'
  | 'report:create'
  | 'report:comparison'
  | 'export:csv'
  | 'export:xlsx'
  | 'export:comparison-csv'
  | 'export:comparison-xlsx'
  | `voting:${string}`
>;

/** The library as main holds it: open, or why it could not be opened. */
export type LibraryHandle = { library: Library } | { unavailable: string };

/** Turns the library's expected failures into coded results the UI can translate. */
export async function call<T>(handle: LibraryHandle, work: (library: Library) => Promise<T> | T): Promise<T> {
  if (!('library' in handle)) throw new HandlerError({ code: 'library-unavailable', message: handle.unavailable });
  try {
    return await work(handle.library);
  } catch (err) {
    if (err instanceof LibraryValidationError) throw new HandlerError({ code: 'invalid-input', message: err.message, issues: capIssues(err.issues) });
    if (err instanceof LibraryError) throw new HandlerError({ code: err.code, message: err.message });
    throw err;
  }
}

const noActionLibrary = (): never => {
  throw new HandlerError({ code: 'internal', message: 'no action library configured' });
};

/**
 * The library's channels; `handle` is read at each call, so a reopened
 * library is picked up. `onEvents` hears every library event handed to the
 * UI (for the diagnostics); each is also logged, by kind and file name.
 */
export function libraryHandlers(
  handle: () => LibraryHandle,
  questionnaires: readonly Questionnaire[],
  actionLibrary?: ActionLibrary,
  onEvents: (events: LibraryEvent[]) => void = () => undefined,
): Pick<HandlerImpls, LibraryChannels> {
  return {
    'library:status': () => {
      const h = handle();
      return 'library' in h ? h.library.status() : { pending: [], unavailable: h.unavailable };
    },
    'library:events': () =>
      call(handle(), (l) => {
        const events = l.takeEvents();
        for (const e of events) log.warn(`library event shown to the user: ${e.kind} ${basename(e.file)}${e.kind === 'backup-failed' ? ` (${e.code})` : ''}`);
        if (events.length > 0) onEvents(events);
        return events;
      }),
    'library:import': ({ content, mode }) =>
      call(handle(), async (l) => {
        const outcome = await importIntoLibrary(l, content, mode);
        if (!outcome.ok)
          throw new HandlerError({ code: 'invalid-input', message: `import refused: ${outcome.issues.length} problem(s)`, issues: capIssues(outcome.issues) });
        return outcome.result;
      }),
    'library:import-preview': ({ content }) =>
      call(handle(), async (l) => {
        const outcome = await previewImport(l, content);
        if (!outcome.ok)
          throw new HandlerError({ code: 'invalid-input', message: `import refused: ${outcome.issues.length} problem(s)`, issues: capIssues(outcome.issues) });
        return outcome.preview;
      }),
    'questionnaire:list': () => {
      const h = handle();
      // Without a library there are no custom questionnaires, but the built-in ones can still be shown.
      return 'library' in h ? h.library.questionnaires.list() : questionnaires.map((q) => questionnaireInfo(q, 'built-in', false));
    },
    'questionnaire:get': (key) => call(handle(), (l) => l.questionnaires.get(key)),
    'questionnaire:import': ({ content }) =>
      call(handle(), async (l) => {
        const outcome = await importQuestionnaireFile(l, content);
        if (!outcome.ok)
          throw new HandlerError({ code: 'invalid-input', message: `import refused: ${outcome.issues.length} problem(s)`, issues: capIssues(outcome.issues) });
        log.info(
          `questionnaire ${outcome.result.unchanged ? 'already in the library' : 'imported'}: ${outcome.result.questionnaire.id} v${outcome.result.questionnaire.version}`,
        );
        return outcome.result;
      }),
    'questionnaire:retire': ({ retired, ...key }) => call(handle(), (l) => l.questionnaires.setRetired(key, retired)),
    'client:list': () => call(handle(), (l) => l.listClients()),
    'client:create': (input) => call(handle(), (l) => l.createClient(input)),
    'client:update': ({ id, ...patch }) => call(handle(), (l) => l.updateClient(id, patch)),
    'client:delete': ({ id }) => call(handle(), (l) => l.deleteClient(id)),
    'assessment:list': ({ clientId }) => call(handle(), (l) => l.listAssessments(clientId)),
    'assessment:get': ({ id }) => call(handle(), (l) => l.getAssessment(id)),
    'assessment:create': (input) => call(handle(), (l) => l.createAssessment(input)),
    'assessment:update': ({ id, patch }) => call(handle(), (l) => l.updateAssessment(id, patch)),
    'assessment:delete': ({ id }) => call(handle(), (l) => l.deleteAssessment(id)),
    'recycle:list': () => call(handle(), (l) => l.listRecycleBin()),
    'recycle:restore': ({ entry }) => call(handle(), (l) => l.restoreFromRecycleBin(entry)),
    'answer:save': (input) => call(handle(), (l) => l.saveAnswer(input)),
    'backup:list': ({ assessmentId }) => call(handle(), (l) => l.listBackups(assessmentId)),
    'backup:restore': ({ assessmentId, name }) => call(handle(), (l) => l.restoreBackup(assessmentId, name)),
    'export:assessment': ({ id }) => call(handle(), (l) => l.exportAssessment(id)),
    'export:client': ({ clientId }) => call(handle(), (l) => l.exportClient(clientId)),
    'roadmap:generate': ({ assessmentId }) =>
      call(handle(), async (l) => {
        const actions = actionLibrary ?? noActionLibrary();
        let outcome: Omit<Regenerated, 'roadmap'> = { added: 0, dropped: 0, kept: 0 };
        const assessment = await l.saveRoadmap(assessmentId, (current, now) => {
          const { roadmap, ...counts } = regenerateRoadmap(current, actions, now.toISOString());
          outcome = counts;
          return roadmap;
        });
        return { assessment, ...outcome };
      }),
    'roadmap:save': ({ assessmentId, items }) =>
      call(handle(), (l) =>
        l.saveRoadmap(assessmentId, (current, now) => ({
          generatedAt: current.roadmap?.generatedAt ?? now.toISOString(),
          library: current.roadmap?.library ?? (actionLibrary ? { id: actionLibrary.id, version: actionLibrary.version } : noActionLibrary()),
          items: markEdits(current.roadmap?.items ?? [], items),
        })),
      ),
  };
}
