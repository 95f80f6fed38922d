import { beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindow, dialog, resetFakeElectron, shell } from '../fakes/electron';
import { createMainWindow } from '../../main/electron/window';

const APP = 'timantti://app/index.html';
const isAppUrl = (url: string) => url.startsWith('timantti://app/');

describe('the application window', () => {
  beforeEach(() => resetFakeElectron());

  it('is created with the Electron security checklist settings', () => {
    createMainWindow('/app/out/preload', APP, isAppUrl);
    const [win] = BrowserWindow.instances;
    const prefs = win?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(prefs.preload).toBe('/app/out/preload/preload.cjs');
  });

  it('loads the app from the custom protocol, not file://', () => {
    const win = createMainWindow('/p', APP, isAppUrl);
    expect((win as unknown as BrowserWindow).webContents.loadedUrl).toBe(APP);
  });

  it('denies every new window and opens only checked https links externally', () => {
    const win = createMainWindow('/p', APP, isAppUrl) as unknown as BrowserWindow;
    const open = win.webContents.windowOpenHandler!;
    for (const url of [
      'https://example.com/guide',
      'http://example.com',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://host/share',
      'https://user:pw@example.com',
    ]) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.opened).toEqual(['https://example.com/guide']);
  });

  it('asks before closing over unsaved answers, and stays unless told to leave', () => {
    const prompt = { message: 'Kaikkia vastauksia ei ole vielä tallennettu levylle.', detail: '', stay: 'Jää', leave: 'Sulje silti' };
    const win = createMainWindow('/p', APP, isAppUrl, () => prompt) as unknown as BrowserWindow;
    dialog.answer = 0;
    expect(win.webContents.emitPreventable('will-prevent-unload')).toBe(false);
    expect(dialog.shown).toEqual([expect.objectContaining({ message: prompt.message, buttons: ['Jää', 'Sulje silti'], defaultId: 0 })]);
    dialog.answer = 1;
    expect(win.webContents.emitPreventable('will-prevent-unload')).toBe(true);
  });

  it('refuses navigation away from the app', () => {
    const win = createMainWindow('/p', APP, isAppUrl) as unknown as BrowserWindow;
    expect(win.webContents.emitPreventable('will-navigate', 'https://evil.example/')).toBe(true);
    expect(win.webContents.emitPreventable('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(win.webContents.emitPreventable('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(win.webContents.emitPreventable('will-attach-webview')).toBe(true);
    expect(win.webContents.emitPreventable('will-navigate', 'timantti://app/index.html')).toBe(false);
  });
});
