import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import readExcelFile from 'read-excel-file/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { scoreAssessment } from '../../core/scoring';
import { displayedScore } from '../../core/scoring/claims';
import { repoRoot } from '../fixtures/builders';
import { callApi, launchBrowser, PAGE_OPTIONS, seriousA11yViolations, startApp, type RunningApp } from './harness';

// The files a Finnish consultant takes from the results screen to Excel.
let app: RunningApp;
let browser: Browser;
let page: Page;
const content = readFileSync(join(repoRoot, 'assessments/examples/nordtek-2026.json'), 'utf8');
const assessment = JSON.parse(content) as Assessment;

beforeAll(async () => {
  app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-exports-')), { LANG: 'en_US.UTF-8' });
  browser = await launchBrowser();
  page = await browser.newPage({ ...PAGE_OPTIONS, viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  await page.goto(app.url);
  await callApi(page, 'settings:set', { language: 'fi' });
  await callApi(page, 'library:import', { content, mode: 'copy' });
  await page.goto(`${app.url}#/assessments/nordtek-2026/results`);
  await page.reload();
  await page.getByTestId('overall').waitFor();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function download(item: RegExp) {
  await page.getByRole('button', { name: 'Vie', exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

it('downloads an Excel workbook in Finnish whose scores are the screen’s', async () => {
  const { name, bytes } = await download(/Excel-työkirja/);
  expect(name).toBe('Nordtek-Huolto-Oy_Asiakaskokemuksen-johtamisen-kypsyysarvio-2026_2026-03-17.xlsx');
  const sheets = await readExcelFile(bytes);
  expect(sheets.map((s) => s.sheet)).toEqual(['Yhteenveto', 'Vastaukset']);
  const summary = sheets[0]!.data;
  const strategy = scoreAssessment(assessment).areas.find((a) => a.areaId === 'strategy')!;
  expect(summary.find((r) => r[3] === 'Strategia')?.[4]).toBe(displayedScore(strategy.score));
});

it('downloads a CSV for Finnish Excel', async () => {
  const { bytes } = await download(/CSV taulukkolaskentaan/);
  const text = bytes.toString('utf8');
  expect(text.startsWith('\uFEFFAsiakas;Arvio;Päivämäärä;Osa-alue;Osa-alueen pisteet;')).toBe(true);
  expect(text).toContain(';(sovittu);');
});

it('has no accessibility violations with the export menu open', async () => {
  await page.getByRole('button', { name: 'Vie', exact: true }).click();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
});
