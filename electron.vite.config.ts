import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = import.meta.dirname;
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './core/csp';

/**
 * Puts the CSP into the built index.html as a <meta> as well, so the policy
 * holds even if a response header were lost. Only in the build: the dev
 * server's hot reload needs inline scripts the policy forbids.
 */
const cspMeta = (): Plugin => ({
  name: 'timantti:csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' },
  ],
});

/**
 * Copies the report's fonts (Inter .woff and its OFL licence) to
 * out/main/fonts, where main/report/fonts.ts finds them in the build and in
 * the packaged app (electron-builder packs out/**).
 */
const reportFonts = (): Plugin => ({
  name: 'timantti:report-fonts',
  apply: 'build',
  generateBundle() {
    const dir = resolve(root, 'main/report/fonts');
    for (const file of readdirSync(dir)) {
      this.emitFile({ type: 'asset', fileName: `fonts/${file}`, source: readFileSync(join(dir, file)) });
    }
  },
});

/**
 * Writes the main-process chunks in pure ASCII (non-ASCII characters as
 * \u escapes, as esbuild's default `charset: 'ascii'` does). A chunk with a
 * single "ä" is decoded through UTF-8's slow path and held by V8 as a
 * two-byte string: the report chunk (1.4 MB, 1,369 non-ASCII characters in
 * comments, strings and regular expressions) cost a cold `timantti report`
 * tens of milliseconds just to decode. An escape means the same character
 * in strings, templates, regular expressions and identifiers; nothing in
 * main uses String.raw on such text.
 */
const asciiOutput = (): Plugin => ({
  name: 'timantti:ascii-output',
  apply: 'build',
  // Last, on the finished chunks: later hooks (the CommonJS shim) must not bring UTF-8 back.
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && /[\u0080-\uffff]/.test(chunk.code))
        chunk.code = chunk.code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    }
  },
});

export default defineConfig({
  main: {
    // fontkit's WOFF2 decoder is never used (the report opens only its own
    // TrueType fonts) and is most of the report's code size; see no-woff2.ts.
    resolve: {
      alias: {
        'brotli/decompress.js': resolve(root, 'main/report/no-woff2.ts'),
        // pdfkit's AES for encrypted PDFs builds lookup tables on load; the report is never encrypted (no-aes.ts).
        '@noble/ciphers/aes': resolve(root, 'main/report/no-aes.ts'),
        // Node's native zlib instead of DEFLATE in JavaScript for the Unicode tables fontkit and linebreak build on load.
        'tiny-inflate': resolve(root, 'main/report/native-inflate.cjs'),
        // fflate's Node ESM build declares its own `require`, which clashes with the CommonJS shim
        // electron-vite puts at the top of each ESM chunk; its CommonJS build bundles cleanly.
        fflate: resolve(root, 'node_modules/fflate/lib/node.cjs'),
      },
    },
    build: {
      rolldownOptions: {
        input: {
          // The Electron main process.
          index: resolve(root, 'main/index.ts'),
          // Browser mode: the same handlers over HTTP on 127.0.0.1, plain Node.
          web: resolve(root, 'main/web.ts'),
          // The command-line tool (validate, score), plain Node.
          cli: resolve(root, 'main/cli.ts'),
          // The report renderer's worker thread (pdfmake off the main thread).
          'report-worker': resolve(root, 'main/report/report-worker.ts'),
        },
      },
    },
    plugins: [reportFonts(), asciiOutput()],
  },
  preload: {
    build: {
      // A sandboxed preload must be one CommonJS file with its imports bundled.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve(root, 'main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react(), cspMeta()],
    build: {
      // Minified: the renderer is loaded on every start (2 MB raw unminified).
      minify: true,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
