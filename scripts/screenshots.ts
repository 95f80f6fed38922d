/**
 * Regenerates docs/screenshots/*.png from the real app in browser mode and
 * Debian's Chromium. Run with `npm run screenshots` (it builds first).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, startApp } from '../test/e2e/harness';

const outDir = join(import.meta.dirname, '..', 'docs', 'screenshots');

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-shots-')), { LANG: 'fi_FI.UTF-8', LC_ALL: 'fi_FI.UTF-8' });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(app.url);
    for (const [language, button, heading] of [
      ['fi', 'Suomi', 'Asiakaskokemuksen timantti'],
      ['en', 'English', 'The customer-experience diamond'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      await page.getByRole('heading', { name: heading }).waitFor();
      await page.evaluate(() => document.fonts.ready);
      const file = join(outDir, `start-${language}.png`);
      await page.screenshot({ path: file });
      process.stdout.write(`wrote ${file}\n`);
    }
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
