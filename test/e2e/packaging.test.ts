import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.js') || path.endsWith('.cjs') || path.endsWith('.mjs') ? [path] : [];
  });
}

/** Bare package names a built file imports or requires. */
function bareImports(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s])(?:import\s[^'"]*?from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)["']([^"'./][^"']*)["']/g)) {
    const spec = m[1]!;
    names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
  }
  return names;
}

it('the built main process loads nothing from node_modules but Electron, Node and the declared runtime dependencies', () => {
  const allowed = new Set(['electron', ...Object.keys(pkg.dependencies ?? {})]);
  const strays: string[] = [];
  for (const file of files(join(root, 'out', 'main'))) {
    for (const name of bareImports(readFileSync(file, 'utf8'))) {
      // Bundled CommonJS (pdfkit, pdfmake) requires Node's own modules without the node: prefix.
      if (name.startsWith('node:') || builtinModules.includes(name) || allowed.has(name)) continue;
      strays.push(`${relative(root, file)} imports ${name}`);
    }
  }
  // zod and lowdb once came in as bare ESM imports inside app.asar.
  expect(strays).toEqual([]);
});

it('packs no UI libraries: React, MUI, emotion, Chart.js, i18next and the fonts are bundled into the renderer, not shipped as packages', () => {
  const runtime = Object.keys(pkg.dependencies ?? {});
  for (const ui of ['react', 'react-dom', '@mui/material', '@mui/icons-material', '@emotion/react', 'chart.js', 'i18next', '@fontsource/inter', 'zod', 'lowdb'])
    expect(runtime).not.toContain(ui);
});

it('ships the renderer minified, with Latin font subsets only', () => {
  const assets = readdirSync(join(root, 'out', 'renderer', 'assets'));
  const fonts = assets.filter((n) => /\.(woff2?|ttf)$/.test(n));
  expect(fonts.every((n) => /^inter-latin(-ext)?-\d00-normal-.*\.woff2$/.test(n))).toBe(true);
  const js = assets.filter((n) => n.endsWith('.js')).map((n) => readFileSync(join(root, 'out', 'renderer', 'assets', n), 'utf8'));
  // Minified code has few line breaks per byte (tiny chunks such as the loader runtime aside).
  for (const code of js.filter((c) => c.length > 10_000)) expect(code.split('\n').length).toBeLessThan(code.length / 500); // unminified: a line per ~40 bytes
  expect(js.some((c) => c.length > 10_000)).toBe(true);
});
