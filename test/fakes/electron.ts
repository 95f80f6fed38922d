/**
 * The one fake `electron` module for main-process tests (aliased in
 * vitest.config.ts). It implements just what Timantti calls and records it,
 * so tests can assert the window's options, the handlers that were installed
 * and how events are answered, with no Electron binary.
 */
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame = { url: '' };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  loadedUrl: string | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  /** Emits an event the way Electron does and reports whether a listener prevented it. */
  emitPreventable(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true) };
    this.emit(name, event, ...args);
    return prevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  /** What `getFocusedWindow` answers; tests set it. */
  static focused: BrowserWindow | null = null;
  static getFocusedWindow() {
    return BrowserWindow.focused;
  }
  readonly webContents = new FakeWebContents();
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.webContents.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
}

export const shell = {
  opened: [] as string[],
  openExternal(url: string) {
    shell.opened.push(url);
    return Promise.resolve();
  },
  /** Paths handed to the system's default app; `openPathError` is what the next call answers ('' = opened). */
  openedPaths: [] as string[],
  openPathError: '',
  openPath(path: string) {
    shell.openedPaths.push(path);
    return Promise.resolve(shell.openPathError);
  },
};

export const dialog = {
  /** The button index the next message box answers with. */
  answer: 0,
  shown: [] as unknown[],
  showMessageBoxSync(_win: unknown, options: unknown) {
    dialog.shown.push(options);
    return dialog.answer;
  },
  errorBoxes: [] as { title: string; content: string }[],
  showErrorBox(title: string, content: string) {
    dialog.errorBoxes.push({ title, content });
  },
  /** What the next save dialog answers, and each one shown (with the window it was modal to). */
  saveAnswer: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
  saveDialogs: [] as { window: unknown; options: Record<string, unknown> }[],
  showSaveDialog(...args: unknown[]) {
    const [window, options] = args.length > 1 ? args : [undefined, args[0]];
    dialog.saveDialogs.push({ window, options: options as Record<string, unknown> });
    return Promise.resolve({ ...dialog.saveAnswer });
  },
};

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, listener: Listener) {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, listener);
  },
  removeHandler(channel: string) {
    ipcMain.handlers.delete(channel);
  },
};

type PermissionRequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void;

export const session = {
  defaultSession: {
    permissionRequestHandler: undefined as PermissionRequestHandler | undefined,
    permissionCheckHandler: undefined as ((...args: unknown[]) => boolean) | undefined,
    devicePermissionHandler: undefined as ((...args: unknown[]) => boolean) | undefined,
    setPermissionRequestHandler(handler: PermissionRequestHandler) {
      this.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      this.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
      this.devicePermissionHandler = handler;
    },
  },
};

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown[]) {
    protocol.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    protocol.handlers.set(scheme, handler);
  },
};

export const Menu = {
  current: undefined as unknown,
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu(menu: unknown) {
    Menu.current = menu;
  },
};

class FakeApp extends EventEmitter {
  isPackaged = false;
  gotLock = true;
  quitCalled = false;
  paths = new Map<string, string>([['userData', '/tmp/timantti-fake-user-data']]);
  private readyResolve: (() => void) | undefined;
  private ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  getVersion = () => '0.0.0-test';
  getLocale = () => 'fi-FI';
  setAboutPanelOptions = () => undefined;
  /** The user-data folder at the moment the single-instance lock was asked for (Electron scopes the lock to it). */
  lockScope: string | undefined;
  exitCode: number | undefined;
  requestSingleInstanceLock = () => {
    this.lockScope = this.paths.get('userData');
    return this.gotLock;
  };
  quit = () => {
    this.quitCalled = true;
  };
  exit = (code = 0) => {
    this.exitCode = code;
  };
  /** Like Electron on Linux and Windows, the log folder is inside the user-data folder unless set. */
  getPath = (name: string): string => this.paths.get(name) ?? (name === 'logs' ? join(this.getPath('userData'), 'logs') : `/tmp/timantti-fake-${name}`);
  /** Like Electron, refuses a folder that does not exist. */
  setPath = (name: string, value: string) => {
    if (!existsSync(value)) throw new Error(`Failed to set path`);
    this.paths.set(name, value);
  };
  /** Emits an app event the way Electron does and reports whether a listener prevented it. */
  emitPreventable(name: string): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) });
    return prevented;
  }
  whenReady = () => this.ready;
  /** Test hook: what Electron does when it has finished starting. */
  fireReady() {
    this.readyResolve?.();
  }
}

export let app = new FakeApp();

/** Clears everything recorded, between tests. */
export function resetFakeElectron(): void {
  BrowserWindow.instances = [];
  BrowserWindow.focused = null;
  shell.opened = [];
  shell.openedPaths = [];
  shell.openPathError = '';
  dialog.saveAnswer = { canceled: true, filePath: '' };
  dialog.saveDialogs = [];
  ipcMain.handlers.clear();
  protocol.handlers.clear();
  protocol.privileged = [];
  session.defaultSession.permissionRequestHandler = undefined;
  session.defaultSession.permissionCheckHandler = undefined;
  session.defaultSession.devicePermissionHandler = undefined;
  Menu.current = undefined;
  dialog.answer = 0;
  dialog.shown = [];
  dialog.errorBoxes = [];
  app = new FakeApp();
}
