/**
 * Screenshots of the facilitator's phone voting dialog at a projector's
 * 1280 × 720 (docs/screenshots/voting-dialog-fi.png and -en.png), with three
 * phones joined and two voted. The app runs in browser mode; the participant
 * server is started in the dialog on 127.0.0.1 only: nothing listens on a
 * real interface. Checks on the way that the phones' votes reach the grid
 * and that the dialog has no serious accessibility violation.
 *
 *   npm run build && npx tsx scripts/voting-dialog-screenshots.ts
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Assessment } from '../core/assessment/schema';
import type { VotingState } from '../core/voting/contract';
import { callApi, launchBrowser, seriousA11yViolations, startApp } from '../test/e2e/harness';

const root = join(import.meta.dirname, '..');
const OUT = join(root, 'docs', 'screenshots');
const STATEMENT = 'cun-leaders-meet-customers';
type Running = Extract<VotingState, { running: true }>;

const app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-voting-dialog-')));
const browser = await launchBrowser();
const fail = (message: string): never => {
  throw new Error(message);
};
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce', locale: 'fi-FI' });
  await page.goto(app.url);
  await callApi(page, 'library:import', { content: readFileSync(join(root, 'assessments/examples/nordtek-2026.json'), 'utf8'), mode: 'copy' });
  for (const [language, labels] of [
    ['fi', { open: 'Puhelinäänestys', start: 'Aloita', close: 'Sulje (äänestys jatkuu)', stop: 'Lopeta puhelinäänestys' }],
    ['en', { open: 'Phone voting', start: 'Start', close: 'Close (voting continues)', stop: 'Stop phone voting' }],
  ] as const) {
    await callApi(page, 'settings:set', { language });
    await page.goto(`${app.url}#/assessments/nordtek-2026/run/${STATEMENT}`);
    await page.reload();
    await page.locator('[data-presentation]').waitFor();
    // The statement as the room meets it: no votes yet.
    const before = (await callApi<{ value: Assessment }>(page, 'assessment:get', { id: 'nordtek-2026' })).value;
    for (const participant of before.participants)
      await callApi(page, 'answer:save', { assessmentId: 'nordtek-2026', statementId: STATEMENT, participantId: participant.id, value: null });
    await page.reload();
    await page.locator('[data-presentation]').waitFor();
    await page.getByRole('button', { name: labels.open, exact: true }).click();
    const dialog = page.getByRole('dialog');
    // Only this computer: the tests and the screenshots never open a real interface.
    await dialog.getByRole('radio', { name: /127\.0\.0\.1/ }).check();
    await dialog.getByRole('button', { name: labels.start, exact: true }).click();
    await dialog.getByRole('img').waitFor();
    const state = (await callApi<{ value: VotingState }>(page, 'voting:state', { waitMs: 0 })).value;
    if (!state.running || state.address !== '127.0.0.1') fail(`not running on loopback: ${JSON.stringify(state)}`);
    const running = state as Running;
    const voted = await phonesVote(page, running);
    await dialog
      .locator(`li[data-voted="true"]`)
      .nth(voted.length - 1)
      .waitFor();
    const violations = await seriousA11yViolations(page);
    if (violations.length > 0) fail(`accessibility: ${JSON.stringify(violations, null, 2)}`);
    await page.screenshot({ path: join(OUT, `voting-dialog-${language}.png`) });
    // The votes are in the assessment and, the dialog closed, in the grid.
    const stored = (await callApi<{ value: Assessment }>(page, 'assessment:get', { id: 'nordtek-2026' })).value.answers[STATEMENT]?.votes ?? {};
    for (const { participantId, value } of voted) if (stored[participantId] !== value) fail(`vote of ${participantId} not stored: ${JSON.stringify(stored)}`);
    await dialog.getByRole('button', { name: labels.close }).click();
    await page.getByTestId('phone-voting-chip').waitFor();
    if (language === 'fi') await page.screenshot({ path: join(OUT, 'voting-runner-chip-fi.png') });
    await page.getByTestId('phone-voting-chip').click();
    await dialog.getByRole('button', { name: labels.stop }).click();
    await page.getByRole('button', { name: labels.open, exact: true }).waitFor();
  }
} finally {
  await browser.close();
  await app.stop();
}
process.stdout.write(`wrote ${join(OUT, 'voting-dialog-fi.png')} and -en.png\n`);

/** Three phones claim the first three seats; the first two vote 4 and 2. */
async function phonesVote(page: Page, state: Running) {
  const voted: { participantId: string; value: number }[] = [];
  const phones = await Promise.all([0, 1, 2].map(() => browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true })));
  for (const [i, phone] of phones.entries()) {
    const seat = state.seats[i] ?? fail('too few seats');
    const p = await phone.newPage();
    await p.goto(state.joinUrl);
    await p.getByRole('button', { name: seat.label }).tap();
    await p.locator('#levels button').nth(4).waitFor();
    if (i < 2) {
      const value = i === 0 ? 4 : 2;
      await p
        .locator('#levels button')
        .nth(value - 1)
        .tap();
      await p.locator('#status.ok').waitFor();
      voted.push({ participantId: seat.participantId, value });
    }
  }
  await page.waitForTimeout(200);
  return voted;
}
