/**
 * Makes sure Electron's binary is on disk before `npm start` / `npm run dev`.
 *
 * Why: Electron ≥ 42 no longer downloads its binary at `npm install`; it
 * downloads lazily when `require('electron')` is first resolved. electron-vite
 * 6.0.0 never resolves it: it reads `node_modules/electron/path.txt` directly
 * and dies with "Error: Electron uninstall" when the file is missing — the
 * first thing a new user saw. So we run Electron's own installer first (it
 * exits at once when the binary is already there) and explain a failed
 * download in plain words instead of a stack trace. `npm install` stays
 * offline-safe: nothing here runs at install time.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface EnsureElectronDeps {
  /** The folder of the installed `electron` package. */
  electronDir: string;
  env: NodeJS.ProcessEnv;
  /** Runs Electron's installer; returns its exit status. */
  runInstaller: (installScript: string) => number | null;
  log: (line: string) => void;
}

export type EnsureOutcome = 'present' | 'override' | 'downloaded' | 'failed';

/** True when `path.txt` names an executable that exists under `dist/`. */
export function electronBinaryPresent(electronDir: string): boolean {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const executable = readFileSync(pathFile, 'utf8').trim();
  return executable.length > 0 && existsSync(join(electronDir, 'dist', executable));
}

export const FAILED_MESSAGE = [
  'Electron could not be downloaded, so the desktop app cannot start.',
  'Electronia ei voitu ladata, joten työpöytäsovellus ei käynnisty.',
  '',
  '  - Check the network connection (and proxy: HTTPS_PROXY), then run `npm start` again.',
  '  - Or use an Electron you already have: ELECTRON_OVERRIDE_DIST_PATH=/path/to/electron-dir npm start',
  '  - Without the desktop shell, `npm run web` opens the same app in your browser on 127.0.0.1.',
].join('\n');

/** Downloads the Electron binary when it is missing; never throws. */
export function ensureElectron(deps: EnsureElectronDeps): EnsureOutcome {
  if (deps.env.ELECTRON_OVERRIDE_DIST_PATH) return 'override';
  if (electronBinaryPresent(deps.electronDir)) return 'present';
  deps.log('Downloading the Electron binary for this platform (first start only)…');
  let status: number | null;
  try {
    status = deps.runInstaller(join(deps.electronDir, 'install.js'));
  } catch {
    status = null;
  }
  if (status === 0 && electronBinaryPresent(deps.electronDir)) return 'downloaded';
  deps.log(FAILED_MESSAGE);
  return 'failed';
}

function main(): void {
  const require = createRequire(import.meta.url);
  // Resolve the package.json, not the package: resolving `electron` itself
  // would trigger Electron's own lazy download with its bare stack trace.
  // TIMANTTI_ELECTRON_DIR lets the start-order test point at a fake package.
  const electronDir = process.env.TIMANTTI_ELECTRON_DIR ?? dirname(require.resolve('electron/package.json'));
  const outcome = ensureElectron({
    electronDir,
    env: process.env,
    runInstaller: (script) => spawnSync(process.execPath, [script], { stdio: 'inherit' }).status,
    log: (line) => console.error(line),
  });
  process.exitCode = outcome === 'failed' ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
