import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostics } from '../../core/diagnostics';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { ConfirmProvider } from '../../renderer/src/components/confirm';
import { NotifierProvider } from '../../renderer/src/components/notifier';
import { initI18n } from '../../renderer/src/i18n';
import { SettingsScreen } from '../../renderer/src/screens/settings-screen';
import { fakeApi } from './fake-api';

const info = { name: 'Timantti', version: '0.1.0', dataDir: '/data', language: 'fi' as const, languageChosen: true, shell: 'desktop' as const };

const diagnostics: Diagnostics = {
  generatedAt: '2026-11-24T10:00:00.000Z',
  app: { name: 'Timantti', version: '0.1.0', shell: 'desktop' },
  platform: { os: 'win32', arch: 'x64', release: '10.0.26100' },
  versions: { node: '22.20.0', electron: '45.4.1', chrome: '142.0.7444.52' },
  dataDir: { path: '~/AppData/Roaming/Timantti', exists: true, writable: true },
  library: { open: true, clients: 4, assessments: 9, recycleBin: 1, pendingSaves: 0 },
  recentEvents: [{ kind: 'backup-failed', at: '2026-11-24T09:59:00.000Z' }],
  log: {
    file: '~/AppData/Roaming/Timantti/logs/main.log',
    lines: ['[2026-11-24T09:59:00.000Z] [warn] library event shown to the user: backup-failed a-1.json (ENOSPC)'],
  },
};

function renderSettings(api = fakeApi('fi')) {
  api['recycle:list'].mockResolvedValue({ ok: true, value: [] });
  render(
    <ApiProvider api={api}>
      <NotifierProvider>
        <ConfirmProvider>
          <SettingsScreen info={info} onLanguage={() => undefined} />
        </ConfirmProvider>
      </NotifierProvider>
    </ApiProvider>,
  );
  return api;
}

describe('Copy diagnostics in Settings', () => {
  let writeText: ReturnType<typeof vi.fn>;
  beforeEach(async () => {
    await initI18n('fi');
    writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });
  afterEach(cleanup);

  it('copies the diagnostics from main as text and confirms it', async () => {
    const api = fakeApi('fi');
    api['diagnostics:collect'].mockResolvedValue({ ok: true, value: diagnostics });
    renderSettings(api);
    const button = await screen.findByRole('button', { name: 'Kopioi vianmääritystiedot' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(api['diagnostics:collect']).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledTimes(1);
    const text = writeText.mock.calls[0]![0] as string;
    expect(text).toContain('Version: 0.1.0 (desktop app)');
    expect(text).toContain('Runtime: Node 22.20.0, Electron 45.4.1, Chrome 142.0.7444.52');
    expect(text).toContain('Library: open; 4 clients, 9 assessments, 1 in the recycle bin, 0 saves pending');
    expect(text).toContain('Library events this session: backup-failed ×1');
    expect(text).toContain('backup-failed a-1.json (ENOSPC)');
    expect(await screen.findByText('Vianmääritystiedot kopioitu leikepöydälle.')).toBeTruthy();
  });

  it('says so when the clipboard refuses, or main cannot collect', async () => {
    const api = fakeApi('fi');
    api['diagnostics:collect'].mockResolvedValueOnce({ ok: true, value: diagnostics });
    writeText.mockRejectedValueOnce(new DOMException('Write permission denied', 'NotAllowedError'));
    renderSettings(api);
    const button = await screen.findByRole('button', { name: 'Kopioi vianmääritystiedot' });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(await screen.findByText('Vianmääritystietoja ei voitu kopioida leikepöydälle.')).toBeTruthy();

    api['diagnostics:collect'].mockResolvedValueOnce({ ok: false, error: { code: 'internal', message: 'boom' } });
    await act(async () => {
      fireEvent.click(button);
    });
    expect(await screen.findByText('Odottamaton virhe.')).toBeTruthy();
    expect(writeText).toHaveBeenCalledTimes(1);
  });
});
