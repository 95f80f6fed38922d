/**
 * `npm run screenshots:comparison`: renders the Finnish comparison report of
 * Nordtek's v1 → v1 → v2 series (test/fixtures/nordtek-2027.ts) and saves
 * every page as docs/screenshots/comparison-report-N.png at 60 dpi with
 * poppler's pdftoppm, replacing the previous pages.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderComparisonPdf } from '../main/report/render-comparison';
import { nordtekSeries } from '../test/fixtures/nordtek-2027';

const shots = join(import.meta.dirname, '..', 'docs', 'screenshots');
const pdf = join(mkdtempSync(join(tmpdir(), 'timantti-comparison-')), 'comparison.pdf');
const report = await renderComparisonPdf(nordtekSeries(), 'fi');
writeFileSync(pdf, report.pdf);
for (const file of readdirSync(shots).filter((f) => /^comparison-report-\d+\.png$/.test(f))) unlinkSync(join(shots, file));
const render = spawnSync('pdftoppm', ['-png', '-r', '60', pdf, join(shots, 'comparison-report')], { encoding: 'utf8' });
if (render.status !== 0) throw new Error(`pdftoppm failed (install poppler-utils): ${render.stderr}`);
process.stdout.write(`${report.pages} pages of ${pdf} in ${shots}\n`);
