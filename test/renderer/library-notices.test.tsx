import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryEvent } from '../../core/library/events';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { LibraryNotices } from '../../renderer/src/components/library-notices';
import { initI18n } from '../../renderer/src/i18n';
import { fakeApi } from './fake-api';

const backupFailed = (at: string, code = 'ENOSPC'): LibraryEvent => ({ kind: 'backup-failed', file: '/d/library/assessments/a-7.json', code, at });

describe('library notices', () => {
  beforeEach(async () => {
    await initI18n('fi');
  });
  afterEach(cleanup);

  it('shows a backup that failed during the session, when the event arrives', async () => {
    const api = fakeApi('fi');
    api['library:events']
      .mockResolvedValueOnce({ ok: true, value: [] })
      .mockResolvedValueOnce({ ok: true, value: [backupFailed('2026-11-24T10:00:00.000Z')] })
      .mockResolvedValue({ ok: true, value: [] });
    render(
      <ApiProvider api={api}>
        <LibraryNotices pollMs={30} />
      </ApiProvider>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Kirjaston ilmoitukset');
    expect(alert.textContent).toContain('Tiedoston a-7.json varmuuskopiota ei voitu tallentaa (ENOSPC). Vastaukset on tallennettu');
  });

  it('shows a backup that keeps failing once per file, with the latest reason', async () => {
    const api = fakeApi('fi');
    api['library:events']
      .mockResolvedValueOnce({ ok: true, value: [backupFailed('2026-11-24T10:00:00.000Z')] })
      .mockResolvedValueOnce({ ok: true, value: [backupFailed('2026-11-24T10:00:05.000Z', 'EACCES')] })
      .mockResolvedValue({ ok: true, value: [] });
    render(
      <ApiProvider api={api}>
        <LibraryNotices pollMs={30} />
      </ApiProvider>,
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('(EACCES)'));
    expect(screen.getByRole('alert').textContent).not.toContain('(ENOSPC)');
    expect(screen.getByRole('alert').textContent?.match(/varmuuskopiota ei voitu tallentaa/g)).toHaveLength(1);
  });
});
