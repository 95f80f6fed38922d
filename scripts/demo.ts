/**
 * `npm run demo`: writes the Finnish executive report of the bundled example
 * (Nordtek 2026, compared with Nordtek 2025) to demo/ through the same
 * `timantti report` command users run, and prints the PDF's path.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Assessment } from '../core/assessment/schema';
import { runCli } from '../main/cli/run';
import { reportFileName } from '../main/report/render';

const root = join(import.meta.dirname, '..');
const current = join(root, 'assessments/examples/nordtek-2026.json');
const earlier = join(root, 'assessments/examples/nordtek-2025.json');
const outDir = join(root, 'demo');
mkdirSync(outDir, { recursive: true });
const out = join(outDir, reportFileName(JSON.parse(readFileSync(current, 'utf8')) as Assessment, 'fi'));

const result = await runCli(['report', current, '--out', out, '--lang', 'fi', '--compare', earlier], { ...process.env, LANG: 'fi_FI.UTF-8' });
process.stderr.write(result.stderr);
if (result.code === 0) process.stdout.write(`${out}\n`);
process.exitCode = result.code;
