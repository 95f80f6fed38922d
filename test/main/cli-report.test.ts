import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../main/cli/run';
import { example, repoRoot } from '../fixtures/builders';
import { pdfText, tinyPng } from './report/pdf-tools';

vi.setConfig({ testTimeout: 60_000 });

const EN = { LANG: 'en_GB.UTF-8' };
const FI = { LANG: 'fi_FI.UTF-8' };
const tmp = mkdtempSync(join(tmpdir(), 'timantti-cli-report-'));
const nordtek26 = join(repoRoot, 'assessments/examples/nordtek-2026.json');
const nordtek25 = join(repoRoot, 'assessments/examples/nordtek-2025.json');
const harbour = join(repoRoot, 'assessments/examples/harbour-2026.json');

describe('timantti report', () => {
  it('writes the PDF in the chosen language, compared with an earlier assessment (exit 0)', async () => {
    const out = join(tmp, 'en.pdf');
    const result = await runCli(['report', nordtek26, '--out', out, '--lang', 'en', '--compare', nordtek25], FI);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*en\.pdf \(\d+ pages\)\n$/);
    const text = pdfText(out);
    expect(text).toContain('Executive summary');
    expect(text).toContain('Previous assessment 18 Mar 2025');
  });

  it('uses the assessment’s own language by default, and accepts a logo file', async () => {
    const out = join(tmp, 'fi.pdf');
    const logo = join(tmp, 'logo.png');
    writeFileSync(logo, Buffer.from(tinyPng().split(',')[1] as string, 'base64'));
    const result = await runCli(['report', nordtek26, '--out', out, '--logo', logo, '--participants', 'roles'], EN);
    expect(result.code).toBe(0);
    const text = pdfText(out);
    expect(text).toContain('Johdon yhteenveto');
    expect(text).not.toContain(example('nordtek-2026').participants[0]!.name);
  });

  it('refuses to compare with another client’s assessment (exit 1, plain message)', async () => {
    const result = await runCli(['report', nordtek26, '--out', join(tmp, 'x.pdf'), '--compare', harbour], FI);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `${harbour}: arvio on asiakkaalta Harbour Logistics Ltd, ei asiakkaalta Nordtek Huolto Oy; vertailuun kelpaavat vain saman asiakkaan arviot\n`,
    );
  });

  it('refuses a logo that is not a PNG or JPEG, and an unwritable output (exit 1, no stack)', async () => {
    const fake = join(tmp, 'fake.png');
    writeFileSync(fake, 'not an image');
    const bad = await runCli(['report', nordtek26, '--out', join(tmp, 'y.pdf'), '--logo', fake], EN);
    expect(bad).toMatchObject({ code: 1, stderr: `${fake}: the logo must be a PNG or JPEG image (1 MB at most)\n` });
    const unwritable = await runCli(['report', nordtek26, '--out', join(tmp, 'missing-dir', 'z.pdf')], EN);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('cannot write the PDF');
    expect(unwritable.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('reports an invalid assessment like the other commands (exit 1)', async () => {
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, readFileSync(nordtek26, 'utf8').slice(0, 3000));
    const result = await runCli(['report', broken, '--out', join(tmp, 'b.pdf')], EN);
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toContain('broken.json');
  });

  it('exits 2 on bad usage', async () => {
    expect((await runCli(['report', nordtek26], EN)).stderr).toContain('Give the PDF file name with --out <file>.');
    expect((await runCli(['report', nordtek26], EN)).code).toBe(2);
    expect((await runCli(['report', nordtek26, '--out', 'a.pdf', '--participants', 'everyone'], EN)).code).toBe(2);
    expect((await runCli(['report', nordtek26, '--out', 'a.pdf', '--compare'], EN)).code).toBe(2);
    expect((await runCli(['score', nordtek26, '--compare', nordtek25], EN)).code).toBe(2);
  });
});
