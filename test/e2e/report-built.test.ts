import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ACTION_LIBRARY } from '../../main/action-libraries';
import { renderComparisonInWorker, renderInWorker, stopReportWorker } from '../../main/report/worker-pool';
import { nordtekSeries } from '../fixtures/nordtek-2027';
import { example, repoRoot } from '../fixtures/builders';
import { pdfFonts, pdfText, qpdfCheck, savePdf } from '../main/report/pdf-tools';

// The built app's report paths (needs `npm run build`, as npm test does):
// the `timantti report` command with the fonts copied to out/main/fonts, and
// the worker thread the desktop app and browser mode render in.
const tmp = mkdtempSync(join(tmpdir(), 'timantti-report-e2e-'));

afterAll(() => stopReportWorker());

describe('the built report', () => {
  it('is loaded from pure-ASCII chunks, and `report` does not load the library’s chunk', () => {
    // A non-ASCII character sends V8 through UTF-8's slow decode and makes the whole source two-byte
    // (electron.vite.config.ts, asciiOutput); the library is imported only by library commands (main/cli/run.ts).
    const dir = join(repoRoot, 'out', 'main');
    const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, 'chunks')).map((f) => join(dir, 'chunks', f))].filter((f) =>
      f.endsWith('.js'),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(/[\u0080-\u00ff]/.test(readFileSync(file, 'latin1')), file).toBe(false);
    const cliImports = readFileSync(join(dir, 'cli.js'), 'latin1').match(/^import .* from "\.\/chunks\/([a-z-]+)-[\w-]+\.js";$/gm) ?? [];
    expect(cliImports.length).toBeGreaterThan(0);
    expect(cliImports.join('\n')).not.toContain('open-library');
  });

  it('has a report worker that loads neither zod nor a JavaScript inflate', () => {
    // Both cost a cold `timantti report` tens of milliseconds on the worker's critical path (docs/PERFORMANCE.md):
    // the report code imports no schema module (core/model/scale.ts), and tiny-inflate is Node's zlib (native-inflate.cjs).
    const dir = join(repoRoot, 'out', 'main');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'latin1');
      for (const m of code.matchAll(/(?:from |import\()"\.\/(?:chunks\/)?([\w.-]+\.js)"/g)) visit(join(dir, 'chunks', m[1] as string));
    };
    visit(join(dir, 'report-worker.js'));
    const code = [...seen].map((f) => readFileSync(f, 'latin1')).join('\n');
    expect(code).toContain('pdfmake');
    expect(code).toContain('inflateRawSync');
    expect(code).not.toContain('$ZodType');
    expect(code).not.toContain('tinf_uncompress');
  });

  it('renders from the installed command with its bundled fonts', () => {
    const out = join(tmp, 'bin.pdf');
    const run = spawnSync(
      process.execPath,
      [join(repoRoot, 'bin', 'timantti.js'), 'report', join(repoRoot, 'assessments/examples/nordtek-2026.json'), '--out', out, '--lang', 'en'],
      { encoding: 'utf8', env: { ...process.env, LANG: 'en_GB.UTF-8' } },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(qpdfCheck(out).status).toBe(0);
    expect(pdfFonts(out).every((f) => f.embedded)).toBe(true);
    expect(pdfText(out)).toContain('Nordtek Huolto Oy');
  });

  it('renders in the worker thread, twice on one warm worker', async () => {
    const worker = join(repoRoot, 'out/main/report-worker.js');
    const input = {
      assessment: example('nordtek-2026'),
      earlier: [example('nordtek-2025')],
      options: { participants: 'roles' as const },
      actionLibrary: BUILT_IN_ACTION_LIBRARY,
      now: new Date(),
    };
    const first = await renderInWorker(input, worker);
    const second = await renderInWorker({ ...input, options: { participants: 'roles' as const, language: 'en' as const } }, worker);
    expect(first?.pages).toBeGreaterThan(10);
    expect(pdfText(savePdf(first!.pdf))).toContain('Johdon yhteenveto');
    expect(pdfText(savePdf(second!.pdf))).toContain('Executive summary');
  });

  it('reports a failure inside the worker as an error, and keeps serving', async () => {
    const worker = join(repoRoot, 'out/main/report-worker.js');
    const broken = { ...example('nordtek-2026'), questionnaire: undefined } as unknown as ReturnType<typeof example>;
    await expect(
      renderInWorker({ assessment: broken, earlier: [], options: { participants: 'names' }, actionLibrary: BUILT_IN_ACTION_LIBRARY, now: new Date() }, worker),
    ).rejects.toThrow();
    const ok = await renderInWorker(
      { assessment: example('harbour-2026'), earlier: [], options: { participants: 'names' }, actionLibrary: BUILT_IN_ACTION_LIBRARY, now: new Date() },
      worker,
    );
    expect(ok?.pages).toBeGreaterThan(5);
  });

  it('renders the comparison report in the same worker, and refuses assessments that cannot be compared', async () => {
    const worker = join(repoRoot, 'out/main/report-worker.js');
    const report = await renderComparisonInWorker({ assessments: nordtekSeries(), language: 'fi' }, worker);
    expect(report?.fileName).toBe('Nordtek-Huolto-Oy-vertailu-2027-03-16.pdf');
    const file = savePdf(report!.pdf);
    expect(qpdfCheck(file).status).toBe(0);
    expect(pdfText(file)).toContain('KYPSYYSARVIOIDEN VERTAILU');
    await expect(renderComparisonInWorker({ assessments: [example('nordtek-2026')], language: 'fi' }, worker)).rejects.toThrow();
  });
});
