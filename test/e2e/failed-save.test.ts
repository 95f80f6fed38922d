import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/builders';
import { callApi, launchBrowser, PAGE_OPTIONS, startApp, type RunningApp } from './harness';

// The worst case in a workshop: the disk refuses a save. The screen must say
// so loudly, keep the answer, refuse to navigate away silently, and turn
// "saved" once the disk is back. Runs the real app in browser mode.
let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-failsave-')), { LANG: 'en_US.UTF-8' });
  browser = await launchBrowser();
  page = await browser.newPage({ ...PAGE_OPTIONS, viewport: { width: 1440, height: 900 } });
  await page.goto(app.url);
  await callApi(page, 'library:import', { content: readFileSync(join(repoRoot, 'assessments/examples/harbour-2026.json'), 'utf8'), mode: 'copy' });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('shows a failed save loudly, keeps the answer, guards navigation, and recovers when the disk does', async () => {
  await page.goto(`${app.url}#/assessments/harbour-2026/run/bra-brand-from-strategy`);
  await page.locator('[data-save-state]').waitFor();
  const file = join(app.dataDir, 'library', 'assessments', 'harbour-2026.json');
  const aside = `${file}.aside`;

  // Make the file unwritable in a way root cannot ignore: a folder in its place.
  renameSync(file, aside);
  mkdirSync(join(file, 'blocker'), { recursive: true });
  await page.keyboard.press('5');
  const alert = page.locator('[data-save-state="failed"]');
  await alert.waitFor();
  await expect(alert.textContent()).resolves.toContain('SAVING FAILED');
  await expect(page.locator('[data-row="emma"] td [aria-pressed="true"]').textContent()).resolves.toContain('5');

  // Leaving now asks first; staying keeps the screen.
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('dialog').waitFor();
  await expect(page.getByRole('dialog').textContent()).resolves.toContain('Saving is not finished');
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(page.url()).toContain('/run/');

  // The disk is back: main's retry writes the answer, the banner turns to "Saved".
  rmSync(file, { recursive: true });
  await page.locator('[data-save-state="saved"]').waitFor({ timeout: 20_000 });
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { data: { answers: Record<string, { votes?: Record<string, unknown> }> } };
  expect(stored.data.answers['bra-brand-from-strategy']?.votes?.emma).toBe(5);
  rmSync(aside);
});
