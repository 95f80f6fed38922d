import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { App } from '../../renderer/src/app';
import { initI18n } from '../../renderer/src/i18n';
import { fakeApi } from './fake-api';

const info = { name: 'Timantti', version: '0.1.0', dataDir: '/data', language: 'fi' as const, shell: 'web' as const };

describe('the app shell', () => {
  afterEach(cleanup);

  it('shows the start screen in Finnish with all nine areas', async () => {
    await initI18n('fi');
    render(
      <ApiProvider api={fakeApi('fi')}>
        <App initialInfo={info} />
      </ApiProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Asiakaskokemuksen timantti');
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
      expect(screen.getByText(name)).toBeTruthy();
    }
    expect(document.documentElement.lang).toBe('fi');
  });

  it('switches to English through settings:set', async () => {
    await initI18n('fi');
    const api = fakeApi('fi');
    render(
      <ApiProvider api={api}>
        <App initialInfo={info} />
      </ApiProvider>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'English' }));
    });
    expect(api['settings:set']).toHaveBeenCalledWith({ language: 'en' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The customer-experience diamond');
    expect(document.documentElement.lang).toBe('en');
  });

  it('says so when the setting cannot be saved, and stays in the old language', async () => {
    await initI18n('fi');
    const api = fakeApi('fi');
    api['settings:set'].mockResolvedValueOnce({ ok: false, error: { code: 'storage-failed', message: 'EROFS' } } as never);
    render(
      <ApiProvider api={api}>
        <App initialInfo={info} />
      </ApiProvider>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'English' }));
    });
    expect(screen.getByRole('alert').textContent).toContain('Tallennus epäonnistui');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Asiakaskokemuksen timantti');
  });
});
