import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/builders';
import { EXAMPLE_CUSTOM_PATH, sixAreaQuestionnaire, tenAreaQuestionnaire } from '../fixtures/custom-questionnaires';
import { a11yViolations, callApi, launchBrowser, PAGE_OPTIONS, startApp, type RunningApp } from './harness';

// A consultant imports the shipped example questionnaire through the UI, is
// refused a broken one with the JSON path, and runs a workshop on the
// example's own fifth area. Screenshots land in the temp folder for a person
// to look at.
let app: RunningApp;
let browser: Browser;
let page: Page;
let clientId: string;
const shots = mkdtempSync(join(tmpdir(), 'timantti-questionnaires-'));

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await browser.newPage({ ...PAGE_OPTIONS, viewport: { width: 1280, height: 720 } });
  await page.goto(app.url);
  await callApi(page, 'settings:set', { language: 'fi' });
  clientId = (await callApi<{ value: { id: string } }>(page, 'client:create', { name: 'Kumppani Oy' })).value.id;
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const example = readFileSync(join(repoRoot, EXAMPLE_CUSTOM_PATH), 'utf8');

it('imports the example questionnaire, refuses a broken one by its JSON path, previews it', async () => {
  await page.goto(app.url);
  await page.reload();
  await page.getByRole('button', { name: 'Kyselylomakkeet' }).click();
  await page.getByRole('heading', { name: 'Kyselylomakkeet', level: 1 }).waitFor();
  // The built-in ones: v2 (the default) and v1 (kept for the assessments made with it).
  await expect(page.locator('tr[data-questionnaire]').count()).resolves.toBe(2);

  const broken = JSON.parse(example) as { areas: { title: { fi?: string } }[] };
  delete broken.areas[2]!.title.fi;
  await page.getByTestId('questionnaire-file').setInputFiles({ name: 'rikki.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  const problems = page.getByTestId('questionnaire-problems');
  await expect(problems.textContent()).resolves.toContain('areas[2].title.fi: suomenkielinen teksti puuttuu');
  await expect(page.locator('tr[data-questionnaire]').count()).resolves.toBe(2);

  await page.getByTestId('questionnaire-file').setInputFiles(join(repoRoot, EXAMPLE_CUSTOM_PATH));
  await page.locator('tr[data-questionnaire="kumppanuustimantti"]').waitFor();
  await expect(problems.count()).resolves.toBe(0);
  await expect(page.locator('tr[data-questionnaire="kumppanuustimantti"]').textContent()).resolves.toContain('5 osa-aluetta, 11 väittämää');
  await page.screenshot({ path: join(shots, 'questionnaires.png') });
  expect(await a11yViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Esikatsele: Kumppanuustimantti' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kumppanuustimantti, versio 1' });
  await dialog.waitFor();
  await expect(dialog.getByTestId('preview-stages').textContent()).resolves.toContain('Yksi palvelu');
  await dialog.getByRole('button', { name: /Kumppanuudet/ }).click();
  await expect(dialog.getByText('Asiakas kokee meidät ja kumppanimme yhtenä palveluna.').isVisible()).resolves.toBe(true);
  await page.screenshot({ path: join(shots, 'preview.png') });
  expect(await a11yViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Sulje' }).click();
});

it('offers it for a new assessment, and the runner shows its extra area', async () => {
  await page.goto(`${app.url}#/clients/${clientId}/new`);
  await page.reload();
  await page.getByRole('combobox', { name: 'Kyselylomake' }).click();
  await page.getByRole('option', { name: /Kumppanuustimantti, versio 1/ }).click();
  await page.getByRole('textbox', { name: 'Kumppanuudet: Tavoite' }).fill('4');
  // The diamond areas the questionnaire leaves out are not asked about.
  await expect(page.getByRole('textbox', { name: 'Brändi: Paino' }).count()).resolves.toBe(0);
  await page.screenshot({ path: join(shots, 'setup.png') });
  expect(await a11yViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Aloita työpaja' }).click();
  await page.waitForURL(/#\/assessments\/[a-z0-9-]+\/run/);

  const tile = page.locator('nav [data-area-id="partnerships"]');
  await tile.click();
  await expect(page.getByText('Kumppanimme tuntevat asiakaslupauksemme ja toimivat sen mukaan.').first().isVisible()).resolves.toBe(true);
  await expect(page.locator('nav [data-area-id]').count()).resolves.toBe(5);
  await page.screenshot({ path: join(shots, 'runner.png') });
  expect(await a11yViolations(page)).toEqual([]);

  const id = /assessments\/([a-z0-9-]+)\/run/.exec(page.url())![1]!;
  const created = (await callApi<{ value: { questionnaire: { id: string }; areas: Record<string, unknown> } }>(page, 'assessment:get', { id })).value;
  expect(created.questionnaire.id).toBe('kumppanuustimantti');
  expect(created.areas).toEqual({ partnerships: { target: 4 } });
  console.log(`screenshots in ${shots}`);
});

it.each([
  ['ten', tenAreaQuestionnaire],
  ['six', sixAreaQuestionnaire],
])('draws a %s-area questionnaire in the runner’s diamond and the results’ radar', async (name, make) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const q = make();
  await callApi(page, 'questionnaire:import', { content: JSON.stringify(q) });
  const created = await callApi<{ value: { id: string } }>(page, 'assessment:create', {
    clientId,
    title: `${name} areas`,
    date: '2026-05-04',
    language: 'fi',
    questionnaire: { id: q.id, version: q.version },
    areas: { [q.areas.at(-1)!.id]: { target: 4 } },
  });
  const id = created.value.id;
  for (const [i, statementId] of q.areas.flatMap((a) => a.statements.map((s) => s.id)).entries())
    await callApi(page, 'answer:save', { assessmentId: id, statementId, participantId: null, value: (i % 5) + 1 });

  await page.goto(`${app.url}#/assessments/${id}/run`);
  await page.reload();
  await page.locator('nav [data-area-id]').first().waitFor();
  await expect(page.locator('nav [data-area-id]').count()).resolves.toBe(q.areas.length);
  await page.screenshot({ path: join(shots, `runner-${name}.png`) });
  expect(await a11yViolations(page)).toEqual([]);

  await page.goto(`${app.url}#/assessments/${id}/results`);
  await page.reload();
  const radar = page.locator('[data-series]').first();
  await radar.waitFor();
  const series = JSON.parse((await radar.getAttribute('data-series'))!) as { key: string; values: (number | null)[] }[];
  expect(series.find((s) => s.key === 'current')?.values).toHaveLength(q.areas.length);
  await page.screenshot({ path: join(shots, `results-${name}.png`), fullPage: true });
  expect(errors).toEqual([]);
});

it('retires it in the questionnaires view: not offered for new assessments, existing ones still open; restores it', async () => {
  await page.goto(`${app.url}#/questionnaires`);
  await page.reload();
  await page.getByRole('button', { name: 'Poista käytöstä: Kumppanuustimantti' }).click();
  await expect.poll(() => page.locator('tr[data-questionnaire="kumppanuustimantti"]').textContent()).toContain('Poistettu käytöstä');
  expect(await a11yViolations(page)).toEqual([]);

  await page.goto(`${app.url}#/clients/${clientId}/new`);
  await page.reload();
  await page.getByRole('combobox', { name: 'Kyselylomake' }).click();
  await page.getByRole('option').first().waitFor();
  await expect(page.getByRole('option', { name: /Kumppanuustimantti/ }).count()).resolves.toBe(0);
  await page.keyboard.press('Escape');
  const list = (await callApi<{ value: { id: string; questionnaire: { id: string } }[] }>(page, 'assessment:list', { clientId })).value;
  const taken = list.find((a) => a.questionnaire.id === 'kumppanuustimantti')!;
  // The assessment taken with it still opens, from its own snapshot.
  await page.goto(`${app.url}#/assessments/${taken.id}/run`);
  await page.reload();
  await page.locator('nav [data-area-id="partnerships"]').waitFor();

  await page.goto(`${app.url}#/questionnaires`);
  await page.reload();
  await page.getByRole('button', { name: 'Ota käyttöön: Kumppanuustimantti' }).click();
  await expect.poll(() => page.locator('tr[data-questionnaire="kumppanuustimantti"]').textContent()).toContain('Käytössä');
});
