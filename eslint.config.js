import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', '.tsbuild/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // core/ is pure domain code shared by both processes: it may not touch
    // Electron, Node, the DOM or React. (Its tsconfig also has no DOM and no
    // Node types, so such an import fails typecheck too.)
    files: ['core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'core/ must not import Electron: pass platform effects in.' },
            { group: nodeBuiltins, message: 'core/ must not import Node built-ins: pass platform effects in.' },
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@mui/*', '@emotion/*'], message: 'core/ must not import UI code.' },
            { group: ['**/main/**', '../main', '../../main', '**/renderer/**'], message: 'core/ is imported by main and renderer, never the reverse.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer reaches main only through the typed API (preload or HTTP twin).' },
            { group: nodeBuiltins, message: 'The renderer runs sandboxed in a browser: no Node built-ins.' },
            { group: ['**/main/**', '../../main', '../../../main'], message: 'The renderer may not import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    // Electron is glue: only main/electron/*, the entry point and the preload
    // may import it; everything else in main/ runs (and is tested) in plain
    // Node — browser mode, the CLI, the report worker.
    files: ['main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', '../renderer', '../../renderer'], message: 'Main may not import renderer code.' },
            {
              group: ['electron', 'electron/*'],
              message: 'Only main/electron/*, main/index.ts and main/preload.ts may import Electron: pass what you need in.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/electron/**/*.ts', 'main/index.ts', 'main/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', '../renderer', '../../renderer'], message: 'Main may not import renderer code.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
