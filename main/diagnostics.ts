import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { arch, homedir, platform, release } from 'node:os';
import { sep } from 'node:path';
import type { Diagnostics } from '../core/diagnostics';
import type { LibraryEventKind } from '../core/library/events';
import type { LibraryHandle } from './library-handlers';
import { readLogTail } from './log/log-tail';
import { log, logFile, recentLines } from './log/logger';

/** Log lines put into the diagnostics. */
export const DIAGNOSTIC_LOG_LINES = 150;

/** Library events told to the user this session, as kinds and times (never their files or details). */
export interface EventRecord {
  add(kinds: readonly { kind: LibraryEventKind; at: string }[]): void;
  list(): { kind: LibraryEventKind; at: string }[];
}

export function createEventRecord(max = 50): EventRecord {
  const seen: { kind: LibraryEventKind; at: string }[] = [];
  return {
    add(events) {
      seen.push(...events.map(({ kind, at }) => ({ kind, at })));
      seen.splice(0, Math.max(0, seen.length - max));
    },
    list: () => [...seen],
  };
}

export interface DiagnosticsDeps {
  version: string;
  shell: 'desktop' | 'web';
  dataDir: string;
  library: () => LibraryHandle;
  events: EventRecord;
  now?: () => Date;
}

/**
 * Collects what "Copy diagnostics" copies. Client content has no way in: the
 * library contributes counts, events their kinds, and the log lines were
 * written without names, notes or answers. As a second guard, any client
 * name or assessment title the library holds is blanked out of the log lines
 * (a future log line that slipped would still not reach an e-mail).
 */
export async function collectDiagnostics(deps: DiagnosticsDeps): Promise<Diagnostics> {
  const handle = deps.library();
  const library =
    'library' in handle
      ? {
          open: true,
          clients: handle.library.listClients().length,
          assessments: handle.library.listAssessments().length,
          recycleBin: (await handle.library.listRecycleBin()).length,
          pendingSaves: handle.library.status().pending.length,
        }
      : { open: false, unavailable: handle.unavailable, clients: 0, assessments: 0, recycleBin: 0, pendingSaves: 0 };
  const file = logFile();
  let lines: string[];
  try {
    lines = file ? await readLogTail(file, DIAGNOSTIC_LOG_LINES) : recentLines().slice(-DIAGNOSTIC_LOG_LINES);
  } catch (err) {
    log.warn('diagnostics: reading the log failed', err);
    lines = recentLines().slice(-DIAGNOSTIC_LOG_LINES);
  }
  const known = 'library' in handle ? [...handle.library.listClients().map((c) => c.name), ...handle.library.listAssessments().map((a) => a.title)] : [];
  return {
    generatedAt: (deps.now?.() ?? new Date()).toISOString(),
    app: { name: 'Timantti', version: deps.version, shell: deps.shell },
    platform: { os: platform(), arch: arch(), release: release() },
    versions: {
      node: process.versions.node,
      ...(process.versions.electron ? { electron: process.versions.electron } : {}),
      ...(process.versions.chrome ? { chrome: process.versions.chrome } : {}),
    },
    dataDir: { path: homeAsTilde(deps.dataDir), ...(await folderStatus(deps.dataDir)) },
    library,
    recentEvents: deps.events.list(),
    log: { ...(file ? { file: homeAsTilde(file) } : {}), lines: blankOut(lines, known) },
  };
}

async function folderStatus(dir: string): Promise<{ exists: boolean; writable: boolean }> {
  const exists = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const writable =
    exists &&
    (await access(dir, constants.W_OK).then(
      () => true,
      () => false,
    ));
  return { exists, writable };
}

/** The user's home folder often carries their own name; support does not need it. */
function homeAsTilde(path: string): string {
  const home = homedir();
  return home && (path === home || path.startsWith(home + sep)) ? `~${path.slice(home.length)}` : path;
}

/** Replaces every occurrence of a known name (four characters or more: "Oy" alone would blank half the log). */
function blankOut(lines: string[], names: string[]): string[] {
  const patterns = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 4))].map(
    (n) => new RegExp(n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'),
  );
  return lines.map((line) => patterns.reduce((text, p) => text.replace(p, '[name]'), line));
}
