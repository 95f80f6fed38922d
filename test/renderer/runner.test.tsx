import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../core/result';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { ConfirmProvider } from '../../renderer/src/components/confirm';
import { NotifierProvider } from '../../renderer/src/components/notifier';
import { initI18n } from '../../renderer/src/i18n';
import { RunnerScreen } from '../../renderer/src/screens/runner/runner-screen';
import { assessment, participants, questionnaire } from '../fixtures/builders';
import { fakeApi } from './fake-api';

const q = questionnaire({ strategy: ['s1', 's2'], measurement: ['m1'] });
const a = assessment(q, participants('anna', 'ben'), {}, { id: 'a1' });

function setup(saveResults: Result<unknown>[] = []) {
  const api = fakeApi('fi');
  api['assessment:get'].mockResolvedValue({ ok: true, value: structuredClone(a) });
  for (const r of saveResults) api['answer:save'].mockResolvedValueOnce(r as never);
  render(
    <ApiProvider api={api}>
      <NotifierProvider>
        <ConfirmProvider>
          <RunnerScreen assessmentId="a1" />
        </ConfirmProvider>
      </NotifierProvider>
    </ApiProvider>,
  );
  return api;
}

const press = (key: string, target: Element | Window = window) => act(() => void fireEvent.keyDown(target, { key }));

describe('the workshop runner', () => {
  beforeEach(async () => {
    await initI18n('fi');
    localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
    cleanup();
  });

  it('scores with the keyboard: participants first, arrows choose rows and statements', async () => {
    const api = setup();
    await screen.findByRole('heading', { name: 's1 (fi)' });
    await press('ArrowDown');
    await press('ArrowDown');
    await press('3');
    expect(api['answer:save']).toHaveBeenLastCalledWith({ assessmentId: 'a1', statementId: 's1', participantId: null, value: 3 });
    await press('ArrowDown'); // stays on the last row
    await press('ArrowUp');
    await press('n');
    expect(api['answer:save']).toHaveBeenLastCalledWith({ assessmentId: 'a1', statementId: 's1', participantId: 'ben', value: 'na' });
    await press('ArrowUp');
    await press('5');
    expect(api['answer:save']).toHaveBeenLastCalledWith({ assessmentId: 'a1', statementId: 's1', participantId: 'anna', value: 5 });
    await press('Backspace');
    expect(api['answer:save']).toHaveBeenLastCalledWith({ assessmentId: 'a1', statementId: 's1', participantId: 'anna', value: null });

    await press('Enter');
    await screen.findByRole('heading', { name: 's2 (fi)' });
    await press('d');
    expect(api['answer:save']).toHaveBeenLastCalledWith({ assessmentId: 'a1', statementId: 's2', participantId: 'anna', value: 'dont-know' });
    await press('ArrowLeft');
    await screen.findByRole('heading', { name: 's1 (fi)' });
  });

  it('does not take typing in the note as scores, and saves the note', async () => {
    const api = setup();
    await screen.findByRole('heading', { name: 's1 (fi)' });
    const note = screen.getByRole('textbox', { name: 'Muistiinpano' });
    await press('4', note);
    expect(api['answer:save']).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.change(note, { target: { value: 'Hyvä keskustelu' } });
      fireEvent.blur(note);
    });
    expect(api['answer:save']).toHaveBeenCalledWith(expect.objectContaining({ statementId: 's1', note: 'Hyvä keskustelu' }));
  });

  it('marks the chosen value on screen at once', async () => {
    setup();
    await screen.findByRole('heading', { name: 's1 (fi)' });
    await press('2');
    expect(screen.getByRole('button', { name: /ANNA: Taso 2/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('says "saved" only after the library acknowledged the save', async () => {
    let release: (r: Result<unknown>) => void = () => undefined;
    const api = setup();
    api['answer:save'].mockImplementationOnce(() => new Promise((resolve) => (release = resolve as never)) as never);
    await screen.findByRole('heading', { name: 's1 (fi)' });
    await press('3');
    expect(screen.getByRole('status').getAttribute('data-save-state')).toBe('saving');
    await act(async () => release({ ok: true, value: { assessmentId: 'a1', statementId: 's1', updatedAt: '2026-11-23T10:00:00.000Z' } }));
    expect(screen.getByRole('status').getAttribute('data-save-state')).toBe('saved');
    expect(screen.getByRole('status').textContent).toContain('Tallennettu');
  });

  it('shows a failed save loudly, keeps it failed while main still has it pending, then recovers', async () => {
    const api = setup([{ ok: false, error: { code: 'storage-failed', message: 'EROFS: read-only file system' } }]);
    api['library:status']
      .mockResolvedValueOnce({ ok: true, value: { pending: [{ assessmentId: 'a1', since: '', error: 'EROFS', attempts: 2 }] } })
      .mockResolvedValue({ ok: true, value: { pending: [] } });
    await screen.findByRole('heading', { name: 's1 (fi)' });
    // Only the status poll's interval is faked: no real 1.5 s waits, and
    // findBy*'s own timeouts still run.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await press('4');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('TALLENNUS EPÄONNISTUI');
    expect(alert.textContent).toContain('EROFS');
    // The screen still shows the answer: it is kept, not dropped.
    expect(screen.getByRole('button', { name: /ANNA: Taso 4/ }).getAttribute('aria-pressed')).toBe('true');
    // First poll: main still has it pending, so still failed.
    await act(() => vi.advanceTimersByTimeAsync(1500));
    expect(api['library:status']).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).not.toBeNull();
    // Second poll: main wrote it.
    await act(() => vi.advanceTimersByTimeAsync(1500));
    await waitFor(() => expect(screen.getByRole('status').getAttribute('data-save-state')).toBe('saved'));
    expect(api['library:status']).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it('on a refused change says why in the user’s language and shows what main really has', async () => {
    const api = setup([{ ok: false, error: { code: 'invalid-input', message: 'text longer than 10000 characters' } }]);
    await screen.findByRole('heading', { name: 's1 (fi)' });
    await press('4');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Annettu tieto ei kelpaa.');
    expect(alert.textContent).not.toContain('10000');
    await waitFor(() => expect(api['assessment:get']).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.getByRole('button', { name: /ANNA: Taso 4/ }).getAttribute('aria-pressed')).toBe('false'));
  });

  it('stays on the same statement, with its answers, when the UI language changes mid-workshop', async () => {
    const api = setup();
    await screen.findByRole('heading', { name: 's1 (fi)' });
    await press('Enter');
    await screen.findByRole('heading', { name: 's2 (fi)' });
    await press('3');
    await act(async () => {
      await i18next.changeLanguage('en');
    });
    // The statement text follows the assessment's language (fi); the UI is now English.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('s2 (fi)');
    expect(screen.getByRole('button', { name: /ANNA: Level 3/ }).getAttribute('aria-pressed')).toBe('true');
    expect(api['assessment:get']).toHaveBeenCalledTimes(1);
  });
});
