/**
 * `npm run screenshots:report`: renders the Finnish demo report (as
 * `npm run demo` does) and saves every page as docs/screenshots/report-NN.png
 * at 60 dpi with poppler's pdftoppm, replacing the previous pages.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const shots = join(root, 'docs', 'screenshots');
const demo = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'demo.ts')], { encoding: 'utf8', cwd: root });
if (demo.status !== 0) throw new Error(`demo failed: ${demo.stderr}`);
const pdf = demo.stdout.trim().split('\n').pop() as string;
for (const file of readdirSync(shots).filter((f) => /^report-\d+\.png$/.test(f))) unlinkSync(join(shots, file));
const render = spawnSync('pdftoppm', ['-png', '-r', '60', pdf, join(shots, 'report')], { encoding: 'utf8' });
if (render.status !== 0) throw new Error(`pdftoppm failed (install poppler-utils): ${render.stderr}`);
const pages = readdirSync(shots).filter((f) => /^report-\d+\.png$/.test(f));
process.stdout.write(`${pages.length} pages of ${pdf} in ${shots}\n`);
