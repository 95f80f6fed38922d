import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, repoRoot, shippedQuestionnaire } from '../fixtures/builders';
import { callApi, launchBrowser, PAGE_OPTIONS, seriousA11yViolations, startApp, type RunningApp } from './harness';

// The whole way from the results screen to a PDF on disk, in browser mode
// with the real report engine: the options dialog, the download, and the
// text inside the PDF (read back with poppler's pdftotext).

/** The PDF's text with line breaks and hyphenation at line ends undone, so wrapped names still match. */
const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .replace(/\u00ad/g, '')
    .replace(/-\n(?=\p{Ll})/gu, '')
    .replace(/\s+/g, ' ');

describe('creating the executive report in browser mode', () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-report-')), { LANG: 'fi_FI.UTF-8' });
    browser = await launchBrowser();
    page = await browser.newPage({ ...PAGE_OPTIONS, viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Suomi', exact: true }).click();
    for (const id of ['nordtek-2025', 'nordtek-2026']) {
      const r = await callApi<{ ok: boolean }>(page, 'library:import', {
        content: readFileSync(join(repoRoot, 'assessments/examples', `${id}.json`), 'utf8'),
        mode: 'copy',
      });
      expect(r.ok).toBe(true);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('results → Create report → English → a PDF downloads whose text matches the assessment', async () => {
    const assessment = example('nordtek-2026');
    await page.goto(`${app.url}#/assessments/nordtek-2026/results`);
    await page.getByTestId('radar').waitFor();
    await page.getByRole('button', { name: 'Luo raportti' }).click();
    const dialog = page.getByRole('dialog', { name: 'Johdon raportti' });
    await dialog.waitFor();

    // Defaults: the assessment's language (Finnish), roles only, the previous assessment compared.
    await expect(dialog.getByRole('radio', { name: 'Suomi' }).isChecked()).resolves.toBe(true);
    await expect(dialog.getByRole('radio', { name: 'Vain roolit' }).isChecked()).resolves.toBe(true);
    const previous = dialog.getByRole('checkbox', { name: /kypsyysarvio 2025/ });
    await previous.waitFor();
    await expect(previous.isChecked()).resolves.toBe(true);

    // By keyboard: the language radios move with the arrow keys.
    await dialog.getByRole('radio', { name: 'Suomi' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByRole('radio', { name: 'English' }).isChecked()).resolves.toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const request = page.waitForRequest((r) => r.url().endsWith('/api/report:create'));
    const download = page.waitForEvent('download', { timeout: 60_000 });
    // A failure shows in the dialog: say what it said instead of waiting for a download that never comes.
    const failed = dialog
      .getByRole('alert')
      .waitFor({ timeout: 60_000 })
      .then(() => dialog.getByRole('alert').textContent());
    await dialog.getByRole('button', { name: 'Luo raportti' }).click();
    expect((await request).postDataJSON()).toEqual({
      input: { assessmentId: 'nordtek-2026', options: { language: 'en', participants: 'roles', compareWith: ['nordtek-2025'] } },
    });
    const outcome = await Promise.race([download.then((d) => ({ d })), failed.then((message) => ({ message }))]);
    download.catch(() => undefined);
    failed.catch(() => undefined);
    if (!('d' in outcome)) throw new Error(`the report failed in the UI: ${outcome.message}`);
    const file = outcome.d;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const path = join(mkdtempSync(join(tmpdir(), 'timantti-report-pdf-')), file.suggestedFilename());
    await file.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const text = pdfText(path);
    expect(text).toContain('Nordtek');
    expect(text).toContain(assessment.client.name);
    expect(text).toContain(assessment.title);
    for (const area of shippedQuestionnaire().areas) expect(text).toContain(area.title.en);
    // Roles only: no participant's name is printed.
    for (const p of assessment.participants) expect(text).not.toContain(p.name);

    await page.getByText(`Raportti ladattu: ${file.suggestedFilename()}`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect(pageErrors).toEqual([]);
  });
});
