import { homedir } from 'node:os';
import { join } from 'node:path';
import { APP_FOLDER } from '../data-dir';

/**
 * Where a plain-Node Timantti (browser mode, the CLI) writes its log: the
 * folder Electron's `app.getPath('logs')` gives the desktop app for the same
 * data folder — `~/Library/Logs/Timantti` on macOS, `<data>/logs` elsewhere —
 * so a user looking for "the logs" finds every process's file in one place.
 */
export function defaultLogDir(dataDir: string, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  return platform === 'darwin' ? join(home, 'Library', 'Logs', APP_FOLDER) : join(dataDir, 'logs');
}
