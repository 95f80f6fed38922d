import { join } from 'node:path';
import { BrowserWindow, dialog, shell } from 'electron';
import { isSafeExternalUrl } from './external-links';

/**
 * Creates the one application window. The security options are written inline
 * on purpose: Electronegativity only sees literal options at the call site,
 * and test/main/window.test.ts asserts them too.
 */
export interface LeavePrompt {
  message: string;
  detail: string;
  stay: string;
  leave: string;
}

export function createMainWindow(preloadDir: string, url: string, isAppUrl: (url: string) => boolean, leavePrompt?: () => LeavePrompt): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Timantti',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      // Reviewed: the preload exposes only the contract's channels via contextBridge.
      preload: join(preloadDir, 'preload.cjs') /* eng-disable PRELOAD_JS_CHECK */,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });

  // No new windows, ever. A checked https link opens in the user's browser.
  win.webContents.setWindowOpenHandler(({ url: target }) => {
    if (isSafeExternalUrl(target)) void shell.openExternal(target); /* eng-disable OPEN_EXTERNAL_JS_CHECK: https only, checked by isSafeExternalUrl */
    return { action: 'deny' };
  });
  // The window only ever shows the app itself.
  win.webContents.on('will-navigate', (event, target) => {
    if (!isAppUrl(target)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, target) => {
    if (!isAppUrl(target)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  // The page refuses to unload while answers are not yet on disk (a failed
  // save being retried). Electron would then silently keep the window open;
  // ask the user instead, defaulting to staying.
  win.webContents.on('will-prevent-unload', (event) => {
    const text = leavePrompt?.() ?? { message: 'Not all answers are saved yet.', detail: '', stay: 'Stay', leave: 'Leave anyway' };
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: [text.stay, text.leave],
      defaultId: 0,
      cancelId: 0,
      message: text.message,
      detail: text.detail,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());

  void win.loadURL(url);
  return win;
}
