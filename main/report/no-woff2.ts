/**
 * Stands in for the `brotli` decompressor that fontkit imports for WOFF2
 * fonts. The report only ever opens its own bundled TrueType fonts
 * (main/report/fonts.ts), so WOFF2 never reaches fontkit; the real module is
 * an 860 KB array literal that every cold `timantti report` would otherwise
 * read, decode and parse before drawing a page (see docs/PERFORMANCE.md).
 * Aliased in electron.vite.config.ts for the main-process build only.
 */
export default function decompress(): never {
  throw new Error('WOFF2 fonts are not supported in the report: it embeds its bundled TrueType fonts only.');
}
