import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { groupGaps } from '../../core/compare';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { ConfirmProvider } from '../../renderer/src/components/confirm';
import { NotifierProvider } from '../../renderer/src/components/notifier';
import { initI18n } from '../../renderer/src/i18n';
import { ResultsScreen } from '../../renderer/src/screens/results-screen';
import { assessment, example, participants, questionnaire, votes } from '../fixtures/builders';
import { fakeApi } from './fake-api';

function show(shown: Assessment) {
  const api = fakeApi('fi');
  api['assessment:get'].mockResolvedValue({ ok: true, value: shown });
  api['assessment:list'].mockResolvedValue({ ok: true, value: [] });
  // main stores the patch and returns the assessment as stored
  api['assessment:update'].mockImplementation(async (input: { patch: Partial<Assessment> }) => ({ ok: true, value: { ...shown, ...input.patch } }));
  render(
    <ApiProvider api={api}>
      <NotifierProvider>
        <ConfirmProvider>
          <ResultsScreen assessmentId={shown.id} />
        </ConfirmProvider>
      </NotifierProvider>
    </ApiProvider>,
  );
  return api;
}

const openDialog = async () => {
  fireEvent.click(await screen.findByRole('button', { name: 'Lisää mittarin arvo' }));
  return screen.findByRole('dialog', { name: 'Lisää mittarin arvo' });
};
const type = (dialog: HTMLElement, label: string, text: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value: text } });
const choose = (dialog: HTMLElement, label: string, option: string) => {
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: label }));
  fireEvent.click(screen.getByRole('option', { name: option }));
};
const save = (dialog: HTMLElement) => fireEvent.click(within(dialog).getByRole('button', { name: 'Tallenna' }));

describe('business KPIs on the results screen', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await initI18n('fi');
  });
  afterEach(cleanup);

  it('refuses a value out of range, not a number or empty with core’s message under the field, and saves nothing', async () => {
    const api = show(example('nordtek-2026'));
    const dialog = await openDialog();
    type(dialog, 'Arvo', '150');
    save(dialog);
    expect(await within(dialog).findByText('Mittarin "Suositteluindeksi (NPS)" arvon pitää olla välillä −100…100 (yksikkö pisteet)')).toBeTruthy();
    expect(within(dialog).getByLabelText('Arvo').getAttribute('aria-invalid')).toBe('true');
    type(dialog, 'Arvo', 'abc');
    save(dialog);
    expect(await within(dialog).findByText('Anna luku, esimerkiksi 7,5.')).toBeTruthy();
    type(dialog, 'Arvo', '');
    type(dialog, 'Jakso', 'Q1 2026');
    save(dialog);
    expect(await within(dialog).findByText('Pakollinen kenttä puuttuu')).toBeTruthy();
    expect(within(dialog).getByText(/^Jakson pitää olla vuosi \(2025\)/)).toBeTruthy();
    expect(api['assessment:update']).not.toHaveBeenCalled();
  });

  it('saves a Finnish decimal with a comma as the whole KPI object and shows it formatted', async () => {
    const api = show(example('nordtek-2026'));
    const dialog = await openDialog();
    choose(dialog, 'Mittari', 'Asiakkaan vaivannäkö (CES, 1–7)');
    type(dialog, 'Arvo', '5,5');
    type(dialog, 'Jakso', '2026-q1');
    type(dialog, 'Lähde (vapaaehtoinen)', 'Asiakaskysely');
    save(dialog);
    await waitFor(() => expect(api['assessment:update']).toHaveBeenCalledTimes(1));
    expect(api['assessment:update']).toHaveBeenCalledWith({
      id: 'nordtek-2026',
      patch: { kpis: { values: [{ kpiId: 'ces', value: 5.5, period: '2026-Q1', source: 'Asiakaskysely' }] } },
    });
    const row = await screen.findByRole('row', { name: /Asiakkaan vaivannäkö/ });
    expect(row.textContent).toContain('Q1/2026');
    expect(row.textContent).toContain('5,5');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('adds an own KPI: a name is required, then it is stored with the value', async () => {
    const api = show(example('nordtek-2026'));
    const dialog = await openDialog();
    choose(dialog, 'Mittari', 'Oma mittari…');
    type(dialog, 'Arvo', '12');
    type(dialog, 'Jakso', '2025');
    save(dialog);
    expect(await within(dialog).findByText('Mittarilla pitää olla nimi suomeksi tai englanniksi')).toBeTruthy();
    expect(api['assessment:update']).not.toHaveBeenCalled();
    type(dialog, 'Oman mittarin nimi', 'Reklamaatiot');
    choose(dialog, 'Yksikkö', 'kappaletta');
    fireEvent.click(within(dialog).getByLabelText('Suurempi arvo on parempi'));
    save(dialog);
    await waitFor(() => expect(api['assessment:update']).toHaveBeenCalledTimes(1));
    expect(api['assessment:update'].mock.calls[0]![0].patch.kpis).toEqual({
      own: [{ id: 'reklamaatiot', name: { fi: 'Reklamaatiot' }, unit: 'count', higherIsBetter: false }],
      values: [{ kpiId: 'reklamaatiot', value: 12, period: '2025' }],
    });
    expect((await screen.findByRole('row', { name: /Reklamaatiot/ })).textContent).toContain('pienempi on parempi');
  });
  it('keeps the dialog open and says why when main refuses the save', async () => {
    const api = show(example('nordtek-2026'));
    api['assessment:update'].mockResolvedValue({
      ok: false,
      error: { code: 'invalid-input', message: 'refused', issues: [{ path: 'kpis.values', code: 'too-many', params: { maximum: 500 } }] },
    });
    const dialog = await openDialog();
    type(dialog, 'Arvo', '10');
    save(dialog);
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Ei tallennettu: kpis.values: liian monta kohdetta (enintään 500)');
    expect(screen.getByRole('dialog', { name: 'Lisää mittarin arvo' })).toBeTruthy();
    expect(screen.getByText(/^Mittareita ei ole vielä kirjattu/)).toBeTruthy();
  });

  it('edits a recorded value in place, refuses a second value for the same KPI and period, and removes after a confirmation', async () => {
    const withKpis: Assessment = { ...example('nordtek-2026'), kpis: { values: [{ kpiId: 'nps', value: 30, period: '2025' }] } };
    const api = show(withKpis);
    // A new value defaults to the year before the assessment (2026-03): NPS 2025 is taken.
    let dialog = await openDialog();
    expect((within(dialog).getByLabelText('Jakso') as HTMLInputElement).value).toBe('2025');
    type(dialog, 'Arvo', '40');
    save(dialog);
    expect(await within(dialog).findByText('Mittarilla "Suositteluindeksi (NPS)" on jo arvo jaksolle 2025')).toBeTruthy();
    expect(api['assessment:update']).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Peruuta' }));

    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa: Suositteluindeksi (NPS) 2025' }));
    dialog = await screen.findByRole('dialog', { name: 'Muokkaa mittarin arvoa' });
    expect((within(dialog).getByLabelText('Arvo') as HTMLInputElement).value).toBe('30');
    type(dialog, 'Arvo', '32,5');
    save(dialog);
    await waitFor(() => expect(api['assessment:update']).toHaveBeenCalledTimes(1));
    expect(api['assessment:update'].mock.calls[0]![0].patch.kpis).toEqual({ values: [{ kpiId: 'nps', value: 32.5, period: '2025' }] });
    expect((await screen.findByRole('row', { name: /Suositteluindeksi/ })).textContent).toContain('32,5');

    fireEvent.click(screen.getByRole('button', { name: 'Poista: Suositteluindeksi (NPS) 2025' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Poista' }));
    await waitFor(() => expect(api['assessment:update']).toHaveBeenCalledTimes(2));
    expect(api['assessment:update'].mock.calls[1]![0].patch.kpis).toEqual({ values: [] });
    expect(await screen.findByText(/^Mittareita ei ole vielä kirjattu/)).toBeTruthy();
  });
});

describe('groups side by side on the results screen', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await initI18n('fi');
  });
  afterEach(cleanup);

  it('lists areas and statements by group, largest gap first, labelled by group and member count', async () => {
    const nordtek = example('nordtek-2026');
    show(nordtek);
    const section = await screen.findByTestId('group-gaps');
    const expected = groupGaps(nordtek);
    const areaRows = [...within(section).getByTestId('group-areas').querySelectorAll('tbody tr[data-group-area]')];
    expect(areaRows.map((r) => r.getAttribute('data-group-area'))).toEqual(expected.areas.map((a) => a.areaId));
    const shownGaps = areaRows.map((r) => Number(r.lastElementChild!.textContent!.replace(',', '.')));
    expect(shownGaps).toEqual([...shownGaps].sort((a, b) => b - a));
    expect(shownGaps[0]).toBeGreaterThan(shownGaps[shownGaps.length - 1]!);
    const statementRows = [...within(section).getByTestId('group-statements').querySelectorAll('tbody tr')];
    expect(statementRows.map((r) => r.getAttribute('data-group-statement'))).toEqual(expected.statements.slice(0, 10).map((s) => s.statementId));
    expect(within(section).getAllByRole('columnheader', { name: 'johto (3 henkilöä)' })).toHaveLength(2);
    expect(within(section).getAllByRole('columnheader', { name: 'asiakaspalvelu (3 henkilöä)' })).toHaveLength(2);
    fireEvent.click(within(section).getByRole('button', { name: `Näytä kaikki ${expected.statements.length} väittämää` }));
    expect(within(section).getByTestId('group-statements').querySelectorAll('tbody tr')).toHaveLength(expected.statements.length);
  });

  it('never names the member of a one-person group, and is absent with a single group', async () => {
    const q = questionnaire({ strategy: ['s1', 's2'], measurement: ['m1'] });
    const people = participants('anna:johto', 'ben:johto', 'cecilia:asiakaspalvelu');
    const answers = { s1: votes({ anna: 4, ben: 3, cecilia: 2 }), s2: votes({ anna: 4, ben: 4, cecilia: 3 }), m1: votes({ anna: 2, ben: 3, cecilia: 1 }) };
    show(assessment(q, people, answers));
    const section = await screen.findByTestId('group-gaps');
    expect(within(section).getAllByRole('columnheader', { name: 'asiakaspalvelu (1 henkilö)' })).toHaveLength(2);
    expect(section.textContent).toContain('Ryhmässä ”asiakaspalvelu” on vain yksi henkilö');
    expect(section.textContent).not.toMatch(/CECILIA|cecilia:/);
    cleanup();

    show(assessment(q, participants('anna:johto', 'ben:johto'), answers));
    await screen.findByTestId('overall');
    expect(screen.queryByTestId('group-gaps')).toBeNull();
  });
});
