import type { Assessment } from '../core/assessment/schema';
import { createHandlerTable, type HandlerTable } from '../core/ipc/handler-table';
import type { Questionnaire } from '../core/questionnaire/schema';
import type { ActionLibrary } from '../core/roadmap/action-library';
import type { Language } from '../core/settings';
import { collectDiagnostics, createEventRecord } from './diagnostics';
import { libraryHandlers, type LibraryHandle } from './library-handlers';
import { log } from './log/logger';
import type { ReportInput, ReportPdf } from './report/create-report';
import { reportHandlers, type SaveReport } from './report-handlers';
import type { SettingsStore } from './settings-store';
import { exportHandlers } from './export-handlers';
import type { VotingService } from '../core/voting/contract';
import { votingHandlers } from './voting-handlers';

export interface HandlerDeps {
  version: string;
  dataDir: string;
  shell: 'desktop' | 'web';
  settings: SettingsStore;
  /** The assessment library, or why it is unavailable. */
  library?: () => LibraryHandle;
  questionnaires?: readonly Questionnaire[];
  /** The action library the roadmap draws from. */
  actionLibrary?: ActionLibrary;
  /** Told after the language changes, e.g. to rebuild the desktop menu. */
  onLanguageChanged?: (language: Language) => void;
  /** The desktop app saves and opens a report; without it the PDF goes back to the page (browser mode). */
  saveReport?: SaveReport;
  /** The PDF engine; tests pass a fake. Defaults to the real one. */
  renderReport?: (input: ReportInput) => Promise<ReportPdf>;
  /** The comparison report's engine; tests pass a fake. */
  renderComparison?: (assessments: Assessment[], language: Language) => Promise<ReportPdf>;
  /** Phone voting's service (issue 14); without it the voting channels answer a typed error. */
  voting?: VotingService;
}

const NO_LIBRARY: LibraryHandle = { unavailable: 'no library' };

/**
 * The table of every channel's implementation. The Electron IPC bridge and
 * the browser-mode HTTP server both serve exactly this table.
 */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  const library = deps.library ?? (() => NO_LIBRARY);
  // What the user was told this session, for the diagnostics (kinds and times only).
  const events = createEventRecord();
  const libraryChannels = libraryHandlers(library, deps.questionnaires ?? [], deps.actionLibrary, (taken) => events.add(taken));
  // Phone voting shows who has voted on the current statement: a vote typed into the grid,
  // or a restored backup, changes that as much as a phone's vote does.
  const answersChanged = (assessmentId: string) => deps.voting?.answersChanged(assessmentId);
  return createHandlerTable(
    {
      'app:info': async () => ({
        name: 'Timantti',
        version: deps.version,
        dataDir: deps.dataDir,
        language: (await deps.settings.get()).language,
        languageChosen: await deps.settings.chosen(),
        shell: deps.shell,
      }),
      'settings:get': () => deps.settings.get(),
      'settings:set': async (patch) => {
        const before = await deps.settings.get();
        const after = await deps.settings.set(patch);
        if (after.language !== before.language) deps.onLanguageChanged?.(after.language);
        return after;
      },
      'diagnostics:collect': () => collectDiagnostics({ version: deps.version, shell: deps.shell, dataDir: deps.dataDir, library, events }),
      ...libraryChannels,
      'answer:save': async (input) => {
        const saved = await libraryChannels['answer:save'](input);
        answersChanged(input.assessmentId);
        return saved;
      },
      'backup:restore': async (input) => {
        const restored = await libraryChannels['backup:restore'](input);
        answersChanged(input.assessmentId);
        return restored;
      },
      ...exportHandlers({ library, uiLanguage: async () => (await deps.settings.get()).language }),
      ...reportHandlers({
        library,
        renderReport: deps.renderReport,
        ...(deps.renderComparison ? { renderComparison: deps.renderComparison } : {}),
        saveReport: deps.saveReport,
        uiLanguage: async () => (await deps.settings.get()).language,
      }),
      ...votingHandlers(deps.voting),
    },
    (channel, err) => log.error(`${channel} failed unexpectedly`, err),
  );
}
