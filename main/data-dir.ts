import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The folder name under the OS's per-user app-data folder, as Electron names `userData`. */
export const APP_FOLDER = 'Timantti';

/**
 * Where Electron's `app.getPath('userData')` puts Timantti's data, computed
 * without Electron so the CLI and browser mode open the same library as the
 * desktop app.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
}

/**
 * The data folder chosen by `--data <dir>` (or `--data=<dir>`), else
 * `TIMANTTI_DATA`, else undefined (the caller's default).
 */
export function dataDirOverride(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data' && argv[i + 1]) return resolve(argv[i + 1] as string);
    if (arg?.startsWith('--data=')) return resolve(arg.slice('--data='.length));
  }
  return env.TIMANTTI_DATA ? resolve(env.TIMANTTI_DATA) : undefined;
}
