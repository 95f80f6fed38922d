import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AnswerValue, Assessment } from '../../core/assessment/schema';
import { scoreAssessment } from '../../core/scoring';
import { roundForExport } from '../../core/scoring/rounding';
import type { VotingState } from '../../core/voting/contract';
import { repoRoot } from '../fixtures/builders';
import { callApi, launchBrowser, PAGE_OPTIONS, seriousA11yViolations, startApp, type RunningApp } from './harness';

// Issue 14 end to end: the facilitator's app in one browser context, eight
// phones (a phone's viewport, touch) in others. The participant server is
// started from the dialog on 127.0.0.1 only — never a real interface. All
// phones share that one address here, so the per-address cap is raised.

type Running = Extract<VotingState, { running: true }>;
const PEOPLE = ['Aino', 'Bertta', 'Cecilia', 'Daniel', 'Eero', 'Fredrik', 'Greta', 'Hannu'];
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: 'fi-FI', reducedMotion: 'reduce' as const };

let app: RunningApp;
let browser: Browser;
let page: Page;
let assessment: Assessment;

beforeAll(async () => {
  app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-phone-voting-')), { LANG: 'en_US.UTF-8', TIMANTTI_VOTING_CONNECTIONS_PER_ADDRESS: '40' });
  browser = await launchBrowser();
  page = await browser.newPage({ ...PAGE_OPTIONS, viewport: { width: 1280, height: 720 } });
  await page.goto(app.url);
  const client = await callApi<{ value: { id: string } }>(page, 'client:create', { name: 'Puhelin Oy' });
  assessment = (
    await callApi<{ value: Assessment }>(page, 'assessment:create', {
      clientId: client.value.id,
      title: 'Puhelinäänestys',
      date: '2026-12-02',
      language: 'fi',
      participants: PEOPLE.map((name) => ({ id: name.toLowerCase(), name })),
    })
  ).value;
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const plain = (s: string | null) => (s ?? '').replaceAll('\u00ad', '');
/** What phone `p` finally votes on the `i`th statement. */
const planned = (p: number, i: number): AnswerValue => (p === 7 && i === 1 ? 'na' : p === 6 && i === 2 ? 'dont-know' : ((((p + i) % 5) + 1) as AnswerValue));

async function vote(phone: Page, value: AnswerValue) {
  const button =
    typeof value === 'number'
      ? phone.locator('#levels button').nth(value - 1)
      : phone.getByRole('button', { name: value === 'na' ? 'Ei koske' : 'En osaa sanoa' });
  await button.tap();
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
  await phone.locator('#status.ok').waitFor();
}

it('eight phones join by the QR URL and vote on three statements; a reloaded phone keeps its seat; the assessment holds exactly those votes', async () => {
  const statements = assessment.questionnaire.areas.flatMap((a) => a.statements).slice(0, 3);
  await page.goto(`${app.url}#/assessments/${assessment.id}/run/${statements[0]!.id}`);
  await page.locator('[data-presentation]').waitFor();

  // Nothing listens before Start. The mouse opens the dialog and picks the network; the keys start it.
  await page.getByRole('button', { name: 'Phone voting', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Phone voting' });
  await dialog.getByRole('radio', { name: /127\.0\.0\.1/ }).check();
  expect((await callApi<{ value: VotingState }>(page, 'voting:state', { waitMs: 0 })).value.running).toBe(false);
  // Enter on the chosen network starts, as Start does (the setup is a form, like the app's other dialogs).
  await page.keyboard.press('Enter');
  await dialog.getByRole('img', { name: 'QR code for the voting page' }).waitFor();
  expect(await seriousA11yViolations(page)).toEqual([]);
  const state = (await callApi<{ value: Running }>(page, 'voting:state', { waitMs: 0 })).value;
  expect(state).toMatchObject({ running: true, address: '127.0.0.1', statementId: statements[0]!.id });
  expect(await dialog.getByTestId('voting-code').textContent()).toBe(state.shortCode);
  await dialog.getByRole('button', { name: 'Close (voting continues)' }).click();

  const phones: Page[] = [];
  for (const name of PEOPLE) {
    const phone = await (await browser.newContext(PHONE)).newPage();
    await phone.goto(state.joinUrl);
    await phone.getByRole('button', { name, exact: true }).tap();
    await phone.locator('#levels button').nth(4).waitFor();
    phones.push(phone);
  }

  for (const [i, statement] of statements.entries()) {
    for (const phone of phones) await expect.poll(async () => plain(await phone.locator('#statement').textContent())).toBe(statement.text.fi);
    for (const [p, phone] of phones.entries()) {
      if (p === 2 && i === 1) {
        // A first thought, then the page reloads mid-vote (a screen lock, a Wi-Fi drop): same seat, vote changed.
        await vote(phone, 1);
        await phone.reload();
        await expect.poll(() => phone.locator('#who').textContent()).toContain(PEOPLE[2]);
        await expect.poll(async () => plain(await phone.locator('#statement').textContent())).toBe(statement.text.fi);
      }
      await vote(phone, planned(p, i)).catch(async (e: unknown) => {
        throw new Error(`phone ${p} statement ${i}: ${await phone.locator('body').innerText()}`, { cause: e });
      });
    }
    // The facilitator sees all eight voted, and the votes in the grid.
    await expect.poll(() => page.getByTestId('phone-voting-chip').textContent()).toBe('8/8');
    await expect.poll(() => page.getByRole('button', { name: new RegExp(`${PEOPLE[0]}: Level ${planned(0, i)}$`) }).getAttribute('aria-pressed')).toBe('true');
    if (i < statements.length - 1) await page.keyboard.press('Enter');
  }

  await page.getByTestId('phone-voting-chip').click();
  await dialog.getByRole('button', { name: 'Stop phone voting' }).click();
  await page.getByRole('button', { name: 'Phone voting', exact: true }).waitFor();
  expect((await callApi<{ value: VotingState }>(page, 'voting:state', { waitMs: 0 })).value.running).toBe(false);

  // Exactly those votes: on the three statements, from the eight seats, nothing else.
  const stored = (await callApi<{ value: Assessment }>(page, 'assessment:get', { id: assessment.id })).value;
  const expected = Object.fromEntries(statements.map((s, i) => [s.id, Object.fromEntries(PEOPLE.map((name, p) => [name.toLowerCase(), planned(p, i)]))]));
  expect(Object.fromEntries(Object.entries(stored.answers).map(([id, a]) => [id, a.votes]))).toEqual(expected);
  expect(stored.participants.map((p) => p.name)).toEqual(PEOPLE);

  // And `timantti score` scores the same assessment.
  const file = join(mkdtempSync(join(tmpdir(), 'timantti-phone-score-')), 'arvio.json');
  writeFileSync(file, JSON.stringify(stored));
  const out = spawnSync(process.execPath, [join(repoRoot, 'bin', 'timantti.js'), 'score', file, '--json'], { encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  const scored = JSON.parse(out.stdout) as { coverage: { answered: number; total: number }; overall: number | null };
  expect(scored.coverage).toMatchObject({ answered: 3, total: assessment.questionnaire.areas.flatMap((a) => a.statements).length });
  expect(scored.overall).toBe(scoreAssessment(stored).overall === null ? null : roundForExport(scoreAssessment(stored).overall!));
}, 120_000);
