/**
 * Refreshes the report's fonts in main/report/fonts from @fontsource/inter:
 * the .woff files unpacked to plain TrueType (pdfkit inflates WOFF tables in
 * pure JavaScript on every report; TrueType is read as is), then their
 * precomputed kerning (scripts/report-kerning.ts) to match.
 *
 *   npx tsx scripts/update-report-fonts.ts
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { woffToSfnt } from './woff-to-sfnt';

const root = join(import.meta.dirname, '..');
const source = join(root, 'node_modules/@fontsource/inter');
const target = join(root, 'main/report/fonts');
for (const subset of ['latin', 'latin-ext']) {
  for (const weight of [400, 600, 700]) {
    const name = `inter-${subset}-${weight}-normal`;
    writeFileSync(join(target, `${name}.ttf`), woffToSfnt(readFileSync(join(source, 'files', `${name}.woff`))));
  }
}
copyFileSync(join(source, 'LICENSE'), join(target, 'OFL.txt'));
process.stdout.write(`Wrote the report fonts to ${target}\n`);
// The kerning table names each font's hash: rebuild it for the new files.
await import('./report-kerning');
