/**
 * Stands in for `@noble/ciphers/aes`, which pdfkit imports for encrypted
 * PDFs. The report is never encrypted (main/report/render.ts sets no user or
 * owner password), yet the real module builds its AES lookup tables when it
 * is loaded: about 30 ms of every cold `timantti report` (a CPU profile of
 * the large report, docs/PERFORMANCE.md). Aliased in electron.vite.config.ts
 * for the main-process build only; if encryption were ever turned on, the
 * report would fail loudly here rather than write an unprotected file.
 */
function refuse(): never {
  throw new Error('PDF encryption is not supported in the report.');
}

export const cbc = refuse;
export const ecb = refuse;
