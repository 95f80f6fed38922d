import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/builders';
import { callApi, launchBrowser, PAGE_OPTIONS, seriousA11yViolations, startApp, type RunningApp } from './harness';

// "Copy diagnostics" in the real app (browser mode, Chromium's real
// clipboard): what lands on the clipboard says what support needs and holds
// nothing of the client's.
let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-diag-')), { LANG: 'en_US.UTF-8' });
  browser = await launchBrowser();
  context = await browser.newContext(PAGE_OPTIONS);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
  page = await context.newPage();
  await page.goto(app.url);
  await callApi(page, 'library:import', { content: readFileSync(join(repoRoot, 'assessments/examples/harbour-2026.json'), 'utf8'), mode: 'copy' });
  expect(await callApi(page, 'client:update', { id: 'harbour-logistics', notes: 'Board changes in spring' })).toMatchObject({ ok: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

it('copies diagnostics without the client’s name, notes or answers', async () => {
  await page.goto(`${app.url}#/settings`);
  await page.getByRole('button', { name: 'Copy diagnostics' }).click();
  await page.getByText('Diagnostics copied to the clipboard.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Timantti diagnostics, /);
  expect(copied).toContain('(browser mode)');
  expect(copied).toContain('Library: open; 1 clients, 1 assessments, 0 in the recycle bin, 0 saves pending');
  expect(copied).toContain('[info] library opened');
  const harbour = JSON.parse(readFileSync(join(repoRoot, 'assessments/examples/harbour-2026.json'), 'utf8')) as {
    client: { name: string };
    title: string;
    participants: { name: string }[];
  };
  for (const secret of [harbour.client.name, harbour.title, 'Board changes in spring', ...harbour.participants.map((p) => p.name)]) {
    expect(copied, secret).not.toContain(secret);
  }
  expect(await seriousA11yViolations(page)).toEqual([]);
});
