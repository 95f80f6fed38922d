import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { app } from 'electron';
import { APP_ENTRY_URL, appUrlMatcher, handleAppProtocol, registerAppScheme } from './electron/app-protocol';
import { serveHandlersOverIpc } from './electron/ipc-bridge';
import { LEAVE_PROMPT, setApplicationMenu } from './electron/menu';
import { restrictPermissions } from './electron/session-policy';
import { createReportSaver } from './electron/save-report';
import { failStartup, useDataDir } from './electron/startup';
import { createMainWindow } from './electron/window';
import { dataDirOverride } from './data-dir';
import { BUILT_IN_ACTION_LIBRARY } from './action-libraries';
import { createHandlers } from './handlers';
import type { LibraryHandle } from './library-handlers';
import { log, setupLogging } from './log/logger';
import { BUILT_IN_QUESTIONNAIRES, openLibraryHandle } from './open-library';
import { warmReportWorker } from './report/worker-pool';
import { createSettingsStore } from './settings-store';
import { createVotingService } from './voting/voting-service';

// The Electron entry point reads as a table of contents; each feature lives
// in its own module. Everything here is thin glue: the logic is in modules
// that are tested in plain Node.

const here = import.meta.dirname;
// `npm run dev` serves the renderer from Vite's dev server; a packaged or
// previewed app serves the built files over timantti://.
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const isAppUrl = appUrlMatcher(devUrl);

// The data folder first: the single-instance lock is scoped to it.
if (!useDataDir(dataDirOverride(process.argv))) {
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // After the data folder: on Windows and Linux Electron's log folder is inside it.
  setupLogging({ dir: app.getPath('logs'), process: 'main' });
  log.info(`Timantti ${app.getVersion()} starting (desktop; ${process.platform} ${process.arch}; Electron ${process.versions.electron ?? '?'})`);
  registerAppScheme();

  let mainWindow: BrowserWindow | undefined;

  // A second launch focuses the window we already have.
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => app.quit());

  void app
    .whenReady()
    .then(async () => {
      restrictPermissions(isAppUrl);
      handleAppProtocol(join(here, '../renderer'));

      const dataDir = app.getPath('userData');
      const library: LibraryHandle = await openLibraryHandle(dataDir, app.getVersion());
      // Only the process holding the library's lock writes into the data folder.
      const settings = createSettingsStore(dataDir, app.getLocale(), () => 'library' in library);
      let language = (await settings.get()).language;
      setApplicationMenu(language);
      // Write whatever is pending and release the library before the process
      // ends: on will-quit, i.e. after the window has closed (and asked about
      // unsaved answers). On before-quit, choosing "Stay" left the app running
      // without its lock and without save retries.
      // The participant server (phone voting) is the one thing that listens
      // beyond this computer: it stops, its last votes written, before the library closes.
      const voting = createVotingService({ library: () => library });
      let closing = false;
      app.on('will-quit', (event) => {
        if (closing) return;
        closing = true;
        event.preventDefault();
        void voting
          .close()
          .catch((err: unknown) => log.error('stopping phone voting before quitting failed', err))
          .then(() => ('library' in library ? library.library.close() : undefined))
          .catch((err: unknown) => log.error('closing the library before quitting failed', err))
          .finally(() => app.quit());
      });

      const handlers = createHandlers({
        version: app.getVersion(),
        dataDir,
        shell: 'desktop',
        settings,
        library: () => library,
        questionnaires: BUILT_IN_QUESTIONNAIRES,
        actionLibrary: BUILT_IN_ACTION_LIBRARY,
        saveReport: createReportSaver(() => mainWindow),
        voting,
        onLanguageChanged: (l) => {
          language = l;
          setApplicationMenu(l);
        },
      });
      serveHandlersOverIpc(handlers, () => mainWindow?.webContents, isAppUrl);

      mainWindow = createMainWindow(join(here, '../preload'), devUrl ?? APP_ENTRY_URL, isAppUrl, () => LEAVE_PROMPT[language]);
      mainWindow.on('closed', () => (mainWindow = undefined));
      // Load pdfmake and the fonts in the report worker while the consultant
      // works, so "Create report" does not pay for it (docs/PERFORMANCE.md).
      mainWindow.once('ready-to-show', () => warmReportWorker());
      // Windows shutdown and log-off end the process without before-quit or
      // will-quit: write what is pending and release the lock while we can.
      mainWindow.on('query-session-end', () => {
        if ('library' in library) void library.library.flush().catch((err: unknown) => log.error('writing pending saves at session end failed', err));
      });
      mainWindow.on('session-end', () => {
        void voting.close().catch((err: unknown) => log.error('stopping phone voting at session end failed', err));
        if ('library' in library) void library.library.close().catch((err: unknown) => log.error('closing the library at session end failed', err));
      });
    })
    .catch(failStartup);
}
