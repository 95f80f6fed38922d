import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// main/index.ts is glue; this checks that the glue wires the tested pieces
// together: single-instance lock, permissions, protocol, IPC, the window.

import type * as FakeElectron from '../fakes/electron';

type Fake = typeof FakeElectron;

async function loadMain(configure: (fake: Fake) => void): Promise<Fake> {
  vi.resetModules();
  const fake = (await import('electron')) as unknown as Fake;
  fake.resetFakeElectron();
  fake.app.paths.set('userData', mkdtempSync(join(tmpdir(), 'timantti-entry-')));
  configure(fake);
  await import('../../main/index');
  return fake;
}

const settle = () => new Promise((r) => setTimeout(r, 20));

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
    await settle();
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
    await settle();
    const win = fake.BrowserWindow.instances[0]!;
    const focus = vi.spyOn(win, 'focus');
    fake.app.emit('second-instance');
    expect(focus).toHaveBeenCalled();
  });
});
