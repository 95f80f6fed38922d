/**
 * `npm run smoke:desktop`: launches the BUILT desktop app in real Electron
 * (Playwright's `_electron`) and checks, as a user would:
 *   1. the window shows the library, served from timantti://;
 *   2. the preload API answers (app:info says shell "desktop");
 *   3. an answer save round-trips through IPC to disk and back;
 *   4. closing the window with an answer not yet on disk asks first.
 *
 * It needs Electron's binary, so it cannot run on machines that cannot
 * download it (the CI machines of this project): it is NOT part of
 * `npm test`. A maintainer runs it before a release:
 *   npm run build && npm run smoke:desktop
 * It uses a throw-away data folder and exits non-zero on the first failure.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron } from 'playwright-core';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

function check(ok: unknown, what: string): void {
  if (!ok) throw new Error(`smoke:desktop FAILED: ${what}`);
  console.log(`ok  ${what}`);
}

async function main(): Promise<void> {
  if (!existsSync(join(root, 'out', 'main', 'index.js'))) throw new Error('Build first: npm run build');
  const electronDir = dirname(require.resolve('electron/package.json'));
  if (!existsSync(join(electronDir, 'path.txt'))) throw new Error('Electron’s binary is missing: run `npm start` once (it downloads it), then retry.');
  const dataDir = mkdtempSync(join(tmpdir(), 'timantti-smoke-'));
  const app = await electron.launch({
    args: [join(root, 'out', 'main', 'index.js'), '--data', dataDir],
    cwd: root,
    env: { ...process.env, LANG: 'en_GB.UTF-8' },
  });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    check(page.url().startsWith('timantti://app/'), `the window shows the app from timantti:// (${page.url()})`);
    await page.getByRole('heading').first().waitFor();

    type Api = Record<string, (input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>>;
    const call = (channel: string, input?: unknown) =>
      page.evaluate(([c, i]) => (window as unknown as { timantti: Api }).timantti[c as string]!(i), [channel, input] as const);
    const info = (await call('app:info')) as { ok: boolean; value: { shell: string } };
    check(info.ok && info.value.shell === 'desktop', 'the preload API answers app:info as the desktop shell');
    check(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require === 'undefined'), 'the page has no Node require');

    const client = (await call('client:create', { name: 'Smoke Oy' })) as { value: { id: string } };
    const created = (await call('assessment:create', {
      clientId: client.value.id,
      title: 'Smoke',
      date: '2026-01-01',
      language: 'en',
      participants: [{ id: 'anna', name: 'Anna' }],
    })) as {
      value: { id: string };
    };
    const id = created.value.id;
    await call('answer:save', { assessmentId: id, statementId: 'org-cx-owner', participantId: 'anna', value: 4 });
    const back = (await call('assessment:get', { id })) as { value: { answers: Record<string, { votes?: Record<string, number> }> } };
    check(back.value.answers['org-cx-owner']?.votes?.anna === 4, 'an answer save round-trips through IPC and the library');

    // Make the next save fail (a folder where the file goes), then close: the app must ask.
    const file = join(dataDir, 'library', 'assessments', `${id}.json`);
    rmSync(file);
    mkdirSync(join(file, 'blocker'), { recursive: true });
    await call('answer:save', { assessmentId: id, statementId: 'org-cx-owner', participantId: 'anna', value: 2 });
    await app.evaluate(({ dialog }) => {
      const g = globalThis as { asked?: boolean };
      dialog.showMessageBoxSync = () => {
        g.asked = true;
        return 0; // "Stay"
      };
    });
    await page.evaluate(() => window.close());
    await new Promise((r) => setTimeout(r, 1000));
    check(await app.evaluate(() => (globalThis as { asked?: boolean }).asked === true), 'closing with an unsaved answer asks first');
    check(app.windows().length === 1, 'choosing "Stay" keeps the window');
  } finally {
    await app.close().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log('smoke:desktop passed');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
