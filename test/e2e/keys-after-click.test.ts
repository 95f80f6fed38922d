import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { repoRoot } from '../fixtures/builders';
import { callApi, launchBrowser, PAGE_OPTIONS, startApp, type RunningApp } from './harness';

// Found by a tester, not a test: after clicking a switch with the mouse the
// workshop keys did nothing and ↓ scrolled the page. Keys must work whatever
// was clicked last, except while typing.
let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-keys-')), { LANG: 'en_US.UTF-8' });
  browser = await launchBrowser();
  page = await browser.newPage({ ...PAGE_OPTIONS, viewport: { width: 1280, height: 720 } });
  await page.goto(app.url);
  await callApi(page, 'library:import', { content: readFileSync(join(repoRoot, 'assessments/examples/harbour-2026.json'), 'utf8'), mode: 'copy' });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const votes = async (statementId: string) =>
  (await callApi<{ value: Assessment }>(page, 'assessment:get', { id: 'harbour-2026' })).value.answers[statementId]?.votes ?? {};

it.each([
  ['Hide votes until revealed', 'bra-target-experience'],
  ['Presentation mode', 'bra-brand-from-strategy'],
])('scores by keyboard after "%s" was clicked with the mouse', async (label, statementId) => {
  await page.goto(`${app.url}#/assessments/harbour-2026/run/${statementId}`);
  await page.reload();
  await page.locator('[data-save-state]').waitFor();
  await page.getByLabel(label).click();
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('4'); // the first row: emma
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('1'); // oliver
  await page.locator('[data-save-state="saved"]').waitFor();
  await expect.poll(() => votes(statementId)).toMatchObject({ emma: 4, oliver: 1 });
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await page.getByLabel(label).click(); // back as it was
});

// Found by a tester: "hide votes until revealed" was forgotten on reload, showing the room every vote.
it('keeps votes hidden after a reload, and the revealed statement revealed', async () => {
  const hidden = 'bra-target-experience';
  const shown = 'bra-brand-from-strategy';
  const revealButton = page.getByRole('button', { name: /^Reveal votes/ });
  await page.goto(`${app.url}#/assessments/harbour-2026/run/${shown}`);
  await page.reload();
  await page.locator('[data-save-state]').waitFor();
  const toggle = page.getByLabel('Hide votes until revealed');
  if (!(await toggle.isChecked())) await toggle.click();
  await revealButton.click();
  await expect.poll(() => revealButton.count()).toBe(0);

  await page.reload();
  await page.locator('[data-save-state]').waitFor();
  expect(await page.getByLabel('Hide votes until revealed').isChecked()).toBe(true);
  expect(await revealButton.count()).toBe(0);
  await page.goto(`${app.url}#/assessments/harbour-2026/run/${hidden}`);
  await page.reload();
  await page.locator('[data-save-state]').waitFor();
  expect(await revealButton.count()).toBe(1);
  await page.getByLabel('Hide votes until revealed').click(); // back as it was
});
