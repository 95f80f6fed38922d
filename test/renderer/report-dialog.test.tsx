import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import type { AssessmentSummary } from '../../core/library/summary';
import type { Result } from '../../core/result';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { NotifierProvider } from '../../renderer/src/components/notifier';
import { initI18n } from '../../renderer/src/i18n';
import { ReportDialog } from '../../renderer/src/screens/results/report-dialog';
import { assessment, participants, questionnaire } from '../fixtures/builders';
import { solidPng } from '../fixtures/fake-report';
import { fakeApi } from './fake-api';

const q = questionnaire({ strategy: ['s1'] });
const current: Assessment = assessment(
  q,
  participants('anna'),
  {},
  { id: 'a-2026', language: 'en', date: '2026-03-17', client: { id: 'nordtek', name: 'Nordtek' } },
);

const summary = (id: string, date: string, title = `Arvio ${date.slice(0, 4)}`): AssessmentSummary => ({
  id,
  clientId: 'nordtek',
  clientName: 'Nordtek',
  title,
  date,
  language: 'fi',
  questionnaire: { id: 'test-q', version: 1 },
  participants: 1,
  participantNames: ['Anna'],
  overall: 3,
  stage: 3,
  coverage: 1,
  createdAt: `${date}T08:00:00.000Z`,
  updatedAt: `${date}T08:00:00.000Z`,
});

function setup(onClose = vi.fn()) {
  const api = fakeApi('fi');
  api['assessment:list'].mockResolvedValue({
    ok: true,
    value: [summary('a-2024', '2024-02-01'), summary('a-2026', '2026-03-17'), summary('a-2025', '2025-03-10'), summary('a-2027', '2027-01-01')],
  });
  render(
    <ApiProvider api={api}>
      <NotifierProvider>
        <ReportDialog open onClose={onClose} assessment={current} />
      </NotifierProvider>
    </ApiProvider>,
  );
  return { api, onClose };
}

const checked = (name: string) => (screen.getByRole('radio', { name }) as HTMLInputElement).checked;
const box = (name: RegExp) => screen.getByRole('checkbox', { name }) as HTMLInputElement;
const pick = (file: File) => act(async () => void fireEvent.change(screen.getByTestId('report-logo-file'), { target: { files: [file] } }));

describe('the report dialog', () => {
  beforeEach(async () => {
    await initI18n('fi');
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('defaults to the assessment’s language, roles only and the most recent earlier assessment', async () => {
    const { api } = setup();
    await waitFor(() => expect(box(/Arvio 2025/).checked).toBe(true));
    expect(checked('English')).toBe(true);
    expect(checked('Suomi')).toBe(false);
    expect(checked('Vain roolit')).toBe(true);
    expect(checked('Nimet ja roolit')).toBe(false);
    expect(box(/Arvio 2024/).checked).toBe(false);
    // Neither this assessment nor a later one is offered.
    expect(screen.queryByRole('checkbox', { name: /2026|2027/ })).toBeNull();
    api['report:create'].mockResolvedValue({ ok: true, value: { fileName: 'r.pdf', pages: 3, cancelled: true } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Luo raportti' })));
    expect(api['report:create']).toHaveBeenCalledWith({ assessmentId: 'a-2026', options: { language: 'en', participants: 'roles', compareWith: ['a-2025'] } });
  });

  it('refuses a logo over 1 MB or one that is not a PNG/JPEG, in the UI language, and sends a good one', async () => {
    const { api } = setup();
    await waitFor(() => expect(box(/Arvio 2025/).checked).toBe(true));
    const big = new File([new Uint8Array(1024 * 1024 + 1)], 'iso.png', { type: 'image/png' });
    await pick(big);
    expect((await screen.findByRole('alert')).textContent).toBe('Kuva on liian suuri. Valitse enintään 1 Mt:n kuva.');
    expect(screen.queryByRole('img')).toBeNull();
    await pick(new File([new TextEncoder().encode('GIF89a....')], 'logo.png', { type: 'image/png' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tiedosto ei ole PNG- eikä JPEG-kuva.');

    const png = solidPng(40, 20);
    await pick(new File([new Uint8Array(png)], 'logo.png', { type: 'image/png' }));
    const img = (await screen.findByRole('img', { name: 'Valittu logo: logo.png' })) as HTMLImageElement;
    expect(img.src).toBe(`data:image/png;base64,${png.toString('base64')}`);
    expect(screen.queryByRole('alert')).toBeNull();
    api['report:create'].mockResolvedValue({ ok: true, value: { fileName: 'r.pdf', pages: 3, cancelled: true } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Luo raportti' })));
    expect(api['report:create'].mock.calls[0]?.[0]).toMatchObject({ options: { logo: { dataUrl: img.src } } });

    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Poista logo' })));
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows progress and takes one request however often Create is pressed, then downloads the PDF and closes', async () => {
    const { api, onClose } = setup();
    await waitFor(() => expect(box(/Arvio 2025/).checked).toBe(true));
    let finish: (r: Result<unknown>) => void = () => undefined;
    api['report:create'].mockImplementation(() => new Promise((resolve) => (finish = resolve)));
    const createUrl = vi.fn(() => 'blob:report');
    URL.createObjectURL = createUrl;
    URL.revokeObjectURL = vi.fn();
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    const submit = screen.getByRole('button', { name: 'Luo raportti' });
    await act(async () => {
      fireEvent.click(submit);
      fireEvent.click(submit);
      fireEvent.submit(submit.closest('form') as HTMLFormElement);
    });
    expect(api['report:create']).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain('Luodaan raporttia…');
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect((submit as HTMLButtonElement).disabled).toBe(true);

    await act(async () => finish({ ok: true, value: { fileName: 'Nordtek-2026.pdf', pages: 9, pdfBase64: Buffer.from('%PDF-1.4 test').toString('base64') } }));
    expect(clicks).toHaveBeenCalledTimes(1);
    const blob = (createUrl.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('application/pdf');
    expect(await blob.text()).toBe('%PDF-1.4 test');
    expect(onClose).toHaveBeenCalled();
    expect(await screen.findByText('Raportti ladattu: Nordtek-2026.pdf')).toBeTruthy();
  });

  it('keeps the dialog and every choice after a failure, saying what happened', async () => {
    const { api, onClose } = setup();
    await waitFor(() => expect(box(/Arvio 2025/).checked).toBe(true));
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: 'Suomi' }));
      fireEvent.click(screen.getByRole('radio', { name: 'Nimet ja roolit' }));
      fireEvent.click(box(/Arvio 2024/));
    });
    api['report:create'].mockResolvedValue({ ok: false, error: { code: 'storage-failed', message: 'the report could not be saved (EBUSY)' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Luo raportti' })));
    expect((await screen.findByRole('alert')).textContent).toContain('Raporttia ei voitu tallentaa.');
    expect(onClose).not.toHaveBeenCalled();
    expect(checked('Suomi')).toBe(true);
    expect(checked('Nimet ja roolit')).toBe(true);
    expect(box(/Arvio 2024/).checked && box(/Arvio 2025/).checked).toBe(true);
    expect((screen.getByRole('button', { name: 'Luo raportti' }) as HTMLButtonElement).disabled).toBe(false);

    api['report:create'].mockResolvedValue({ ok: false, error: { code: 'internal', message: 'the report could not be rendered' } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Luo raportti' })));
    expect(screen.getByRole('alert').textContent).toBe('Raporttia ei voitu luoda. Odottamaton virhe.');
    expect(api['report:create']).toHaveBeenLastCalledWith({
      assessmentId: 'a-2026',
      options: { language: 'fi', participants: 'names', compareWith: ['a-2025', 'a-2024'] },
    });
  });

  it('desktop: a cancelled save dialog keeps ours open and silent; a save names the file and closes', async () => {
    const { api, onClose } = setup();
    await waitFor(() => expect(box(/Arvio 2025/).checked).toBe(true));
    api['report:create'].mockResolvedValueOnce({ ok: true, value: { fileName: 'r.pdf', pages: 9, cancelled: true } });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Luo raportti' })));
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/Raportti tallennettu/)).toBeNull();

    api['report:create'].mockResolvedValueOnce({
      ok: true,
      value: { fileName: 'r.pdf', pages: 9, savedTo: 'C:\\Users\\kaisa\\Documents\\Nordtek.pdf', opened: true },
    });
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Luo raportti' })));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Raportti tallennettu: Nordtek.pdf')).toBeTruthy();
  });
});
