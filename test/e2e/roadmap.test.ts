import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import type { RoadmapItem } from '../../core/roadmap/schema';
import { shippedQuestionnaire } from '../fixtures/builders';
import { callApi, launchBrowser, PAGE_OPTIONS, seriousA11yViolations, startApp, type RunningApp } from './harness';

type Ok<T> = { ok: true; value: T };

// The roadmap in the real renderer, keyboard first: drafted from the results,
// edited, saved, reloaded and regenerated without losing an edit.
describe('the roadmap, edited and regenerated', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  let assessmentId = '';
  const pageErrors: string[] = [];
  const violations: Record<string, unknown[]> = {};
  const audit = async (name: string) => {
    const found = await seriousA11yViolations(page);
    if (found.length) violations[name] = found;
  };
  const stored = async (): Promise<RoadmapItem[]> =>
    ((await callApi<Ok<Assessment>>(page, 'assessment:get', { id: assessmentId })).value.roadmap?.items ?? []).filter((i) => !i.removed);
  const region = (name: string) => page.getByRole('region', { name });
  const cardOf = (id: string) => page.locator(`[data-item-id="${id}"]`);
  /** Opens a select from the keyboard and moves down `steps` options. */
  const pick = async (select: Locator, steps: number) => {
    await select.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor();
    for (let n = 0; n < steps; n++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('listbox').waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-roadmap-')), { LANG: 'fi_FI.UTF-8' });
    browser = await launchBrowser();
    page = await browser.newPage({ ...PAGE_OPTIONS, viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Suomi', exact: true }).click();
    // An assessment whose strategy sits at level 1 and measurement at 2: both below their default targets.
    const client = await callApi<Ok<{ id: string }>>(page, 'client:create', { name: 'Tiekartta Oy' });
    const created = await callApi<Ok<Assessment>>(page, 'assessment:create', { clientId: client.value.id, title: 'Arvio', date: '2026-11-23', language: 'fi' });
    assessmentId = created.value.id;
    for (const area of shippedQuestionnaire().areas.filter((a) => a.id === 'strategy' || a.id === 'measurement')) {
      for (const s of area.statements) {
        await callApi(page, 'answer:save', { assessmentId, statementId: s.id, participantId: null, value: area.id === 'strategy' ? 1 : 2 });
      }
    }
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('opens from the results and drafts the roadmap', async () => {
    await page.goto(`${app.url}#/assessments/${assessmentId}/results`);
    await page.getByRole('button', { name: 'Tiekartta' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Tiekartta', level: 1 }).waitFor();
    await region('0–3 kk').getByRole('article').first().waitFor();
    expect((await stored()).length).toBeGreaterThan(0);
    await audit('roadmap');
  });

  it('accepts, rewords, sets an owner and a due date, adds and moves an own action; a reload shows them all', async () => {
    const generatedId = (await region('0–3 kk').getByRole('article').first().getAttribute('data-item-id'))!;
    const card = cardOf(generatedId);
    await pick(card.getByRole('combobox', { name: 'Tila' }), 1);
    await expect.poll(async () => (await stored()).find((i) => i.id === generatedId)?.status).toBe('accepted');

    await card.getByRole('button', { name: 'Muokkaa sanamuotoa' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await audit('roadmap-edit-dialog');
    await dialog.getByRole('textbox', { name: 'Otsikko' }).fill('Nimetään asiakaskokemukselle omistaja johtoryhmään');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    await card.getByRole('textbox', { name: 'Vastuuhenkilö' }).fill('Maija Mallikas');
    await page.keyboard.press('Tab');
    // Typed the Finnish way in a browser whose locale is English (a native date field would show 03/31/2027).
    await card.getByLabel('Määräaika').fill('31.3.2027');

    await region('3–12 kk').getByRole('button', { name: 'Lisää oma toimenpide' }).focus();
    await page.keyboard.press('Enter');
    await dialog.getByRole('textbox', { name: 'Otsikko' }).fill('Asiakaspäivä johtoryhmälle');
    await dialog.getByRole('textbox', { name: 'Kuvaus' }).fill('Koko johtoryhmä kuuntelee kolmea avainasiakasta yhden päivän ajan.');
    await dialog.getByRole('button', { name: 'Tallenna' }).click();
    await dialog.waitFor({ state: 'detached' });
    const own = region('3–12 kk').getByRole('article').filter({ hasText: 'Asiakaspäivä johtoryhmälle' });
    await pick(own.getByRole('combobox', { name: 'Aikajänne' }), 1);
    await region('yli 12 kk').getByText('Asiakaspäivä johtoryhmälle').waitFor();

    await expect
      .poll(async () => (await stored()).find((i) => i.id === generatedId))
      .toMatchObject({
        status: 'accepted',
        title: 'Nimetään asiakaskokemukselle omistaja johtoryhmään',
        owner: 'Maija Mallikas',
        due: '2027-03-31',
        edited: true,
      });
    await expect.poll(async () => (await stored()).find((i) => i.title === 'Asiakaspäivä johtoryhmälle')).toMatchObject({ id: 'own-1', phase: 3 });
    await page.locator('[data-save-state="saved"]').waitFor();

    await page.reload();
    await cardOf(generatedId).waitFor();
    await expectEdits(generatedId);
  });

  it('moves within a horizon from the keyboard, the focus following the card', async () => {
    await region('yli 12 kk').getByRole('button', { name: 'Lisää oma toimenpide' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Vuosittainen asiakaskokemuksen katselmointi');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const second = region('yli 12 kk').getByRole('article').filter({ hasText: 'Vuosittainen asiakaskokemuksen katselmointi' });
    const secondId = (await second.getAttribute('data-item-id'))!;
    await second.getByRole('button', { name: 'Siirrä ylemmäs' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => region('yli 12 kk').getByRole('article').first().getAttribute('data-item-id')).toBe(secondId);
    // At the top the up button is disabled; the down button of the same card holds the focus.
    await expect
      .poll(() =>
        page.evaluate(() => [
          document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id'),
          document.activeElement?.getAttribute('data-control'),
        ]),
      )
      .toEqual([secondId, 'down']);
    await expect.poll(async () => (await stored()).filter((i) => i.phase === 3).sort((a, b) => a.order - b.order)[0]?.id).toBe(secondId);
  });

  it('regenerating keeps every edit and says so', async () => {
    const generatedId = (await stored()).find((i) => i.owner === 'Maija Mallikas')!.id;
    const before = await stored();
    await page.getByRole('button', { name: 'Päivitä ehdotukset' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Päivitä', exact: true }).click();
    await page.getByText(/\d+ uutta, \d+ korvattu, 3 muokattua säilytetty/).waitFor();
    await expectEdits(generatedId);
    const after = await stored();
    for (const id of [generatedId, 'own-1', 'own-2']) expect(after.find((i) => i.id === id)).toEqual(before.find((i) => i.id === id));
    await audit('roadmap-regenerated');
    expect(violations).toEqual({});
    expect(pageErrors).toEqual([]);
  });

  async function expectEdits(generatedId: string) {
    const card = cardOf(generatedId);
    await expect(card.getByRole('heading').textContent()).resolves.toBe('Nimetään asiakaskokemukselle omistaja johtoryhmään');
    await expect(card.getByRole('combobox', { name: 'Tila' }).textContent()).resolves.toBe('Hyväksytty');
    await expect(card.getByRole('textbox', { name: 'Vastuuhenkilö' }).inputValue()).resolves.toBe('Maija Mallikas');
    await expect(card.getByLabel('Määräaika').inputValue()).resolves.toBe('31.3.2027');
    await expect(region('yli 12 kk').getByText('Asiakaspäivä johtoryhmälle').count()).resolves.toBe(1);
  }
});
