/**
 * What ships: the renderer bundle (raw and gzip, target ≤ 300 KB gzip for
 * the JavaScript) and the app.asar that `electron-builder` packs from the
 * build (`files:` in electron-builder.yml: out/**, package.json, minus source
 * maps, plus the production dependencies — none: everything main needs is
 * bundled). electron-builder itself cannot run here (it downloads Electron),
 * so the asar is made the same way with @electron/asar from the same files
 * and listed. Writes its section of docs/PERFORMANCE.md (between the
 * shipping-bench markers).
 *
 *   npm run build && npx tsx scripts/bench-shipping.ts
 */
import { createPackageFromFiles, listPackage } from '@electron/asar';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writePerformanceSection } from './performance-doc';

const root = join(import.meta.dirname, '..');
const GZIP_TARGET = 300 * 1024;

const kib = (n: number) => `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KiB`;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

async function main(): Promise<void> {
  const assets = join(root, 'out', 'renderer', 'assets');
  const files = walk(join(root, 'out'));
  if (files.length === 0) throw new Error('run `npm run build` first');
  const js = readdirSync(assets).filter((n) => n.endsWith('.js'));
  const gz = (f: string) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
  const raw = (f: string) => statSync(join(assets, f)).size;
  // What a start loads: index.html's module script and its modulepreloads;
  // the results and roadmap screens are loaded on first use.
  const html = readFileSync(join(root, 'out', 'renderer', 'index.html'), 'utf8');
  const atStart = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const jsRaw = atStart.reduce((n, f) => n + raw(f), 0);
  const jsGzip = atStart.reduce((n, f) => n + gz(f), 0);
  const allGzip = js.reduce((n, f) => n + gz(f), 0);
  const allRaw = js.reduce((n, f) => n + raw(f), 0);
  const fonts = readdirSync(assets).filter((n) => /\.(woff2?|ttf)$/.test(n));
  const fontBytes = fonts.reduce((n, f) => n + statSync(join(assets, f)).size, 0);

  // Stage exactly what electron-builder's `files:` selects, then pack it.
  const stage = mkdtempSync(join(os.tmpdir(), 'timantti-asar-'));
  const shipped = [...files.filter((f) => !f.endsWith('.map')), join(root, 'package.json')];
  for (const f of shipped) {
    const to = join(stage, relative(root, f));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(f, to);
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const runtimeDeps = Object.keys(pkg.dependencies ?? {});
  const asar = join(stage, '..', `${stage.split('/').pop()}.asar`);
  const staged = walk(stage).map((f) => relative(stage, f));
  await createPackageFromFiles(
    stage,
    asar,
    staged.map((f) => join(stage, f)),
  );
  const listed = listPackage(asar, { isPack: false }).filter((p) => staged.includes(p.replace(/^[\\/]/, '')));
  const asarBytes = statSync(asar).size;
  rmSync(stage, { recursive: true, force: true });
  rmSync(asar, { force: true });

  const byFolder = new Map<string, { count: number; bytes: number }>();
  for (const f of shipped) {
    const rel = relative(root, f);
    const folder = rel
      .split('/')
      .slice(0, rel.startsWith('out/') ? 2 : 1)
      .join('/');
    const entry = byFolder.get(folder) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += statSync(f).size;
    byFolder.set(folder, entry);
  }

  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ');
  const section = await writePerformanceSection('shipping-bench', [
    '## What ships',
    '',
    'Measured by `npm run bench` (scripts/bench-shipping.ts) on the build.',
    '',
    `Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}. Run ${new Date().toISOString()}; load average ${load}.`,
    '',
    '| Measure | Target | Measured | Met |',
    '| --- | --- | --- | --- |',
    `| Renderer JavaScript loaded at start, gzip -9 (${atStart.length} files) | ≤ 300 KiB | ${kib(jsGzip)} (raw ${kib(jsRaw)}, minified) | ${jsGzip <= GZIP_TARGET ? 'yes' : '**no**'} |`,
    `| All renderer JavaScript, with the lazily loaded results and roadmap (${js.length} files) | – | ${kib(allGzip)} gzip (raw ${kib(allRaw)}) | – |`,
    `| Renderer fonts | Latin subsets only | ${fonts.length} woff2 files, ${kib(fontBytes)} | ${fonts.every((f) => /latin/.test(f)) ? 'yes' : '**no**'} |`,
    `| app.asar (what electron-builder packs) | small | ${listed.length} files, ${kib(asarBytes)} | ${runtimeDeps.length === 0 ? 'yes' : 'see below'} |`,
    `| Packages loaded from node_modules at run time | none but Electron | ${runtimeDeps.length === 0 ? 'none' : runtimeDeps.join(', ')} | ${runtimeDeps.length === 0 ? 'yes' : '**no**'} |`,
    '',
    'Contents of app.asar by folder (before: React, MUI, `@mui/icons-material` alone 174 MB, emotion, Chart.js, i18next, the fonts, lowdb and zod were runtime dependencies packed as `node_modules`):',
    '',
    '| Folder | Files | Size |',
    '| --- | --- | --- |',
    ...[...byFolder].sort(([a], [b]) => a.localeCompare(b)).map(([folder, e]) => `| \`${folder}\` | ${e.count} | ${kib(e.bytes)} |`),
    '',
    'electron-builder adds the Electron runtime itself around the asar (not measured here: it cannot be downloaded on this machine). On a machine that can package, `npx electron-builder --dir` followed by `npx @electron/asar list dist/*-unpacked/resources/app.asar` shows the same list.',
  ]);
  process.stdout.write(`${section}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-shipping: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
