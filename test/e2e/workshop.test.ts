import { roundForExport } from '../../core/scoring/rounding';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue, Assessment } from '../../core/assessment/schema';
import { runCli } from '../../main/cli/run';
import { defaultQuestionnaire } from '../fixtures/builders';
import { a11yViolations, callApi, launchBrowser, PAGE_OPTIONS, startApp, type RunningApp } from './harness';

const STATEMENTS = defaultQuestionnaire().areas.flatMap((a) => a.statements.map((s) => s.id));

/** What the test types for statement i: three votes, sometimes N/A, sometimes an agreed score. */
function plan(i: number): { votes: AnswerValue[]; agreed?: number } {
  const votes: AnswerValue[] = [(i % 5) + 1, ((i + 2) % 5) + 1, i % 7 === 3 ? 'na' : ((i + 4) % 5) + 1];
  return i % 3 === 0 ? { votes, agreed: ((i + 1) % 5) + 1 } : { votes };
}
const keyOf = (v: AnswerValue) => (v === 'na' ? 'n' : v === 'dont-know' ? 'd' : String(v));

const TEXT = {
  fi: {
    language: 'Suomi',
    newClient: 'Uusi asiakas',
    clientName: 'Asiakkaan nimi',
    create: 'Luo',
    addParticipant: 'Lisää osallistuja',
    name: 'Nimi',
    role: 'Rooli',
    group: 'Ryhmä',
    target: 'Asiakasymmärrys: Tavoite',
    start: 'Aloita työpaja',
    saved: 'Tallennettu',
    results: 'Tulokset',
    firstStatement: 'Asiakastietoa kootaan ja analysoidaan useista lähteistä',
    note: 'Asiakastieto on hajallaan kolmessa järjestelmässä – sovittiin selvitys.',
    library: 'Kirjasto',
    settings: 'Asetukset',
    import: 'Tuo tiedostosta',
  },
  en: {
    language: 'English',
    newClient: 'New client',
    clientName: 'Client name',
    create: 'Create',
    addParticipant: 'Add participant',
    name: 'Name',
    role: 'Role',
    group: 'Group',
    target: 'Customer understanding: Target',
    start: 'Start workshop',
    saved: 'Saved',
    results: 'Results',
    firstStatement: 'Customer information is gathered and analysed from several sources',
    note: 'Customer data sits in three systems – a review was agreed.',
    library: 'Library',
    settings: 'Settings',
    import: 'Import from file',
  },
};

describe.each(['fi', 'en'] as const)('a whole workshop in %s, keyboard first', (language) => {
  const t = TEXT[language];
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const violations: Record<string, unknown[]> = {};
  const pageErrors: string[] = [];

  // Every impact, minor included (issue 11: zero violations on every screen).
  const audit = async (screen: string) => {
    const found = await a11yViolations(page);
    if (found.length) violations[`${language}/${screen}`] = found;
  };

  beforeAll(async () => {
    app = await startApp(mkdtempSync(join(tmpdir(), `timantti-workshop-${language}-`)), { LANG: 'en_US.UTF-8' });
    browser = await launchBrowser();
    page = await browser.newPage({ ...PAGE_OPTIONS, viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(app.url);
    await page.getByRole('button', { name: t.language, exact: true }).click();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('creates a client and an assessment with three participants', async () => {
    await audit('library-empty');
    // Keyboard: the "new client" button is reachable and opens the dialog with Enter.
    await page.getByRole('button', { name: t.newClient }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: t.clientName }).fill('Nordtek Huolto Oy');
    await audit('client-dialog');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: t.start }).waitFor();
    // The setup, by keyboard too: a new participant row takes the focus, Tab moves along it.
    for (const [name, role, group] of [
      ['Anna Laaksonen', 'CEO', 'johto'],
      ['Jukka Niemi', 'Service manager', 'asiakaspalvelu'],
      ['Laura Virtanen', 'Customer service', 'asiakaspalvelu'],
    ] as const) {
      await page.getByRole('button', { name: t.addParticipant }).focus();
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).resolves.toBe('');
      await page.keyboard.type(name);
      await page.keyboard.press('Tab');
      await page.keyboard.type(role);
      await page.keyboard.press('Tab');
      await page.keyboard.type(group);
    }
    await expect(page.getByRole('textbox', { name: t.name }).last().inputValue()).resolves.toBe('Laura Virtanen');
    await expect(page.getByRole('combobox', { name: t.group }).last().inputValue()).resolves.toBe('asiakaspalvelu');
    await page.getByRole('textbox', { name: t.target }).focus();
    await page.keyboard.type('4');
    await audit('setup');
    await page.getByRole('button', { name: t.start }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: t.firstStatement }).waitFor();
  });

  it('scores all 45 statements with the keyboard, with N/A, agreed scores and a note', async () => {
    await audit('runner');
    for (let i = 0; i < STATEMENTS.length; i++) {
      const { votes, agreed } = plan(i);
      for (const v of votes) {
        await page.keyboard.press(keyOf(v));
        await page.keyboard.press('ArrowDown');
      }
      if (agreed !== undefined) await page.keyboard.press(String(agreed));
      if (i === 0) {
        await page.keyboard.press('m');
        await page.keyboard.type(t.note);
        await page.keyboard.press('Escape');
      }
      if (i < STATEMENTS.length - 1) await page.keyboard.press('Enter');
    }
    await page.locator('[data-save-state="saved"]').waitFor();
    await expect(page.locator('[data-save-state]').textContent()).resolves.toContain(t.saved);
    await page.keyboard.press('p');
    await page.locator('[data-presentation="on"]').waitFor();
    await audit('runner-presentation');
    await page.keyboard.press('p');
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    await audit('shortcut-help');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('shows results whose radar is exactly what `timantti score` computes', async () => {
    await page.getByRole('button', { name: t.results }).first().click();
    const radar = page.getByTestId('radar');
    await radar.waitFor();
    await audit('results');
    const series = JSON.parse((await radar.getAttribute('data-series')) ?? '[]') as { key: string; values: (number | null)[] }[];
    const id = /assessments\/([a-z0-9-]+)\/results/.exec(page.url())![1]!;

    const exported = await callApi<{ ok: boolean; value: { content: string } }>(page, 'export:assessment', { id });
    const file = join(mkdtempSync(join(tmpdir(), 'timantti-e2e-export-')), 'assessment.json');
    const assessment = (JSON.parse(exported.value.content) as { assessments: Assessment[] }).assessments[0]!;
    writeFileSync(file, JSON.stringify(assessment));
    const cli = JSON.parse((await runCli(['score', file, '--json'])).stdout) as { areas: { areaId: string; score: number | null; target: number | null }[] };
    const exported2dp = (v: number | null) => (v === null ? null : roundForExport(v));
    expect(series.find((s) => s.key === 'current')!.values.map(exported2dp)).toEqual(cli.areas.map((a) => a.score));
    expect(series.find((s) => s.key === 'target')!.values).toEqual(cli.areas.map((a) => a.target));
  });

  it('keeps every answer across a reload', async () => {
    await page.reload();
    await page.getByTestId('radar').waitFor();
    const id = /assessments\/([a-z0-9-]+)\/results/.exec(page.url())![1]!;
    const got = await callApi<{ ok: boolean; value: Assessment }>(page, 'assessment:get', { id });
    const people = got.value.participants.map((p) => p.id);
    expect(people).toHaveLength(3);
    STATEMENTS.forEach((statementId, i) => {
      const { votes, agreed } = plan(i);
      const answer = got.value.answers[statementId];
      expect(answer?.votes, statementId).toEqual(Object.fromEntries(people.map((p, j) => [p, votes[j]])));
      expect(answer?.agreed, statementId).toEqual(agreed);
    });
    expect(got.value.answers[STATEMENTS[0]!]?.note).toBe(t.note);

    // And the screen shows them: back in the runner on the first statement.
    await page.goto(`${app.url}#/assessments/${id}/run/${STATEMENTS[0]}`);
    await page.getByRole('heading', { name: t.firstStatement }).waitFor();
    await expect(page.getByRole('textbox').first().inputValue()).resolves.toBe(t.note);
    const pressed = await page.locator('[aria-pressed="true"]').count();
    expect(pressed).toBeGreaterThanOrEqual(4); // three votes and the agreed score
  });

  it('has no accessibility violations of any impact on any screen', async () => {
    await page.getByRole('button', { name: t.library }).click();
    await page.getByRole('heading', { name: 'Nordtek Huolto Oy' }).waitFor();
    await audit('library');
    await page
      .getByRole('button', { name: /: (Toiminnot|Actions)$/ })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await audit('library-menu');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: t.import }).click();
    await page.getByRole('dialog').waitFor();
    await audit('import-dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: t.settings }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await audit('settings');
    expect(violations).toEqual({});
    expect(pageErrors).toEqual([]);
  });
});
