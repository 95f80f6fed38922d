import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VotingState } from '../../core/voting/contract';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { ConfirmProvider } from '../../renderer/src/components/confirm';
import { NotifierProvider } from '../../renderer/src/components/notifier';
import { initI18n } from '../../renderer/src/i18n';
import { RunnerScreen } from '../../renderer/src/screens/runner/runner-screen';
import { assessment, participants, questionnaire, votes } from '../fixtures/builders';
import { runningState } from '../fixtures/fake-voting';
import { fakeApi } from './fake-api';

const q = questionnaire({ strategy: ['s1', 's2'], measurement: ['m1'] });
const a = assessment(q, participants('anna', 'ben'), {}, { id: 'a1' });
const seats = (voted: Record<string, boolean> = {}) =>
  ['anna', 'ben'].map((id) => ({
    seatId: `seat-${id}`,
    participantId: id,
    label: id.toUpperCase(),
    joined: true,
    connected: id === 'anna',
    voted: !!voted[id],
  }));
const INTERFACES = [
  { name: 'lo', address: '127.0.0.1', family: 'IPv4' as const, internal: true },
  { name: 'wlan0', address: 'fe80::1', family: 'IPv6' as const, internal: false },
  { name: 'wlan0', address: '192.168.1.20', family: 'IPv4' as const, internal: false },
];

/**
 * The fake main for phone voting: the first `voting:state` answers at once
 * with `initial`; each long poll after it waits until the test calls `push`.
 */
function setup(initial: VotingState = { running: false, version: 0 }, loaded = a) {
  const api = fakeApi('fi');
  api['assessment:get'].mockResolvedValue({ ok: true, value: structuredClone(loaded) });
  api['voting:interfaces'].mockResolvedValue({ ok: true, value: INTERFACES });
  api['voting:stop'].mockResolvedValue({ ok: true, value: { running: false, version: 99 } });
  let answer: ((s: VotingState) => void) | null = null;
  api['voting:state'].mockImplementation(async (query?: { since?: number }) =>
    query?.since === undefined ? { ok: true, value: initial } : new Promise((resolve) => (answer = (value) => resolve({ ok: true, value }))),
  );
  const push = async (state: VotingState) => {
    await waitFor(() => expect(answer).not.toBeNull());
    const send = answer!;
    answer = null;
    await act(async () => send(state));
  };
  const view = render(
    <ApiProvider api={api}>
      <NotifierProvider>
        <ConfirmProvider>
          <RunnerScreen assessmentId="a1" />
        </ConfirmProvider>
      </NotifierProvider>
    </ApiProvider>,
  );
  return { api, push, view };
}

/** Matches `text` whatever soft hyphens the UI put into it for line breaking. */
const hy = (text: string) =>
  new RegExp(
    text
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .split('')
      .join('\u00ad?'),
  );
const press = (key: string) => act(() => void fireEvent.keyDown(window, { key }));
const pressed = (name: RegExp) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

describe('phone voting in the runner', () => {
  beforeEach(async () => {
    await initI18n('fi');
    localStorage.clear();
  });
  afterEach(() => cleanup());

  it('lists the networks, opens nothing before Start, then starts on the chosen address with the seats and the current statement', async () => {
    const { api } = setup();
    await screen.findByRole('heading', { name: 's1 (fi)' });
    fireEvent.click(screen.getByRole('button', { name: 'Puhelinäänestys' }));
    const dialog = await screen.findByRole('dialog', { name: 'Puhelinäänestys' });
    const network = await within(dialog).findByRole('radiogroup', { name: 'Verkko, jossa puhelimet ovat' });
    const options = within(network).getAllByRole('radio');
    // IPv4 first, loopback last and said to reach only this computer.
    expect(options.map((o) => o.closest('label')?.textContent)).toEqual(['wlan0 192.168.1.20', 'wlan0 fe80::1', 'lo 127.0.0.1 (vain tämä tietokone)']);
    expect((options[0] as HTMLInputElement).checked).toBe(true);
    expect(api['voting:start']).not.toHaveBeenCalled();
    // The assessment has participants: claiming names is the default.
    expect((within(dialog).getByRole('radio', { name: hy('osallistujat – kukin valitsee') }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(within(dialog).getByRole('radio', { name: hy('Nimettömät paikat') }));
    expect((within(dialog).getByRole('spinbutton', { name: 'Paikkojen määrä' }) as HTMLInputElement).value).toBe('2');
    fireEvent.change(within(dialog).getByRole('spinbutton', { name: 'Paikkojen määrä' }), { target: { value: '5' } });
    fireEvent.click(options[1]!);
    api['voting:start'].mockResolvedValue({ ok: true, value: runningState({ version: 1, address: 'fe80::1' }) });
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Aloita' })));
    expect(api['voting:start']).toHaveBeenCalledWith({ assessmentId: 'a1', address: 'fe80::1', seats: { mode: 'anonymous', count: 5 }, statementId: 's1' });
    await within(dialog).findByRole('img', { name: 'QR-koodi äänestyssivulle' });
    // The Start button focus was on is gone: focus goes to Close, never to Stop or the page behind.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Sulje (äänestys jatkuu)' }));
    // Closed with Escape, focus goes to the status button that replaced the one which opened the dialog.
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('phone-voting-chip')));
  });

  it('offers claimed names only when the assessment has participants', async () => {
    setup(undefined, { ...a, participants: [] });
    await screen.findByRole('heading', { name: 's1 (fi)' });
    fireEvent.click(screen.getByRole('button', { name: 'Puhelinäänestys' }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByRole('radio', { name: hy('osallistujat – kukin valitsee') }) as HTMLInputElement).disabled).toBe(true);
    expect(within(dialog).getByText(hy('Arvioinnissa ei ole osallistujia'))).toBeTruthy();
    expect((within(dialog).getByRole('spinbutton', { name: 'Paikkojen määrä' }) as HTMLInputElement).value).toBe('8');
  });

  it('says in the user’s language why the server did not start', async () => {
    const { api } = setup();
    await screen.findByRole('heading', { name: 's1 (fi)' });
    fireEvent.click(screen.getByRole('button', { name: 'Puhelinäänestys' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findAllByRole('radio', { name: /192\.168\.1\.20/ });
    api['voting:start'].mockResolvedValue({ ok: false, error: { code: 'conflict', message: 'voting-port-in-use: that port is taken' } });
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Aloita' })));
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(hy('Portti on jo toisen ohjelman käytössä'));
    api['voting:start'].mockResolvedValue({ ok: false, error: { code: 'not-found', message: 'voting-address-unavailable: gone' } });
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Aloita' })));
    expect(within(dialog).getByRole('alert').textContent).toMatch(hy('Valittua verkko-osoitetta ei enää ole'));
    expect(api['voting:interfaces']).toHaveBeenCalledTimes(2);
    // As main's service words them: the address is not this computer's any more; the server could not listen.
    api['voting:start'].mockResolvedValue({ ok: false, error: { code: 'invalid-input', message: 'not an address of this computer', path: 'address' } });
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Aloita' })));
    expect(within(dialog).getByRole('alert').textContent).toMatch(hy('Valittua verkko-osoitetta ei enää ole'));
    api['voting:start'].mockResolvedValue({ ok: false, error: { code: 'conflict', message: 'could not listen on that address' } });
    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Aloita' })));
    expect(within(dialog).getByRole('alert').textContent).toMatch(hy('Äänestyspalvelin ei käynnistynyt'));
    expect(within(dialog).getByRole('alert').textContent).not.toMatch(/listen|address/);
  });

  it('shows the QR code, the short code and who voted, never how; removes a phone after confirming; stops', async () => {
    const { api } = setup(runningState({ version: 5, seats: seats({ ben: true }) }));
    await screen.findByRole('heading', { name: 's1 (fi)' });
    // A session already running for this assessment (the page was reloaded): the toolbar says how far the vote is.
    const chip = await screen.findByTestId('phone-voting-chip');
    expect(chip.textContent).toBe('1/2');
    expect(chip.getAttribute('aria-label')).toBe('Puhelinäänestys käynnissä: 1/2 äänestänyt. Avaa.');
    fireEvent.click(chip);
    const dialog = await screen.findByRole('dialog', { name: 'Puhelinäänestys' });
    const qr = within(dialog).getByRole('img', { name: 'QR-koodi äänestyssivulle' });
    expect(Number(qr.getAttribute('width'))).toBeGreaterThanOrEqual(280);
    expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(within(dialog).getByTestId('voting-code').textContent).toBe('4821');
    expect(within(dialog).getByTestId('voting-base-url').textContent).toBe('http://127.0.0.1:41234/');
    const list = within(dialog).getByRole('list', { name: /Paikat/ });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual(['ANNALiittynyt, yhteydessä, ei vielä äänestänyt', 'BENLiittynyt, yhteys katkennut, äänestänyt']);
    expect(list.textContent).not.toMatch(/Taso|\d/);

    api['voting:remove'].mockResolvedValue({ ok: true, value: runningState({ version: 6, seats: seats({ ben: true }).slice(0, 1) }) });
    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Poista puhelin: BEN' }));
    const confirmDialog = await screen.findByRole('dialog', { name: 'Poistetaanko puhelin?' });
    await act(async () => void fireEvent.click(within(confirmDialog).getByRole('button', { name: 'Poista puhelin' })));
    expect(api['voting:remove']).toHaveBeenCalledWith({ seatId: 'seat-ben' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));

    await act(async () => void fireEvent.click(within(dialog).getByRole('button', { name: 'Lopeta puhelinäänestys' })));
    expect(api['voting:stop']).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByTestId('phone-voting-chip')).toBeNull());
    // Stopped, focus goes back to the phone voting button, not to the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Puhelinäänestys' })));
  });

  it('moves the phones along with the statement', async () => {
    const { api } = setup(runningState({ version: 5 }));
    await screen.findByRole('heading', { name: 's1 (fi)' });
    await screen.findByTestId('phone-voting-chip');
    expect(api['voting:follow']).not.toHaveBeenCalled();
    api['voting:follow'].mockImplementation(async ({ statementId }: { statementId: string }) => ({
      ok: true,
      value: runningState({ version: 6, statementId }),
    }));
    await press('Enter');
    await screen.findByRole('heading', { name: 's2 (fi)' });
    await waitFor(() => expect(api['voting:follow']).toHaveBeenCalledWith({ statementId: 's2' }));
    expect(api['voting:follow']).toHaveBeenCalledTimes(1);
  });

  it('fetches the votes the phones stored into the grid, keeping an answer still being saved', async () => {
    const { api, push } = setup(runningState({ version: 5, votesStored: 0 }));
    await screen.findByRole('heading', { name: 's1 (fi)' });
    await screen.findByTestId('phone-voting-chip');
    // The facilitator sets the agreed view; its save has not been answered yet.
    api['answer:save'].mockImplementationOnce(() => new Promise(() => undefined));
    await press('ArrowDown');
    await press('ArrowDown');
    await press('3');
    expect(api['assessment:get']).toHaveBeenCalledTimes(1);
    // A long poll answers with no new votes: nothing to fetch.
    await push(runningState({ version: 6, votesStored: 0, seats: seats() }));
    expect(api['assessment:get']).toHaveBeenCalledTimes(1);
    // Ben's phone voted 4; main's copy does not hold the agreed 3 yet.
    api['assessment:get'].mockResolvedValue({ ok: true, value: { ...structuredClone(a), answers: { s1: votes({ ben: 4 }) } } });
    await push(runningState({ version: 7, votesStored: 1, seats: seats({ ben: true }) }));
    await waitFor(() => expect(api['assessment:get']).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(pressed(/BEN: Taso 4/)).toBe('true'));
    expect(pressed(/Yhteinen näkemys: Taso 3/)).toBe('true');
    expect(screen.getByTestId('phone-voting-chip').textContent).toBe('1/2');
  });

  it('keeps votes from the phones hidden until revealed', async () => {
    localStorage.setItem('timantti.reveal.a1', JSON.stringify({ hide: true, revealed: [] }));
    const { api, push } = setup(runningState({ version: 5, votesStored: 0 }));
    await screen.findByRole('heading', { name: 's1 (fi)' });
    api['assessment:get'].mockResolvedValue({ ok: true, value: { ...structuredClone(a), answers: { s1: votes({ ben: 4 }) } } });
    await push(runningState({ version: 6, votesStored: 1, seats: seats({ ben: true }) }));
    await waitFor(() => expect(api['assessment:get']).toHaveBeenCalledTimes(2));
    await screen.findByText('1 ääni annettu');
    // Ben's row says he voted, not what.
    expect(pressed(/BEN: Taso 4/)).toBeNull();
    expect(screen.getAllByLabelText('Ääni annettu').map((mark) => mark.closest('[data-row]')?.getAttribute('data-row'))).toEqual(['ben']);
  });

  it('leaves the runner’s keys alone on the status button: Enter there moves to the next statement, it does not also open the dialog', async () => {
    const { api } = setup(runningState({ version: 5 }));
    await screen.findByRole('heading', { name: 's1 (fi)' });
    api['voting:follow'].mockImplementation(async ({ statementId }: { statementId: string }) => ({
      ok: true,
      value: runningState({ version: 6, statementId }),
    }));
    const chip = await screen.findByTestId('phone-voting-chip');
    chip.focus();
    await act(() => void fireEvent.keyDown(chip, { key: 'Enter' }));
    await screen.findByRole('heading', { name: 's2 (fi)' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('stops the session when the runner closes', async () => {
    const { api, view } = setup(runningState({ version: 5 }));
    await screen.findByTestId('phone-voting-chip');
    expect(api['voting:stop']).not.toHaveBeenCalled();
    view.unmount();
    expect(api['voting:stop']).toHaveBeenCalledTimes(1);
  });

  it('leaves a session alone that it does not know of', async () => {
    const { api, view } = setup(runningState({ version: 5, assessmentId: 'other' }));
    await screen.findByRole('heading', { name: 's1 (fi)' });
    await waitFor(() => expect(api['voting:state']).toHaveBeenCalledTimes(2));
    expect(screen.queryByTestId('phone-voting-chip')).toBeNull();
    view.unmount();
    expect(api['voting:stop']).not.toHaveBeenCalled();
  });
});
