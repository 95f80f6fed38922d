import type { NetworkInterfaceInfo } from 'node:os';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VotingState } from '../../core/voting/contract';
import type { Library } from '../../main/library/library';
import { createVotingService } from '../../main/voting/voting-service';
import { seeded } from '../main/library/helpers';
import { launchBrowser, seriousA11yViolations } from './harness';

/**
 * The phone page on its own, in Chromium with a phone's viewport and touch:
 * the voting service runs in this process on 127.0.0.1 (no build needed).
 * The facilitator's side of the same flow is in the app's end-to-end tests.
 */

const LOOPBACK: NodeJS.Dict<NetworkInterfaceInfo[]> = {
  lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }],
};
type Running = Extract<VotingState, { running: true }>;
const PHONE = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' as const };

let browser: Browser;
let library: Library;
let service: ReturnType<typeof createVotingService>;
let state: Running;
let assessmentId: string;
let statements: string[];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const s = await seeded();
  library = s.library;
  assessmentId = s.assessment.id;
  statements = s.assessment.questionnaire.areas.flatMap((a) => a.statements.map((x) => x.id));
  service = createVotingService({ library: () => ({ library }), networkInterfaces: () => LOOPBACK, limits: { maxConnectionsPerAddress: 100 } });
  state = (await service.start({ assessmentId, address: '127.0.0.1', seats: { mode: 'participants' }, statementId: statements[0]! })) as Running;
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await service?.close();
  await library?.close();
});

async function phone(locale = 'fi-FI'): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, locale });
  contexts.push(context);
  return context.newPage();
}

const votes = async () => (await library.getAssessment(assessmentId)).answers;

describe('the phone page', () => {
  it('joins by the QR URL, claims a seat, votes, and keeps its seat over a reload', async () => {
    const page = await phone();
    await page.goto(state.joinUrl);
    // The secret leaves the address bar once read.
    await page.getByRole('button', { name: 'Anna' }).tap();
    expect(page.url()).toBe(state.baseUrl);
    await expect.poll(() => page.locator('#statement').textContent()).toBeTruthy();
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');
    expect(await page.locator('#who').textContent()).toBe('Sinä: Anna');
    expect(await page.locator('#levels button').count()).toBe(5);
    expect(await page.getByRole('button', { name: 'Ei koske' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'En osaa sanoa' }).count()).toBe(1);
    // Big targets and no sideways scrolling at 360 px.
    for (const box of await page.locator('button.choice').evaluateAll((els) => els.map((e) => e.getBoundingClientRect())))
      expect(box.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.locator('#levels button').nth(3).tap();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Ääni tallennettu ✓');
    expect((await votes())[statements[0]!]?.votes).toEqual({ anna: 4 });
    expect(await page.locator('#levels button').nth(3).getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    await expect.poll(() => page.locator('#who').textContent()).toBe('Sinä: Anna');
    expect(await page.locator('#levels button').nth(3).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'En osaa sanoa' }).tap();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Ääni tallennettu ✓');
    expect((await votes())[statements[0]!]?.votes).toEqual({ anna: 'dont-know' });

    // The facilitator moves on: the phone follows, with no vote chosen.
    service.follow(statements[1]!);
    await expect.poll(() => page.locator('#levels button[aria-pressed=true]').count()).toBe(0);
    await expect.poll(() => page.locator('#status').textContent()).toBe('');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // English on the page's own switch.
    await page.getByRole('button', { name: 'EN', exact: true }).tap();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Not applicable' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: "Don't know" }).count()).toBe(1);
  });

  it('joins by the short code, says so when the code is wrong, and shows removal', async () => {
    const page = await phone('en-GB');
    await page.goto(state.baseUrl);
    // The phone's own choice of language outlasts the assessment's (Finnish).
    await page.getByRole('button', { name: 'EN', exact: true }).tap();
    const wrong = state.shortCode === '000000' ? '000001' : '000000';
    await page.locator('#codeInput').fill(wrong);
    await page.locator('#joinBtn').tap();
    await expect.poll(() => page.locator('#codeError').textContent()).toBe('Wrong code or link.');
    await page.locator('#codeInput').fill(state.shortCode);
    await page.locator('#joinBtn').tap();
    await page.getByRole('button', { name: 'Jukka' }).tap();
    await expect.poll(() => page.locator('#who').textContent()).toBe('You: Jukka');
    const seat = ((await service.state({})) as Running).seats.find((s) => s.label === 'Jukka')!;
    service.remove(seat.seatId);
    await expect.poll(() => page.locator('#endText').textContent()).toBe('The facilitator freed your seat. Join again.');
  });
});
