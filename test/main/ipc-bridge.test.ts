import { beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../core/ipc/channels';
import { createHandlerTable } from '../../core/ipc/handler-table';
import { serveHandlersOverIpc } from '../../main/electron/ipc-bridge';
import { FakeWebContents, ipcMain, resetFakeElectron } from '../fakes/electron';
import { stubImpls } from '../fixtures/handler-stubs';

const isAppUrl = (url: string) => url.startsWith('timantti://app/');

const table = createHandlerTable(
  stubImpls({
    'app:info': () => ({ name: 'Timantti', version: '1', dataDir: '/d', language: 'fi', languageChosen: true, shell: 'desktop' }),
    'settings:get': () => ({ language: 'fi' }),
    'settings:set': (patch) => ({ language: patch.language ?? 'fi' }),
  }),
);

describe('the IPC bridge', () => {
  let own: FakeWebContents;
  beforeEach(() => {
    resetFakeElectron();
    own = new FakeWebContents();
    own.mainFrame.url = 'timantti://app/index.html';
    serveHandlersOverIpc(table, () => own as never, isAppUrl);
  });

  const invoke = (channel: string, event: unknown, input?: unknown) => ipcMain.handlers.get(channel)!(event, input);

  it('serves exactly the channels of the contract', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers our own window', async () => {
    await expect(invoke('settings:set', { sender: own, senderFrame: own.mainFrame }, { language: 'en' })).resolves.toEqual({
      ok: true,
      value: { language: 'en' },
    });
  });

  it('parses the input against the contract', async () => {
    const result = await invoke('settings:set', { sender: own, senderFrame: own.mainFrame }, { language: 'sv' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'language' } });
  });

  it.each([
    ['another window', () => ({ sender: new FakeWebContents(), senderFrame: { url: 'timantti://app/index.html' } })],
    ['a subframe of our window', () => ({ sender: own, senderFrame: { url: 'timantti://app/index.html' } })],
    ['our window showing another page', () => ({ sender: own, senderFrame: Object.assign(own.mainFrame, { url: 'https://evil.example/' }) })],
    ['a destroyed frame', () => ({ sender: own, senderFrame: null })],
  ])('refuses calls from %s', async (_name, makeEvent) => {
    const result = await invoke('settings:get', makeEvent());
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
