/**
 * Screenshots of the phone's voting page (docs/screenshots/voting-phone-fi.png
 * and -en.png) at 360 × 640, the phone's screen as a participant sees it after voting. The
 * voting service runs in this process on 127.0.0.1 with the example
 * assessment's questionnaire; nothing listens on a real interface.
 *
 *   npx tsx scripts/voting-screenshots.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { VotingState } from '../core/voting/contract';
import { Library } from '../main/library/library';
import { BUILT_IN_QUESTIONNAIRES } from '../main/open-library';
import { createVotingService } from '../main/voting/voting-service';
import { launchBrowser } from '../test/e2e/harness';

const root = join(import.meta.dirname, '..');
const OUT = join(root, 'docs', 'screenshots');
type Running = Extract<VotingState, { running: true }>;

const tmp = mkdtempSync(join(os.tmpdir(), 'timantti-voting-shots-'));
const library = await Library.open({ dataDir: tmp, appVersion: 'screenshots', questionnaires: BUILT_IN_QUESTIONNAIRES });
const client = await library.createClient({ name: 'Nordtek Huolto Oy' });
const assessment = await library.createAssessment({
  clientId: client.id,
  title: 'Kypsyysarvio 2026',
  date: '2026-03-17',
  language: 'fi',
  participants: [
    { id: 'anna', name: 'Anna Virtanen' },
    { id: 'jukka', name: 'Jukka Laine' },
  ],
});
const service = createVotingService({
  library: () => ({ library }),
  networkInterfaces: () => ({
    lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }],
  }),
});
const statementId = assessment.questionnaire.areas[0]!.statements[0]!.id;
const state = (await service.start({ assessmentId: assessment.id, address: '127.0.0.1', seats: { mode: 'participants' }, statementId })) as Running;

const browser = await launchBrowser();
try {
  for (const [language, seat] of [
    ['fi', 'Anna Virtanen'],
    ['en', 'Jukka Laine'],
  ] as const) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(state.joinUrl);
    if (language === 'en') await page.getByRole('button', { name: 'EN', exact: true }).tap();
    await page.getByRole('button', { name: seat }).tap();
    await page.locator('#levels button').nth(2).waitFor();
    await page.locator('#levels button').nth(1).tap();
    await page.locator('#status.ok').waitFor();
    // What the phone's screen shows: the top of the statement, with the sticky "received" line at the bottom.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUT, `voting-phone-${language}.png`) });
    await context.close();
  }
} finally {
  await browser.close();
  await service.close();
  await library.close();
  rmSync(tmp, { recursive: true, force: true });
}
process.stdout.write(`wrote ${join(OUT, 'voting-phone-fi.png')} and -en.png\n`);
