import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { groupGaps } from '../../core/compare';
import { repoRoot } from '../fixtures/builders';
import { a11yViolations, callApi, launchBrowser, PAGE_OPTIONS, startApp, type RunningApp } from './harness';

// Issue 13: the client's business KPIs recorded beside the maturity, and the
// leadership's view beside the front line's, as a consultant uses them at
// 1280×720 in Finnish.
let app: RunningApp;
let browser: Browser;
let page: Page;

const nordtek = JSON.parse(readFileSync(join(repoRoot, 'assessments/examples/nordtek-2026.json'), 'utf8')) as Assessment;
const shots = join(repoRoot, 'docs', 'screenshots');
const results = () => `${app.url}#/assessments/${nordtek.id}/results`;

beforeAll(async () => {
  app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-kpis-')), { LANG: 'en_US.UTF-8' });
  browser = await launchBrowser();
  page = await browser.newPage({ ...PAGE_OPTIONS, viewport: { width: 1280, height: 720 } });
  await page.goto(app.url);
  await callApi(page, 'settings:set', { language: 'fi' });
  const imported = await callApi<{ ok: boolean }>(page, 'library:import', { content: JSON.stringify(nordtek), mode: 'copy' });
  expect(imported.ok).toBe(true);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('records KPIs through the dialog: a bad value is refused with a message, a good one with a Finnish comma is kept after a reload', async () => {
  await page.goto(results());
  await page.reload();
  const add = page.getByRole('button', { name: 'Lisää mittarin arvo' });
  await add.scrollIntoViewIfNeeded();
  await add.click();
  const dialog = page.getByRole('dialog', { name: 'Lisää mittarin arvo' });
  // NPS is the first KPI offered; the value by keyboard, the save by mouse.
  const value = dialog.getByRole('textbox', { name: 'Arvo' });
  await value.click();
  await page.keyboard.type('150');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2025');
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await dialog.getByText('Mittarin "Suositteluindeksi (NPS)" arvon pitää olla välillä −100…100 (yksikkö pisteet)').waitFor();
  // The first field to fix has the focus: fix it by keyboard and submit with Enter.
  await expect.poll(() => value.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await a11yViolations(page)).toEqual([]);
  await page.screenshot({ path: join(shots, 'kpis-dialog-fi.png') });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });

  // A second value: the KPI chosen from the list by keyboard, a decimal with a comma.
  await add.click();
  // The dialog opens with the focus on the KPI list.
  const kpi = dialog.getByRole('combobox', { name: 'Mittari' });
  await expect.poll(() => kpi.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Asiakkaan vaivannäkö (CES, 1–7)' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => kpi.textContent()).toBe('Asiakkaan vaivannäkö (CES, 1–7)');
  await value.fill('5,5');
  await dialog.getByRole('textbox', { name: 'Jakso' }).fill('2026-q1');
  await dialog.getByRole('textbox', { name: 'Lähde (vapaaehtoinen)' }).fill('Asiakaskysely, avainasiakkaat');
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await dialog.waitFor({ state: 'detached' });

  await page.reload();
  const table = page.getByTestId('kpi-table');
  await table.waitFor();
  const rows = await table.locator('tbody tr').allTextContents();
  expect(rows).toHaveLength(2);
  expect(rows[0]).toMatch(/^Suositteluindeksi \(NPS\).*2025.*42/);
  expect(rows[1]).toMatch(/^Asiakkaan vaivannäkö \(CES, 1–7\).*Q1\/2026.*5,5.*Asiakaskysely, avainasiakkaat/);
  const stored = await callApi<{ ok: true; value: Assessment }>(page, 'assessment:get', { id: nordtek.id });
  expect(stored.value.kpis).toEqual({
    values: [
      { kpiId: 'nps', value: 42, period: '2025' },
      { kpiId: 'ces', value: 5.5, period: '2026-Q1', source: 'Asiakaskysely, avainasiakkaat' },
    ],
  });
  await page.evaluate(() => document.getElementById('kpi-heading')?.closest('section')?.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(shots, 'kpis-fi.png') });
  expect(await a11yViolations(page)).toEqual([]);
});

it('shows the groups side by side with the largest gap first, named by group and size only', async () => {
  await page.goto(results());
  const section = page.getByTestId('group-gaps');
  await section.waitFor();
  const expected = groupGaps(nordtek);
  const first = section.getByTestId('group-areas').locator('tbody tr').first();
  expect(await first.getAttribute('data-group-area')).toBe(expected.areas[0]!.areaId);
  const gaps = await section
    .getByTestId('group-areas')
    .locator('tbody tr[data-group-area] td:last-child')
    .allTextContents()
    .then((t) => t.map((x) => Number(x.replace(',', '.'))));
  expect(gaps[0]).toBe(Math.max(...gaps));
  expect(await section.getByRole('columnheader', { name: 'johto (3 henkilöä)' }).count()).toBe(2);
  const text = (await section.textContent()) ?? '';
  for (const p of nordtek.participants) expect(text).not.toContain(p.name);
  await page.evaluate(() => {
    document.querySelector('[data-testid="group-gaps"]')?.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -16);
  });
  await page.screenshot({ path: join(shots, 'groups-fi.png') });
  expect(await a11yViolations(page)).toEqual([]);
});
