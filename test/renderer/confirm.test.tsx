import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfirmProvider, useConfirm } from '../../renderer/src/components/confirm';
import { initI18n } from '../../renderer/src/i18n';

function Asker({ title }: { title: string }) {
  const confirm = useConfirm();
  const [answer, setAnswer] = useState('none');
  return (
    <>
      <button onClick={async () => setAnswer(String(await confirm({ title, body: `${title}: body`, confirmLabel: 'Poista' })))}>ask</button>
      <output>{answer}</output>
    </>
  );
}

describe('the confirmation dialog', () => {
  beforeEach(async () => {
    await initI18n('fi');
  });
  afterEach(cleanup);

  it('keeps its title and text while it fades out after an answer, and shows the next request fresh', async () => {
    const { rerender } = render(
      <ConfirmProvider>
        <Asker title="Poistetaanko asiakas ”Åbo”?" />
      </ConfirmProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'ask' }));
    const dialog = await screen.findByRole('dialog', { name: 'Poistetaanko asiakas ”Åbo”?' });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Peruuta' }));
    });
    expect(document.querySelector('output')!.textContent).toBe('false');
    // Still on screen for its exit transition: blanking it here flashed an empty dialog and left the
    // page behind it aria-hidden under a dialog with no name.
    expect(dialog.textContent).toContain('Poistetaanko asiakas ”Åbo”?');
    expect(dialog.textContent).toContain('Poistetaanko asiakas ”Åbo”?: body');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    rerender(
      <ConfirmProvider>
        <Asker title="Tyhjennetäänkö roskakori?" />
      </ConfirmProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'ask' }));
    const next = await screen.findByRole('dialog', { name: 'Tyhjennetäänkö roskakori?' });
    expect(next.textContent).not.toContain('Åbo');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Poista' }));
    });
    expect(document.querySelector('output')!.textContent).toBe('true');
  });
});
