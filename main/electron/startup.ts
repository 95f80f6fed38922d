import { mkdirSync } from 'node:fs';
import { app, dialog } from 'electron';
import { languageFromLocale, type Language } from '../../core/settings';
import { log } from '../log/logger';

const TEXT: Record<Language, { title: string; dataDir: (dir: string, why: string) => string; failed: (why: string) => string }> = {
  fi: {
    title: 'Timantti ei käynnistynyt',
    dataDir: (dir, why) =>
      `Datakansiota ei voitu luoda eikä avata:\n${dir}\n\n${why}\n\nValitse toinen kansio (--data tai TIMANTTI_DATA) tai tarkista oikeudet.`,
    failed: (why) => `Käynnistys epäonnistui:\n${why}\n\nYritä uudelleen. Jos vika toistuu, lähetä asetusten diagnostiikkatiedot tukeen.`,
  },
  en: {
    title: 'Timantti could not start',
    dataDir: (dir, why) =>
      `The data folder could not be created or opened:\n${dir}\n\n${why}\n\nChoose another folder (--data or TIMANTTI_DATA) or check its permissions.`,
    failed: (why) => `Starting failed:\n${why}\n\nPlease try again. If it keeps happening, send the diagnostics from Settings to support.`,
  },
};

const systemLanguage = (): Language => languageFromLocale(app.getLocale?.());

/**
 * Points Electron at the chosen data folder, creating it first:
 * `app.setPath` throws for a folder that does not exist, and at the top of
 * the main module that is a raw "JavaScript error" box and no window.
 * Must run before `requestSingleInstanceLock()`, which is scoped to the
 * user-data folder of that moment: a second launch with another `--data`
 * is then its own instance instead of focusing the first and quitting.
 * Returns false (after telling the user) when the folder cannot be used.
 */
export function useDataDir(dir: string | undefined): boolean {
  if (!dir) return true;
  try {
    mkdirSync(dir, { recursive: true });
    app.setPath('userData', dir);
    return true;
  } catch (err) {
    // Before setupLogging (the log folder depends on this one): stderr only.
    log.error('the data folder given with --data or TIMANTTI_DATA cannot be used', err);
    const why = err instanceof Error ? err.message : String(err);
    const text = TEXT[systemLanguage()];
    dialog.showErrorBox(text.title, text.dataDir(dir, why));
    return false;
  }
}

/**
 * The last resort for a failure after `ready`: without it the process would
 * stay alive with no window, holding the single-instance lock, and every
 * later launch would only "focus" it. Tell the user and exit for real.
 */
export function failStartup(err: unknown): void {
  log.error('start-up failed', err);
  const text = TEXT[systemLanguage()];
  dialog.showErrorBox(text.title, text.failed(err instanceof Error ? err.message : String(err)));
  app.exit(1);
}
