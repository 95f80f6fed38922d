import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { App } from '../../renderer/src/app';
import { ConfirmProvider } from '../../renderer/src/components/confirm';
import { NotifierProvider } from '../../renderer/src/components/notifier';
import { initI18n } from '../../renderer/src/i18n';
import { fakeApi } from './fake-api';

const info = { name: 'Timantti', version: '0.1.0', dataDir: '/data', language: 'fi' as const, languageChosen: true, shell: 'web' as const };

function renderApp(api = fakeApi('fi')) {
  render(
    <ApiProvider api={api}>
      <NotifierProvider>
        <ConfirmProvider>
          <App initialInfo={info} />
        </ConfirmProvider>
      </NotifierProvider>
    </ApiProvider>,
  );
  return api;
}

describe('the app shell', () => {
  beforeEach(async () => {
    window.location.hash = '';
    await initI18n('fi');
  });
  afterEach(cleanup);

  it('opens on the empty library in Finnish, showing all nine areas and what to do', async () => {
    renderApp();
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Kirjasto');
    await screen.findByText('Kirjasto on vielä tyhjä');
    for (const name of [
      'Asiakasymmärrys',
      'Strategia',
      'Brändi',
      'Kulttuuri ja henkilöstökokemus',
      'Organisaatio ja prosessit',
      'Tunnekokemus',
      'Teknologia',
      'Mittaaminen',
      'Liiketoimintahyödyt',
    ]) {
      // Listed beside the diamond picture (whose tiles are hidden from assistive technology).
      expect(screen.getByRole('list', { name: 'Timantin kerrokset ylhäältä alas' }).textContent).toContain(name);
    }
    expect(screen.getByRole('img', { name: /^Asiakaskokemuksen timantti/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Uusi asiakas' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('fi');
  });

  it('switches to English through settings:set', async () => {
    const api = renderApp();
    await screen.findByText('Kirjasto on vielä tyhjä');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'English' }));
    });
    expect(api['settings:set']).toHaveBeenCalledWith({ language: 'en' });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Library');
    expect(document.documentElement.lang).toBe('en');
  });

  it('says so when the setting cannot be saved, and stays in the old language', async () => {
    const api = fakeApi('fi');
    api['settings:set'].mockResolvedValueOnce({ ok: false, error: { code: 'storage-failed', message: 'EROFS' } });
    renderApp(api);
    await screen.findByText('Kirjasto on vielä tyhjä');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'English' }));
    });
    expect(screen.getByText(/Tallennus epäonnistui/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kirjasto');
  });

  it('tells the user what the library repaired while opening', async () => {
    const api = fakeApi('fi');
    api['library:events'].mockResolvedValue({
      ok: true,
      value: [
        {
          kind: 'recovered',
          file: '/d/library/assessments/a-1.json',
          reason: 'integrity',
          quarantinedAs: '/d/x.corrupt',
          restoredFrom: '2026-11-20T09:10:00.000Z',
          at: '2026-11-23T09:00:00.000Z',
        },
      ],
    });
    renderApp(api);
    expect((await screen.findByText(/Tiedosto a-1.json oli vioittunut/)).textContent).toContain('palautettiin varmuuskopiosta');
  });
});
