import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, PAGE_OPTIONS, seriousA11yViolations, startApp, type RunningApp } from './harness';

describe('first start in browser mode', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // A fresh data folder and an English browser: the app starts in English.
    app = await startApp(undefined, { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
    browser = await launchBrowser();
    page = await browser.newPage({ ...PAGE_OPTIONS, viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(msg.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('opens on the empty library, which explains the nine areas and what to do', async () => {
    await page.goto(app.url);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Library');
    await expect(page.getByRole('heading', { name: 'The library is empty' }).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'New client' }).count()).resolves.toBe(1);
    // The diamond is drawn as the workshop draws it, and its layers and areas are listed beside it.
    await expect(
      page
        .getByRole('img', { name: /^The customer-experience diamond/ })
        .locator('[data-area-id]')
        .count(),
    ).resolves.toBe(9);
    const layers = page.getByRole('list', { name: 'The layers of the diamond, top to bottom' });
    await expect(layers.getByText('Customer understanding').count()).resolves.toBe(1);
    await expect(layers.getByText('Business benefits').count()).resolves.toBe(1);
    await expect(page.locator('footer').textContent()).resolves.toContain(app.dataDir);
  });

  it('switches the UI to Finnish and keeps it after a reload', async () => {
    await page.getByRole('button', { name: 'Suomi' }).click();
    await page.getByRole('heading', { name: 'Kirjasto', level: 1 }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fi');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Kirjasto');
    await expect(page.getByRole('list', { name: 'Timantin kerrokset ylhäältä alas' }).getByText('Liiketoimintahyödyt').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
  });

  it('has no serious or critical accessibility violations, in either language', async () => {
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Suomi' }).click();
    await page.getByRole('heading', { name: 'Kirjasto', level: 1 }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('ran without page errors or CSP violations', () => {
    expect(pageErrors).toEqual([]);
  });

  it('refuses API calls that do not carry the page token', async () => {
    const status = await page.evaluate(
      async () => (await fetch('/api/app:info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status,
    );
    expect(status).toBe(403);
  });
});

describe('the UI language in browser mode', () => {
  let app: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    // The machine serving browser mode is English; the consultant's browser is Finnish.
    app = await startApp(undefined, { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('follows the browser’s language until the user picks one, then the stored choice', async () => {
    const finnish = await browser.newPage({ ...PAGE_OPTIONS, locale: 'fi-FI' });
    await finnish.goto(app.url);
    await finnish.getByRole('heading', { name: 'Kirjasto', level: 1 }).waitFor();
    await finnish.getByRole('button', { name: 'English', exact: true }).click();
    await finnish.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    await finnish.reload();
    await finnish.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
    // The choice is stored with the library: another browser sees it too.
    const english = await browser.newPage({ ...PAGE_OPTIONS, locale: 'en-US' });
    await english.goto(app.url);
    await english.getByRole('heading', { name: 'Library', level: 1 }).waitFor();
  });
});
