import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { repoRoot } from '../fixtures/builders';
import { callApi, launchBrowser, PAGE_OPTIONS, startApp, type RunningApp } from './harness';

// Found by a tester, not a test: at 16/45 answered the results named a
// maturity stage, one area was both a strength and a weakness, and the
// library showed a stage for an assessment 22 % done. The workshop at that
// point, as the consultant sees it on the projector.
let app: RunningApp;
let browser: Browser;
let page: Page;

const full = JSON.parse(readFileSync(join(repoRoot, 'assessments/examples/harbour-2026.json'), 'utf8')) as Assessment;
const ids = full.questionnaire.areas.flatMap((a) => a.statements.map((s) => s.id));
// The first 16 statements as the team left them, and one more the team could not judge.
const kept = Object.fromEntries(ids.slice(0, 16).map((id) => [id, full.answers[id] ?? {}]));
const partial: Assessment = { ...full, id: 'harbour-partial', answers: { ...kept, [ids[20] as string]: { agreed: 'dont-know' } } };

beforeAll(async () => {
  app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-partial-')), { LANG: 'en_US.UTF-8' });
  browser = await launchBrowser();
  page = await browser.newPage({ ...PAGE_OPTIONS, viewport: { width: 1280, height: 720 } });
  await page.goto(app.url);
  const imported = await callApi<{ ok: boolean }>(page, 'library:import', { content: JSON.stringify(partial), mode: 'copy' });
  expect(imported.ok).toBe(true);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const texts = (heading: string) =>
  page
    .getByRole('heading', { name: heading, exact: true })
    .locator('..')
    .locator('li')
    .evaluateAll((items) => items.map((li) => (li.textContent ?? '').replace(/\s[+\d.,]+$/, '').trim()));

it('shows progress instead of a stage, and no area as both a strength and a weakness', async () => {
  await page.goto(`${app.url}#/assessments/harbour-partial/results`);
  const withheld = page.getByTestId('stage-withheld');
  await withheld.waitFor();
  // Don't-know is answered but not scored: 16 scored of 45.
  expect(await withheld.textContent()).toContain('16/45');
  expect(await page.getByText(/^Maturity stage:/).count()).toBe(0);
  const strengths = await texts('Strengths');
  // With targets set, the weak side is the largest gaps to target.
  const weakest = await texts('Largest gaps to target');
  expect(strengths.length).toBeGreaterThan(0);
  expect(weakest.length).toBeGreaterThan(0);
  expect(strengths.filter((area) => weakest.includes(area))).toEqual([]);
});

it('lists the assessment in the library without a stage', async () => {
  await page.goto(`${app.url}#/`);
  const row = page.getByRole('row').filter({ hasText: partial.title });
  await row.waitFor();
  const cells = await row.locator('td').allTextContents();
  expect(cells.some((c) => /^\d – /.test(c.trim()))).toBe(false);
});

it('draws the radar large in its card at 1280×720', async () => {
  await page.goto(`${app.url}#/assessments/harbour-partial/results`);
  const radar = page.getByTestId('radar');
  await expect.poll(() => radar.getAttribute('data-radius')).not.toBeNull();
  const radius = Number(await radar.getAttribute('data-radius'));
  const card = (await radar.locator('..').boundingBox())!;
  // It once used under half its card: a 360 px circle in a 713 × 600 card.
  expect((2 * radius) / card.width).toBeGreaterThan(0.6);
});
