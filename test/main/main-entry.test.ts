import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// main/index.ts is glue; this checks that the glue wires the tested pieces
// together: single-instance lock, permissions, protocol, IPC, the window.

import type * as FakeElectron from '../fakes/electron';

type Fake = typeof FakeElectron;

async function loadMain(configure: (fake: Fake) => void, argv: string[] = []): Promise<Fake> {
  vi.resetModules();
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetFakeElectron();
  fake.app.paths.set('userData', mkdtempSync(join(tmpdir(), 'timantti-entry-')));
  configure(fake);
  const saved = process.argv;
  process.argv = [saved[0]!, 'main', ...argv];
  try {
    await import('../../main/index');
  } finally {
    process.argv = saved;
  }
  return fake;
}

const settle = () => new Promise((r) => setTimeout(r, 20));
/** Waits (up to 5 s) until start-up has reached `done`: opening the library fsyncs, so it takes a moment. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 250 && !done(); i++) await settle();
}

describe('the Electron entry point', () => {
  beforeEach(() => {
    delete process.env.ELECTRON_RENDERER_URL;
  });

  it('quits at once when another instance holds the lock', async () => {
    const fake = await loadMain((f) => (f.app.gotLock = false));
    fake.app.fireReady();
    await settle();
    expect(fake.app.quitCalled).toBe(true);
    expect(fake.BrowserWindow.instances).toHaveLength(0);
  });

  it('starts one secure window on timantti:// with every channel served', async () => {
    const fake = await loadMain(() => undefined);
    fake.app.fireReady();
    await until(() => fake.BrowserWindow.instances.length > 0);
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    expect(fake.BrowserWindow.instances[0]?.webContents.loadedUrl).toBe('timantti://app/index.html');
    expect(fake.protocol.handlers.has('timantti')).toBe(true);
    expect(fake.session.defaultSession.permissionRequestHandler).toBeDefined();
    expect([...fake.ipcMain.handlers.keys()]).toContain('settings:set');
    expect(fake.Menu.current).toBeDefined();
    // The library was opened in the data folder and answers through the bridge.
    const own = fake.BrowserWindow.instances[0]!.webContents;
    const result = await fake.ipcMain.handlers.get('client:create')!({ sender: own, senderFrame: own.mainFrame }, { name: 'Asiakas Oy' });
    expect(result).toMatchObject({ ok: true, value: { name: 'Asiakas Oy' } });
  });

  it('focuses the existing window on a second launch', async () => {
    const fake = await loadMain(() => undefined);
    fake.app.fireReady();
    await until(() => fake.BrowserWindow.instances.length > 0);
    const win = fake.BrowserWindow.instances[0]!;
    const focus = vi.spyOn(win, 'focus');
    fake.app.emit('second-instance');
    expect(focus).toHaveBeenCalled();
  });

  it('takes the single-instance lock in the --data folder, so another folder is its own instance', async () => {
    const other = mkdtempSync(join(tmpdir(), 'timantti-other-'));
    const fake = await loadMain(() => undefined, ['--data', other]);
    expect(fake.app.lockScope).toBe(other);
  });

  it('creates a --data folder that does not exist yet instead of dying with a raw error', async () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'timantti-new-')), 'a', 'b');
    const fake = await loadMain(() => undefined, [`--data=${fresh}`]);
    fake.app.fireReady();
    await until(() => fake.BrowserWindow.instances.length > 0);
    expect(existsSync(fresh)).toBe(true);
    expect(fake.app.getPath('userData')).toBe(fresh);
    expect(fake.BrowserWindow.instances).toHaveLength(1);
  });

  it('explains a data folder that cannot be created, and exits', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'timantti-file-')), 'not-a-folder');
    writeFileSync(file, '');
    const fake = await loadMain((f) => (f.app.getLocale = () => 'fi-FI'), ['--data', join(file, 'data')]);
    expect(fake.dialog.errorBoxes).toEqual([{ title: 'Timantti ei käynnistynyt', content: expect.stringContaining('Datakansiota ei voitu luoda') }]);
    expect(fake.app.exitCode).toBe(1);
    expect(fake.app.lockScope).toBeUndefined();
  });

  it('exits (releasing the single-instance lock) when start-up fails after ready, instead of idling windowless', async () => {
    const fake = await loadMain((f) => {
      f.protocol.handle = () => {
        throw new Error('protocol registration failed');
      };
    });
    fake.app.fireReady();
    await until(() => fake.app.exitCode !== undefined);
    expect(fake.dialog.errorBoxes[0]?.content).toContain('protocol registration failed');
    expect(fake.app.exitCode).toBe(1);
  });

  it('releases the library only on will-quit: "Stay" at the unsaved-answers prompt keeps its lock', async () => {
    const fake = await loadMain(() => undefined);
    fake.app.fireReady();
    await until(() => fake.BrowserWindow.instances.length > 0);
    const lock = join(fake.app.getPath('userData'), 'library', 'library.lock');
    expect(existsSync(lock)).toBe(true);
    // before-quit, then the window's prompt answered "Stay": nothing is closed.
    expect(fake.app.emitPreventable('before-quit')).toBe(false);
    await settle();
    expect(existsSync(lock)).toBe(true);
    // The windows are gone: will-quit writes what is pending and releases the lock first.
    expect(fake.app.emitPreventable('will-quit')).toBe(true);
    await until(() => fake.app.quitCalled);
    expect(existsSync(lock)).toBe(false);
    expect(fake.app.quitCalled).toBe(true);
  });

  it('serves phone voting from its service, and stops it on will-quit before the library is released', async () => {
    let lock = '';
    const closed: boolean[] = [];
    vi.doMock('../../main/voting/voting-service', () => ({
      createVotingService: () => ({
        interfaces: () => [{ name: 'lo', address: '127.0.0.1', family: 'IPv4', internal: true }],
        // The lock still held when voting stops: its last votes can still be written.
        close: async () => void closed.push(existsSync(lock)),
      }),
    }));
    try {
      const fake = await loadMain(() => undefined);
      fake.app.fireReady();
      await until(() => fake.BrowserWindow.instances.length > 0);
      lock = join(fake.app.getPath('userData'), 'library', 'library.lock');
      const own = fake.BrowserWindow.instances[0]!.webContents;
      expect(await fake.ipcMain.handlers.get('voting:interfaces')!({ sender: own, senderFrame: own.mainFrame }, undefined)).toEqual({
        ok: true,
        value: [{ name: 'lo', address: '127.0.0.1', family: 'IPv4', internal: true }],
      });
      expect(fake.app.emitPreventable('will-quit')).toBe(true);
      await until(() => fake.app.quitCalled);
      expect(closed).toEqual([true]);
      expect(existsSync(lock)).toBe(false);
    } finally {
      vi.doUnmock('../../main/voting/voting-service');
    }
  });

  it('releases the library when Windows ends the session (no quit events then)', async () => {
    const fake = await loadMain(() => undefined);
    fake.app.fireReady();
    await until(() => fake.BrowserWindow.instances.length > 0);
    const lock = join(fake.app.getPath('userData'), 'library', 'library.lock');
    fake.BrowserWindow.instances[0]!.emit('session-end', {});
    await until(() => !existsSync(lock));
    expect(existsSync(lock)).toBe(false);
  });
});
