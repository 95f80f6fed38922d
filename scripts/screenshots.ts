/**
 * Regenerates docs/screenshots/*.png from the real app in browser mode and
 * Debian's Chromium: every screen in Finnish (the empty library also in
 * English), the report dialog at 1440×900 and 1280×720, the workshop runner
 * at 1440×900 and 1280×720 and in presentation mode at 1920×1080, 1440×900
 * and 1280×720, and the roadmap in Finnish
 * and English at 1440×900 and 1280×720. The library is filled from
 * assessments/examples/.
 * Run with `npm run screenshots` (it builds first).
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RoadmapItem } from '../core/roadmap/schema';
import { callApi as api, launchBrowser, PAGE_OPTIONS, startApp } from '../test/e2e/harness';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'docs', 'screenshots');

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  process.stdout.write(`wrote ${file}\n`);
}

/** A consultancy's logo as a PNG, drawn by Chromium from SVG, for the report dialog's preview. */
async function exampleLogo(browser: Browser): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'timantti-logo-')), 'konsultointi-logo.png');
  const page = await browser.newPage({ deviceScaleFactor: 2 });
  await page.setContent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="220" height="64" viewBox="0 0 220 64"><polygon points="32,4 60,32 32,60 4,32" fill="#1f5fa8"/><polygon points="32,16 48,32 32,48 16,32" fill="#fff"/><text x="72" y="41" font-family="sans-serif" font-size="24" font-weight="700" fill="#1b2a3a">Kide Oy</text></svg>',
  );
  await page.locator('svg').screenshot({ path: file, omitBackground: true });
  await page.close();
  return file;
}

/** The consultant's own actions in the roadmap screenshots. */
const OWN = {
  fi: {
    owner: 'Maija Mallikas',
    items: [
      {
        id: 'own-1',
        areaId: 'customer-understanding',
        phase: 1,
        order: 90,
        status: 'in-progress',
        owner: 'Jari Nieminen',
        due: '2027-01-31',
        title: 'Johtoryhmän asiakaspäivä kolmen avainasiakkaan kanssa',
        description: 'Koko johtoryhmä kuuntelee avainasiakkaiden ostajia, käyttäjiä ja päättäjiä yhden päivän ajan ja sopii kolme korjattavaa asiaa.',
      },
      {
        id: 'own-2',
        areaId: 'measurement',
        phase: 2,
        order: 90,
        status: 'proposed',
        title: 'Asiakaskokemuksen mittaristo johtoryhmän kuukausikatsaukseen',
        description: 'Kolme mittaria, joilla on nimetty omistaja ja tavoitetaso; katsaus kerran kuussa.',
      },
      { id: 'own-3', areaId: 'business-benefits', phase: 3, order: 90, status: 'proposed', title: 'Asiakaspoistuman euromääräinen seuranta hallitukselle' },
    ],
  },
  en: {
    owner: 'Sarah Collins',
    items: [
      {
        id: 'own-1',
        areaId: 'brand',
        phase: 1,
        order: 90,
        status: 'in-progress',
        owner: 'Tom Hughes',
        due: '2027-01-31',
        title: 'Brand promise workshop with sales and service leads',
        description: 'Agree the three experiences every customer should recognise, and where the service falls short of them today.',
      },
      {
        id: 'own-2',
        areaId: 'emotion',
        phase: 2,
        order: 90,
        status: 'proposed',
        title: 'Map the emotional highs and lows of onboarding',
        description: 'Interview five new customers about their first 90 days.',
      },
      { id: 'own-3', areaId: 'business-benefits', phase: 3, order: 90, status: 'proposed', title: 'Report churn in euros to the board' },
    ],
  },
} as const;

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const app = await startApp(mkdtempSync(join(tmpdir(), 'timantti-shots-')), { LANG: 'fi_FI.UTF-8', LC_ALL: 'fi_FI.UTF-8' });
  const browser = await launchBrowser();
  try {
    // A Finnish consultant's OS is in Finnish: native date and number fields follow it.
    const page = await browser.newPage({ ...PAGE_OPTIONS, locale: 'fi-FI', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(app.url);

    // The first start, in both languages.
    for (const [language, button, heading] of [
      ['en', 'English', 'Library'],
      ['fi', 'Suomi', 'Kirjasto'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await shot(page, `start-${language}`);
    }

    for (const id of ['nordtek-2025', 'nordtek-2026', 'harbour-2026']) {
      await api(page, 'library:import', { content: readFileSync(join(root, 'assessments/examples', `${id}.json`), 'utf8'), mode: 'copy' });
    }
    await page.reload();
    await page.getByRole('heading', { name: 'Nordtek Huolto Oy' }).waitFor();
    await shot(page, 'library-fi', true);

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${app.url}#/assessments/nordtek-2026/setup`);
    await page.getByRole('heading', { name: 'Arvion asetukset' }).waitFor();
    await shot(page, 'setup-fi', true);

    // The workshop on a laptop and on a projector's 1280×720, then in presentation mode.
    await page.goto(`${app.url}#/assessments/nordtek-2026/run/cun-leaders-meet-customers`);
    await page.locator('[data-presentation]').waitFor();
    await page.getByRole('heading', { name: 'Johto kohtaa asiakkaita säännöllisesti' }).waitFor();
    await shot(page, 'runner-fi');
    await page.setViewportSize({ width: 1280, height: 720 });
    await shot(page, 'runner-fi-1280x720');

    await page.keyboard.press('p');
    await page.locator('[data-presentation="on"]').waitFor();
    for (const [width, height] of [
      [1920, 1080],
      [1440, 900],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      await shot(page, `runner-presentation-${width}x${height}`);
    }
    await page.keyboard.press('p');
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${app.url}#/assessments/nordtek-2026/results`);
    await page.getByTestId('radar').waitFor();
    await page.waitForTimeout(300);
    await shot(page, 'results-fi', true);

    // The report's options, at a laptop's and a projector's size, with a logo picked.
    await page.getByRole('button', { name: 'Luo raportti' }).click();
    const reportDialog = page.getByRole('dialog', { name: 'Johdon raportti' });
    await reportDialog.getByRole('checkbox', { name: /2025/ }).waitFor();
    await page.getByTestId('report-logo-file').setInputFiles(await exampleLogo(browser));
    await reportDialog.getByRole('img').waitFor();
    for (const [width, height] of [
      [1440, 900],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      await shot(page, `report-dialog-${width}x${height}`);
    }
    await reportDialog.getByRole('button', { name: 'Peruuta' }).click();

    // The roadmap: drafted on first opening, then a few of the consultant's own
    // actions and edits (through the same channel the editor saves with), so
    // the picture shows an edited roadmap whatever the action library holds.
    for (const [id, language, button, heading] of [
      ['nordtek-2026', 'fi', 'Suomi', 'Tiekartta'],
      ['harbour-2026', 'en', 'English', 'Roadmap'],
    ] as const) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${app.url}#/assessments/${id}/results`);
      await page.getByRole('button', { name: button, exact: true }).click();
      await page.goto(`${app.url}#/assessments/${id}/roadmap`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.locator('[data-save-state]').waitFor();
      await page.waitForFunction(() => !document.body.textContent?.includes('Laaditaan') && !document.body.textContent?.includes('Drafting'));
      const got = await api<{ ok: true; value: { roadmap?: { items: RoadmapItem[] } } }>(page, 'assessment:get', { id });
      const items = got.value.roadmap?.items ?? [];
      const [first] = items.filter((i) => !i.removed);
      const edited = items.map((i) => (i === first ? { ...i, status: 'accepted' as const, owner: OWN[language].owner, due: '2027-03-31', edited: true } : i));
      await api(page, 'roadmap:save', { assessmentId: id, items: [...edited, ...OWN[language].items] });
      await page.reload();
      await page.locator('[data-item-id]').first().waitFor();
      await shot(page, `roadmap-${language}`);
      await page.setViewportSize({ width: 1280, height: 720 });
      await shot(page, `roadmap-${language}-1280x720`);
    }
    await page.getByRole('button', { name: 'Suomi', exact: true }).click();
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.goto(`${app.url}#/settings`);
    await page.getByRole('heading', { name: 'Asetukset', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Varmuuskopiot' }).waitFor();
    await shot(page, 'settings-fi', true);
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
