import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { generateRoadmap } from '../../core/roadmap/generate';
import type { RoadmapItem } from '../../core/roadmap/schema';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { ConfirmProvider } from '../../renderer/src/components/confirm';
import { NotifierProvider } from '../../renderer/src/components/notifier';
import { initI18n } from '../../renderer/src/i18n';
import { RoadmapScreen } from '../../renderer/src/screens/roadmap/roadmap-screen';
import { diamondAssessment, library } from '../fixtures/roadmap';
import { fakeApi } from './fake-api';

const NOW = '2026-02-01T10:00:00.000Z';
const base = diamondAssessment({ strategy: [2], measurement: [2] });
const generated: Assessment = { ...base, roadmap: generateRoadmap(base, library(), NOW) };

function setup() {
  const api = fakeApi('fi');
  api['assessment:get'].mockResolvedValue({ ok: true, value: base });
  api['roadmap:generate'].mockResolvedValue({ ok: true, value: { assessment: generated, added: 6, dropped: 0, kept: 0 } });
  api['roadmap:save'].mockImplementation(async ({ items }: { items: RoadmapItem[] }) => ({
    ok: true,
    value: { ...generated, roadmap: { ...generated.roadmap!, items } },
  }));
  render(
    <ApiProvider api={api}>
      <NotifierProvider>
        <ConfirmProvider>
          <RoadmapScreen assessmentId="a1" />
        </ConfirmProvider>
      </NotifierProvider>
    </ApiProvider>,
  );
  return api;
}

const lastSaved = (api: ReturnType<typeof fakeApi>): RoadmapItem[] => (api['roadmap:save'].mock.calls.at(-1)![0] as { items: RoadmapItem[] }).items;
const card = (id: string) => document.querySelector<HTMLElement>(`[data-item-id="${id}"]`)!;

async function choose(container: HTMLElement, label: string, option: string) {
  fireEvent.mouseDown(within(container).getByRole('combobox', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

// MUI selects in happy-dom are slow on a busy two-core machine; the default 5 s is too tight.
describe('the roadmap editor', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await initI18n('fi');
  });
  afterEach(cleanup);

  it('drafts the roadmap on first opening and shows it by horizon', async () => {
    const api = setup();
    await screen.findByRole('heading', { name: 'Tiekartta', level: 1 });
    expect(api['roadmap:generate']).toHaveBeenCalledWith({ assessmentId: 'a1' });
    for (const name of ['0–3 kk', '3–12 kk', 'yli 12 kk']) expect(screen.getByRole('heading', { name, level: 2 })).toBeTruthy();
    const phase1 = screen.getByRole('region', { name: '0–3 kk' });
    expect(within(phase1).getAllByRole('article')).toHaveLength(generated.roadmap!.items.filter((i) => i.phase === 1).length);
    expect(within(phase1).getAllByText('Strategia').length).toBeGreaterThan(0);
  });

  it('saves a status change and a move to another horizon, marking the item edited', async () => {
    const api = setup();
    const [first] = generated.roadmap!.items;
    await waitFor(() => expect(card(first!.id)).toBeTruthy());
    await choose(card(first!.id), 'Tila', 'Hyväksytty');
    await waitFor(() => expect(lastSaved(api).find((i) => i.id === first!.id)).toMatchObject({ status: 'accepted', edited: true }));
    await choose(card(first!.id), 'Aikajänne', 'yli 12 kk');
    await waitFor(() => expect(lastSaved(api).find((i) => i.id === first!.id)).toMatchObject({ phase: 3, status: 'accepted', edited: true }));
    expect(card(first!.id).dataset.phase).toBe('3');
  });

  it('removes with undo', async () => {
    const api = setup();
    const [first] = generated.roadmap!.items;
    await waitFor(() => expect(card(first!.id)).toBeTruthy());
    fireEvent.click(within(card(first!.id)).getByRole('button', { name: 'Poista' }));
    await waitFor(() => expect(lastSaved(api).find((i) => i.id === first!.id)).toMatchObject({ removed: true }));
    expect(card(first!.id)).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Kumoa' }));
    await waitFor(() => expect(card(first!.id)).toBeTruthy());
    await waitFor(() => expect(lastSaved(api).find((i) => i.id === first!.id)).toEqual(first));
  });

  it('adds an own action through the dialog, refusing an empty title', async () => {
    const api = setup();
    await screen.findAllByRole('article');
    fireEvent.click(within(screen.getByRole('region', { name: '3–12 kk' })).getByRole('button', { name: 'Lisää oma toimenpide' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    expect(within(dialog).getByText('Anna otsikko.')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Otsikko' }), { target: { value: '  Asiakaspäivä johtoryhmälle ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    await waitFor(() =>
      expect(lastSaved(api).find((i) => i.id === 'own-1')).toMatchObject({ title: 'Asiakaspäivä johtoryhmälle', phase: 2, areaId: 'customer-understanding' }),
    );
    expect(within(screen.getByRole('region', { name: '3–12 kk' })).getByText('Asiakaspäivä johtoryhmälle')).toBeTruthy();
  });

  it('a refused save is shown in Finnish and the edit stays on screen', async () => {
    const api = setup();
    api['roadmap:save'].mockResolvedValue({ ok: false, error: { code: 'invalid-input', message: 'invalid: 1 problem(s)' } });
    const [first] = generated.roadmap!.items;
    await waitFor(() => expect(card(first!.id)).toBeTruthy());
    await choose(card(first!.id), 'Tila', 'Valmis');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Muutosta ei tallennettu: Annettu tieto ei kelpaa.');
    expect(within(card(first!.id)).getByRole('combobox', { name: 'Tila' }).textContent).toBe('Valmis');
  });

  it('regenerates after confirming and tells what it did', async () => {
    const api = setup();
    await screen.findAllByRole('article');
    api['roadmap:generate'].mockResolvedValue({ ok: true, value: { assessment: generated, added: 3, dropped: 2, kept: 5 } });
    fireEvent.click(screen.getByRole('button', { name: 'Päivitä ehdotukset' }));
    await act(async () => {
      fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Päivitä' }));
    });
    expect(await screen.findByText('3 uutta, 2 korvattu, 5 muokattua säilytetty')).toBeTruthy();
    expect(api['roadmap:generate']).toHaveBeenCalledTimes(2);
  });
});
