import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { NotifierProvider } from '../../renderer/src/components/notifier';
import { initI18n } from '../../renderer/src/i18n';
import { ImportDialog } from '../../renderer/src/screens/library/import-dialog';
import { fakeApi } from './fake-api';

function Harness() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button onClick={() => setOpen(true)}>reopen</button>
      <ImportDialog open={open} onClose={() => setOpen(false)} onImported={() => undefined} />
    </>
  );
}

const file = new File(['{"format":"timantti"}'], 'kevat.timantti.json', { type: 'application/json' });

describe('the import dialog', () => {
  beforeEach(async () => {
    await initI18n('fi');
  });
  afterEach(cleanup);

  it('stays the conflict question while it fades out after Cancel, and opens again on the file picker', async () => {
    const api = fakeApi('fi');
    api['library:import-preview'].mockResolvedValue({
      ok: true,
      value: { assessments: 1, conflicts: [{ id: 'a-1', title: 'Kevät 2026', existingTitle: 'Kevät 2026, korjattu' }] },
    });
    render(
      <ApiProvider api={api}>
        <NotifierProvider>
          <Harness />
        </NotifierProvider>
      </ApiProvider>,
    );
    await screen.findByRole('dialog', { name: 'Tuo tiedostosta' });
    await act(async () => {
      fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
    });
    const conflict = await screen.findByRole('dialog', { name: 'Arvio on jo kirjastossa' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Peruuta' }));
    });
    // Fading out: still the question that was answered, not the file picker it came from.
    expect(conflict.textContent).toContain('Arvio on jo kirjastossa');
    expect(conflict.textContent).not.toContain('Valitse tiedosto');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api['library:import']).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'reopen' }));
    const again = await screen.findByRole('dialog', { name: 'Tuo tiedostosta' });
    expect(again.textContent).not.toContain('Kevät 2026');
  });
});
