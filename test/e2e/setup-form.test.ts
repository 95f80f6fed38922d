import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { callApi, launchBrowser, PAGE_OPTIONS, startApp, type RunningApp } from './harness';

// Found by a tester: a target of 6 wiped the whole setup form (six
// participants gone, "Syöte ei kelpaa." alone on the page), and "3,5" in a
// Finnish UI became 35 on an English operating system.
let app: RunningApp;
let browser: Browser;
let page: Page;
let clientId: string;

beforeAll(async () => {
  app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-setup-')), { LANG: 'en_US.UTF-8' });
  browser = await launchBrowser();
  // An English browser locale: the native number field would have read "3,5" the English way.
  page = await browser.newPage({ ...PAGE_OPTIONS, locale: 'en-US', viewport: { width: 1280, height: 720 } });
  await page.goto(app.url);
  await callApi(page, 'settings:set', { language: 'fi' });
  clientId = (await callApi<{ value: { id: string } }>(page, 'client:create', { name: 'Kivimäki Oy' })).value.id;
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('keeps the form and says beside the field what is wrong; 3,5 means 3.5', async () => {
  await page.goto(`${app.url}#/clients/${clientId}/new`);
  await page.reload();
  const names = ['Anna Laaksonen', 'Mikko Heinonen', 'Sari Koskinen', 'Jukka Niemi', 'Laura Virtanen', 'Teemu Saarinen'];
  for (const name of names) {
    await page.getByRole('button', { name: 'Lisää osallistuja' }).click();
    await page.getByRole('textbox', { name: 'Nimi', exact: true }).last().fill(name);
  }
  const target = page.getByRole('textbox', { name: 'Strategia: Tavoite' });
  await target.fill('6');
  await page.getByRole('textbox', { name: 'Brändi: Paino' }).fill('-1');
  await page.getByRole('button', { name: 'Luo arvio' }).click();

  await expect(page.getByRole('alert').textContent()).resolves.toContain('korjaa merkityt kentät');
  // Focus goes to the first field to fix (the message is at the top, the buttons at the bottom).
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Strategia: Tavoite');
  await expect(page.getByText('Tavoitteen pitää olla välillä 1–5.').isVisible()).resolves.toBe(true);
  await expect(page.getByText('Painon pitää olla välillä 0–10.').isVisible()).resolves.toBe(true);
  // Nothing typed is lost, and nothing was created.
  expect(await page.getByRole('textbox', { name: 'Nimi', exact: true }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(names);
  expect((await callApi<{ value: unknown[] }>(page, 'assessment:list', { clientId })).value).toEqual([]);

  await target.fill('3,5');
  await page.getByRole('textbox', { name: 'Brändi: Paino' }).fill('1,5');
  await page.getByRole('button', { name: 'Luo arvio' }).click();
  await page.waitForURL(/#\/assessments\/[a-z0-9-]+\/setup/);
  const id = /assessments\/([a-z0-9-]+)\/setup/.exec(page.url())![1]!;
  const created = (await callApi<{ value: Assessment }>(page, 'assessment:get', { id })).value;
  expect(created.areas).toMatchObject({ strategy: { target: 3.5 }, brand: { weight: 1.5 } });
  expect(created.participants.map((p) => p.name)).toEqual(names);
});

it('takes the date the Finnish way on an English browser, and holds the save while the date is not a date', async () => {
  await page.goto(`${app.url}#/clients/${clientId}/new`);
  await page.reload();
  const date = page.getByRole('textbox', { name: 'Työpajan päivä' });
  // Shown in the UI language, not the browser's mm/dd/yyyy.
  await expect(date.inputValue()).resolves.toMatch(/^\d{1,2}\.\d{1,2}\.\d{4}$/);
  await date.fill('31.2.2026');
  await date.blur();
  await expect(page.getByText('Anna päivämäärä muodossa pp.kk.vvvv, esimerkiksi 17.3.2026.').isVisible()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: 'Luo arvio' }).isDisabled()).resolves.toBe(true);
  await date.fill('7.3.2026');
  await date.blur();
  await page.getByRole('button', { name: 'Luo arvio' }).click();
  await page.waitForURL(/#\/assessments\/[a-z0-9-]+\/setup/);
  const id = /assessments\/([a-z0-9-]+)\/setup/.exec(page.url())![1]!;
  expect((await callApi<{ value: Assessment }>(page, 'assessment:get', { id })).value.date).toBe('2026-03-07');
  await expect(page.getByRole('textbox', { name: 'Työpajan päivä' }).inputValue()).resolves.toBe('7.3.2026');
});

it('shows stored decimals with a comma in the Finnish form', async () => {
  const created = (
    await callApi<{ value: Assessment }>(page, 'assessment:create', {
      clientId,
      title: 'Desimaalit',
      date: '2026-03-07',
      language: 'fi',
      areas: { strategy: { target: 3.5, weight: 1.5 } },
    })
  ).value;
  await page.goto(`${app.url}#/assessments/${created.id}/setup`);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Strategia: Tavoite' }).inputValue()).resolves.toBe('3,5');
  await expect(page.getByRole('textbox', { name: 'Strategia: Paino' }).inputValue()).resolves.toBe('1,5');
});
