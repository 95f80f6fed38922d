import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import { HandlerError } from '../../core/ipc/handler-table';
import type { Language } from '../../core/settings';
import type { SaveReport } from '../report-handlers';
import { log } from '../log/logger';
import { writeFileDurable } from '../storage/atomic-write';

const TEXTS = {
  fi: { title: 'Tallenna raportti', filter: 'PDF-dokumentti' },
  en: { title: 'Save report', filter: 'PDF document' },
} as const;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Linux save dialogs do not add the filter's extension: "raportti" becomes
 * "raportti.pdf", unless that file exists, which the user was never asked
 * about overwriting, so then the name stays as typed.
 */
async function withPdfExtension(path: string): Promise<string> {
  if (/\.pdf$/i.test(path)) return path;
  return (await exists(`${path}.pdf`)) ? path : `${path}.pdf`;
}

/**
 * The desktop app's way to deliver a report: a save dialog over our window
 * (Documents by default), a durable write, then the PDF opens in the
 * system's viewer. Failures carry an error code only: the message that
 * reaches the page never holds the user's folder names.
 */
export function createReportSaver(getWindow: () => BrowserWindow | undefined): SaveReport {
  return async (pdf, suggestedFileName, language: Language) => {
    const texts = TEXTS[language];
    const options = {
      title: texts.title,
      defaultPath: join(app.getPath('documents'), suggestedFileName),
      filters: [{ name: texts.filter, extensions: ['pdf'] }],
      properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
    };
    const win = BrowserWindow.getFocusedWindow() ?? getWindow();
    const chosen = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return { cancelled: true };
    const path = await withPdfExtension(chosen.filePath);
    try {
      await writeFileDurable(path, pdf);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
      // Not the path: the user's folder and the report's name may hold the client's name.
      log.error('report: saving the PDF failed', err);
      throw new HandlerError({ code: 'storage-failed', message: `the report could not be saved (${code})` });
    }
    // Only a .pdf is handed to the system: it opens any other name with whatever
    // that extension means there (".exe", ".js"). A missing viewer is reported, not an error.
    if (!/\.pdf$/i.test(path)) return { savedTo: path, opened: false };
    const openError = await shell.openPath(path);
    // shell.openPath's message is the system's text about that file: logged as a fact only.
    if (openError) log.warn('report: the saved PDF could not be opened in the system viewer');
    return { savedTo: path, opened: !openError };
  };
}
