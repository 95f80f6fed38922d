import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'core', environment: 'node', include: ['test/core/**/*.test.ts'] },
      },
      {
        // Main-process modules run in plain Node; `electron` is one shared fake
        // that records what the app asked of it (no Electron binary needed).
        resolve: { alias: { electron: resolve(root, 'test/fakes/electron.ts') } },
        test: { name: 'main', environment: 'node', include: ['test/main/**/*.test.ts'] },
      },
      {
        plugins: [react()],
        // A generous limit (not a speed claim): a loaded 2-core machine renders MUI slowly.
        test: { name: 'renderer', environment: 'happy-dom', include: ['test/renderer/**/*.test.{ts,tsx}'], testTimeout: 20_000 },
      },
      {
        // Long randomised runs against real processes (SIGKILLs, racing
        // locks): `npm test` runs them; `npm run test:unit` does not.
        resolve: { alias: { electron: resolve(root, 'test/fakes/electron.ts') } },
        test: { name: 'stress', environment: 'node', include: ['test/stress/**/*.test.ts'], testTimeout: 300_000 },
      },
      {
        // Drives the built app in Debian's Chromium through browser mode.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
