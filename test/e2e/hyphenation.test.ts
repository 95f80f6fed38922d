import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { defaultQuestionnaire, example, shippedQuestionnaire } from '../fixtures/builders';
import { callApi, launchBrowser, PAGE_OPTIONS, startApp, type RunningApp } from './harness';
import { midWordBreaks, type MidWordBreak } from './line-breaks';

// Issue 11 point 4: at 1280×720 the level texts had 167 breaks inside words
// on 42 of 45 statements ("asiakashaastattelu|t", "neljännesvuosittai|n", a
// lone "." starting a line): Chromium has no Finnish hyphenation on Linux or
// Windows, and `overflow-wrap` cut the words anywhere. Every word on the
// runner's screen may now break only at a hyphenation point, with a hyphen.

const ALL_V1 = shippedQuestionnaire().areas.flatMap((a) => a.statements.map((s) => s.id));
const V2_STATEMENTS = defaultQuestionnaire().areas.flatMap((a) => a.statements.map((s) => s.id));

/** An example moved to questionnaire v2 (what new assessments use), unanswered. */
function onV2(id: 'nordtek-2026' | 'harbour-2026'): Assessment {
  const a = example(id);
  delete a.roadmap;
  return { ...a, id: `${id}-v2`, questionnaire: defaultQuestionnaire(), answers: {} };
}

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-hyphenation-')), { LANG: 'fi_FI.UTF-8' });
  browser = await launchBrowser();
  page = await browser.newPage({ ...PAGE_OPTIONS, viewport: { width: 1280, height: 720 } });
  await page.goto(app.url);
  await callApi(page, 'settings:set', { language: 'fi' });
  for (const id of ['nordtek-2026', 'harbour-2026'] as const) {
    await callApi(page, 'library:import', { content: JSON.stringify(example(id)), mode: 'copy' });
    await callApi(page, 'library:import', { content: JSON.stringify(onV2(id)), mode: 'copy' });
  }
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Goes through every statement with → and collects the words broken mid-word on the screen. */
async function breaksOnEveryStatement(assessmentId: string, presentation: boolean): Promise<Record<string, MidWordBreak[]>> {
  const STATEMENTS = assessmentId.endsWith('-v2') ? V2_STATEMENTS : ALL_V1;
  await page.goto(`${app.url}#/assessments/${assessmentId}/run/${STATEMENTS[0]}`);
  await page.reload();
  await page.locator('[data-save-state]').waitFor();
  if ((await page.locator('[data-presentation="on"]').count()) > 0 !== presentation) await page.keyboard.press('p');
  await page.locator(`[data-presentation="${presentation ? 'on' : 'off'}"]`).waitFor();
  await page.evaluate(() => document.fonts.ready);
  const found: Record<string, MidWordBreak[]> = {};
  for (const [i, id] of STATEMENTS.entries()) {
    await page.waitForFunction((sid) => location.hash.endsWith(`/${sid}`), id);
    const breaks = await midWordBreaks(page, 'main');
    if (breaks.length > 0) found[id] = breaks;
    if (i < STATEMENTS.length - 1) await page.keyboard.press('ArrowRight');
  }
  return found;
}

describe('no word is broken mid-word in the workshop at 1280×720', () => {
  it.each([
    ['Finnish', 'nordtek-2026', false],
    ['Finnish, presentation mode', 'nordtek-2026', true],
    ['English', 'harbour-2026', false],
    ['Finnish, questionnaire v2', 'nordtek-2026-v2', false],
    ['Finnish, questionnaire v2, presentation mode', 'nordtek-2026-v2', true],
    ['English, questionnaire v2', 'harbour-2026-v2', false],
  ] as const)('%s: all 45 statements and their levels', async (_, assessmentId, presentation) => {
    expect(await breaksOnEveryStatement(assessmentId, presentation)).toEqual({});
  });

  it('breaks long Finnish words at syllables with a visible hyphen', async () => {
    await page.goto(`${app.url}#/assessments/nordtek-2026/run/${ALL_V1[0]}`);
    await page.reload();
    const level = page.locator('main ol > li p').first();
    await level.waitFor();
    // The text carries the break points; what is read out and searched for is the plain word.
    expect(await level.evaluate((p) => p.textContent?.includes('\u00ad'))).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Asiakastietoa kootaan ja analysoidaan useista lähteistä', exact: true }).waitFor();
  });

  it('copies text without the invisible break points', async () => {
    const level = page.locator('main ol > li p').first();
    const copied = await level.evaluate((p) => {
      getSelection()?.selectAllChildren(p);
      const data = new DataTransfer();
      p.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
      return { text: data.getData('text/plain'), selected: getSelection()?.toString() ?? '' };
    });
    expect(copied.selected).toContain('\u00ad');
    expect(copied.text).toBe(copied.selected.replaceAll('\u00ad', ''));
  });
});
