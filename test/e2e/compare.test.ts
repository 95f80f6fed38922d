import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import readExcelFile from 'read-excel-file/node';
import { pdfText, qpdfCheck } from '../main/report/pdf-tools';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { BUILT_IN_MAPPINGS, compareOverTime, type ComparisonOverTime } from '../../core/compare';
import { formatScore } from '../../core/format';
import { formatKpiValue } from '../../core/kpi/format';
import type { Language } from '../../core/settings';
import { defaultQuestionnaire, example, repoRoot } from '../fixtures/builders';
import { a11yViolations, callApi, seriousA11yViolations, launchBrowser, PAGE_OPTIONS, startApp, type RunningApp } from './harness';

// Issue 13: a client's assessments compared over time in the app. Three
// assessments of Nordtek — two on questionnaire v1 (the examples) and a
// later one on v2 — are opened from the library; the chart data and the
// change table must be core's compareOverTime numbers, the statements v2
// replaced, added or removed must be listed, and the KPIs shown by date.

const shots = join(repoRoot, 'docs', 'screenshots');

/** An example with KPIs recorded for the year before its workshop. */
function withKpis(a: Assessment, nps: number, churn: number, period: string): Assessment {
  return {
    ...a,
    kpis: {
      values: [
        { kpiId: 'nps', value: nps, period },
        { kpiId: 'churn', value: churn, period },
      ],
    },
  };
}

/** Nordtek a year later, on questionnaire v2: every participant votes on every statement. */
function nordtekOnV2(): Assessment {
  const a = example('nordtek-2026');
  delete a.roadmap;
  const questionnaire = defaultQuestionnaire();
  const people = a.participants.map((p) => p.id);
  return {
    ...a,
    id: 'nordtek-2027',
    title: 'Asiakaskokemuksen johtamisen kypsyysarvio 2027',
    date: '2027-03-16',
    createdAt: '2027-03-16T07:30:00.000Z',
    updatedAt: '2027-03-16T11:45:00.000Z',
    questionnaire,
    answers: Object.fromEntries(
      questionnaire.areas.flatMap((area, k) =>
        area.statements.map((s, i) => [s.id, { votes: Object.fromEntries(people.map((p, j) => [p, Math.min(5, 2 + ((i + j + k) % 4))])) }]),
      ),
    ),
    kpis: { values: [{ kpiId: 'nps', value: 31, period: '2026' }] },
  };
}

const ASSESSMENTS: Assessment[] = [withKpis(example('nordtek-2025'), 12, 8.5, '2024'), withKpis(example('nordtek-2026'), 18, 7.2, '2025'), nordtekOnV2()];
const PARTICIPANT_NAMES = [...new Set(ASSESSMENTS.flatMap((a) => a.participants.map((p) => p.name)))];

let app: RunningApp;
let browser: Browser;
let page: Page;
let expected: ComparisonOverTime;
const pageErrors: string[] = [];

beforeAll(async () => {
  expected = compareOverTime({ assessments: ASSESSMENTS, mappings: BUILT_IN_MAPPINGS });
  mkdirSync(shots, { recursive: true });
  app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-compare-')), { LANG: 'fi_FI.UTF-8' });
  browser = await launchBrowser();
  page = await browser.newPage({ ...PAGE_OPTIONS, viewport: { width: 1280, height: 720 } });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(app.url);
  await callApi(page, 'settings:set', { language: 'fi' });
  for (const a of ASSESSMENTS) {
    const r = await callApi<{ ok: boolean }>(page, 'library:import', { content: JSON.stringify(a), mode: 'copy' });
    expect(r.ok).toBe(true);
  }
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const series = async (testId: string) =>
  JSON.parse((await page.getByTestId(testId).getAttribute('data-series')) ?? '[]') as { key: string; values: (number | null)[] }[];
const signed = (n: number | null, language: Language) => (n === null ? '–' : `${n >= 0.05 ? '+' : ''}${formatScore(n, language)}`);

async function openFromLibrary(): Promise<void> {
  await page.goto(app.url);
  await page.reload();
  const section = page.getByRole('region', { name: 'Nordtek Huolto Oy' });
  await section.getByRole('button', { name: 'Vertaa arvioita' }).click();
  await page.getByTestId('trend').waitFor();
  await page.evaluate(() => document.fonts.ready);
}

describe('comparing a client’s assessments over time', () => {
  it('opens from the library with every assessment picked, oldest first, v1 and v2 together', async () => {
    await openFromLibrary();
    expect(page.url()).toContain('#/clients/nordtek/compare');
    const picker = page.getByTestId('compare-picker');
    for (const a of ASSESSMENTS) await expect(picker.locator(`[data-assessment="${a.id}"] input`).isChecked()).resolves.toBe(true);
    expect(expected.assessments.map((a) => a.questionnaire.version)).toEqual([1, 1, 2]);
  });

  it('draws the trend with core’s scores per area and overall', async () => {
    expect(await series('trend')).toEqual([
      { key: 'overall', values: expected.overall.points.map((p) => p.score) },
      ...expected.areas.map((a) => ({ key: a.areaId, values: a.points.map((p) => p.score) })),
    ]);
  });

  it('overlays the latest profile on the earlier one chosen (by default the first)', async () => {
    const latest = expected.assessments.length - 1;
    const values = (i: number) => expected.areas.filter((a) => a.points[latest]!.present).map((a) => a.points[i]!.score);
    expect(await series('radar')).toEqual([
      { key: 'latest', values: values(latest) },
      { key: 'earlier', values: values(0) },
    ]);
    await page.getByTestId('radar-against').click();
    await page.getByRole('option', { name: /2026/ }).click();
    await expect.poll(async () => (await series('radar'))[1]?.values).toEqual(values(1));
  });

  it('shows core’s scores, changes and stage changes in the change table, with the notes that apply', async () => {
    const table = page.getByTestId('delta-table');
    const rows = [{ key: 'overall', s: expected.overall }, ...expected.areas.map((a) => ({ key: a.areaId, s: a as typeof expected.overall }))];
    for (const { key, s } of rows) {
      const row = table.locator(`tr[data-area="${key}"]`);
      for (const [i, p] of s.points.entries())
        await expect(row.locator(`[data-cell="score-${i}"] [data-value]`).textContent()).resolves.toBe(formatScore(p.score, 'fi'));
      await expect(row.locator('[data-cell="change"]').textContent()).resolves.toBe(signed(s.firstToLatest!.score.delta, 'fi'));
      const { stageBefore, stageAfter } = s.firstToLatest!;
      await expect(row.locator('[data-cell="stage-change"]').textContent()).resolves.toBe(
        stageBefore !== null && stageAfter !== null ? `${stageBefore} → ${stageAfter}` : '–',
      );
    }
    // v1 → v2 changes how scores turn into stages: said once, for that step.
    expect(expected.overall.steps.map((s) => s.scaleChanged)).toEqual([false, true]);
    await expect(page.getByTestId('note-scale').count()).resolves.toBe(1);
    await expect(page.getByTestId('note-partial').count()).resolves.toBe(rows.some((r) => r.s.points.some((p) => p.partial)) ? 1 : 0);
    await expect(page.getByTestId('note-capped').count()).resolves.toBe(expected.overall.points.filter((p) => p.capped).length);
  });

  it('lists every statement v2 replaced, added or removed, never dropping one', async () => {
    const m = expected.matching[1]!;
    expect(m.replaced.length + m.added.length + m.removed.length).toBeGreaterThan(0);
    const listed = (kind: string) =>
      page
        .getByTestId('unmatched')
        .locator(`li[data-kind="${kind}"]`)
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-statement')));
    await expect(listed('replaced')).resolves.toEqual(m.replaced.map((r) => r.earlierId));
    await expect(listed('added')).resolves.toEqual(m.added.map((s) => s.statementId));
    await expect(listed('removed')).resolves.toEqual(m.removed.map((s) => s.statementId));
    await expect(page.getByTestId('unmatched').locator('li[data-kind="replaced"]').first().textContent()).resolves.toMatch(/^Korvattu versiossa 2:/);
    // v1 → v1 matched everything by id: no entry for that pair.
    expect(expected.matching[0]!.replaced.length + expected.matching[0]!.added.length + expected.matching[0]!.removed.length).toBe(0);
  });

  it('shows the most improved and declined statements as core ranks them', async () => {
    const ids = (testId: string) =>
      page
        .getByTestId(testId)
        .locator('li')
        .evaluateAll((items) => items.map((li) => li.getAttribute('data-statement')));
    await expect(ids('improved')).resolves.toEqual(expected.improvedStatements.map((s) => s.statementId));
    await expect(ids('declined')).resolves.toEqual(expected.declinedStatements.map((s) => s.statementId));
  });

  it('puts the KPIs beside the scores by assessment date, and the group gap by group name only', async () => {
    const nps = page.getByTestId('kpi-table').locator('tr[data-kpi="nps"]');
    await expect(nps.locator('[data-cell="value-0"]').textContent()).resolves.toBe(`${formatKpiValue(12, 'points', 'fi')} (2024)`);
    await expect(nps.locator('[data-cell="value-2"]').textContent()).resolves.toBe(`${formatKpiValue(31, 'points', 'fi')} (2026)`);
    await expect(page.getByTestId('kpi-table').locator('tr[data-kpi="churn"] [data-cell="value-2"]').textContent()).resolves.toBe('–');

    const pair = expected.groups.pairs[0]!;
    const table = page.getByTestId('group-pair').first();
    await expect(table.getAttribute('data-groups')).resolves.toBe(JSON.stringify(pair.groups));
    for (const [i, gap] of pair.overall.gaps.entries())
      await expect(table.locator(`tr[data-area="overall"] [data-cell="gap-${i}"]`).textContent()).resolves.toBe(signed(gap, 'fi'));
    const text = (await page.locator('main').textContent()) ?? '';
    for (const name of PARTICIPANT_NAMES) expect(text).not.toContain(name);
  });

  it('has no accessibility violations, and a 1280×720 screenshot in Finnish', async () => {
    expect(await a11yViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, 'compare-fi.png') });
    expect(pageErrors).toEqual([]);
  });

  it('exports the comparison: the report as a PDF whose text has core’s numbers, and an Excel workbook', async () => {
    await page.getByRole('button', { name: 'Vie vertailu' }).click();
    await page.getByRole('menuitem', { name: /Vertailuraportti/ }).waitFor();
    // As on the results screen's export menu: MUI's menu paper sits outside the landmarks (axe's moderate "region").
    expect(await seriousA11yViolations(page)).toEqual([]);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /Vertailuraportti \(PDF\)/ }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfPath = (await pdf.path())!;
    expect(qpdfCheck(pdfPath).status).toBe(0);
    const text = pdfText(pdfPath).replace(/\s+/g, ' ');
    expect(text).toContain('Nordtek Huolto Oy');
    for (const point of expected.overall.points) if (point.score !== null) expect(text).toContain(formatScore(point.score, 'fi'));
    await page.getByRole('button', { name: 'Vie vertailu' }).click();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /Excel-työkirja/ }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const sheets = await readExcelFile(readFileSync((await xlsx.path())!));
    expect(sheets.length).toBeGreaterThanOrEqual(1);
    expect(pageErrors).toEqual([]);
  });

  it('compares only the picked assessments, and asks for two when one is left', async () => {
    const picker = page.getByTestId('compare-picker');
    await picker.locator('[data-assessment="nordtek-2026"] input').uncheck();
    await expect
      .poll(async () => (await series('trend'))[0]?.values)
      .toEqual(compareOverTime({ assessments: [ASSESSMENTS[0]!, ASSESSMENTS[2]!], mappings: BUILT_IN_MAPPINGS }).overall.points.map((p) => p.score));
    await picker.locator('[data-assessment="nordtek-2025"] input').uncheck();
    await page.getByText('Valitse vähintään kaksi arviota vertailuun.').waitFor();
    await expect(page.getByTestId('trend').count()).resolves.toBe(0);
  });

  it('opens from the results screen too, and reads in English', async () => {
    await callApi(page, 'settings:set', { language: 'en' });
    await page.goto(`${app.url}#/assessments/nordtek-2026/results`);
    await page.reload();
    await page.getByRole('button', { name: 'Compare assessments' }).click();
    await page.getByTestId('trend').waitFor();
    await page.evaluate(() => document.fonts.ready);
    await expect(page.getByTestId('delta-table').locator('tr[data-area="overall"] [data-cell="change"]').textContent()).resolves.toBe(
      signed(expected.overall.firstToLatest!.score.delta, 'en'),
    );
    await expect(page.getByTestId('unmatched').locator('li[data-kind="added"]').first().textContent()).resolves.toMatch(/^New in v2:/);
    expect(await a11yViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'compare-en.png') });
    await page.screenshot({ path: join(tmpdir(), 'compare-en-full.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
