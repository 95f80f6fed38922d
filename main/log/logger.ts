import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import electronLog from 'electron-log/node';
import { describeError, stackFrames } from './describe-error';

/**
 * The one logger of every Timantti process: the Electron main process,
 * browser mode and the CLI. It is electron-log's plain-Node build
 * (`electron-log/node`, no Electron import), configured here; see
 * docs/ARCHITECTURE.md, "Logging".
 *
 * What goes in: ids (assessment, client, channel), error codes and our own
 * sentences. Never a client's name, a note, an answer or a path outside the
 * data folder: messages are ours, and errors pass through `describeError`,
 * which keeps codes and blanks every quoted part of a message. The API takes
 * a string and an error only, so no object is ever dumped into a line.
 */
export interface Logger {
  error(message: string, err?: unknown): void;
  warn(message: string, err?: unknown): void;
  info(message: string): void;
}

export type LogProcess = 'main' | 'web' | 'cli';
type Level = 'error' | 'warn' | 'info';

export interface LogSetup {
  /** The log folder: Electron's `app.getPath('logs')`, or `defaultLogDir()` in plain Node. */
  dir: string;
  /** Names the file: `main.log`, `web.log`, `cli.log`. One file per kind of process, so two never rotate each other's. */
  process: LogProcess;
  /** Rotate when the file passes this size (default 1 MB). */
  maxBytes?: number;
  /** Rotated files kept beside the current one (default 3: `main.1.log` … `main.3.log`). */
  keep?: number;
  /** Lines at this level and above also go to stderr (default 'warn'; false: none, as in the CLI). */
  console?: Level | false;
}

const MEMORY_LINES = 200;
const memory: string[] = [];

const logger = electronLog.create({ logId: 'timantti' });
// Until setupLogging() names a folder, nothing is written to disk (tests and
// tools that import main/ code must not litter the user's log folder);
// warnings and errors still reach stderr, as console.error did before.
logger.transports.file.level = false;
logger.transports.console.level = 'warn';
// electron-log resolves path variables (from an app name) before our
// resolvePathFn is asked; without a name it looks for a package.json and may throw.
logger.transports.file.setAppName('Timantti');
const formatLine = ({ data, level, message }: { data: unknown[]; level: string; message: { date: Date } }) => [
  `[${message.date.toISOString()}] [${level}] ${data.map(String).join(' ')}`,
];
logger.transports.file.format = formatLine;
logger.transports.console.format = ({ data }: { data: unknown[] }) => [`timantti: ${data.map(String).join(' ')}`];

let currentFile: string | undefined;

/** Points the logger at its folder and file; called once by each process's entry point. */
export function setupLogging(setup: LogSetup): string {
  const file = join(setup.dir, `${setup.process}.log`);
  const keep = setup.keep ?? 3;
  const t = logger.transports.file;
  t.resolvePathFn = () => file;
  t.maxSize = setup.maxBytes ?? 1024 * 1024;
  t.archiveLogFn = (old) => rotate(old.path, keep, () => old.clear());
  t.level = 'info';
  logger.transports.console.level = setup.console ?? 'warn';
  currentFile = file;
  if (!watching) {
    watching = true;
    // A monitor, not a handler: it logs the error and leaves the process to
    // end as it would have (a handler would keep a broken process alive).
    process.on('uncaughtExceptionMonitor', (err, origin) => log.error(`uncaught ${origin === 'unhandledRejection' ? 'promise rejection' : 'exception'}`, err));
  }
  return file;
}

let watching = false;

/** The current log file, once setupLogging() has named one. */
export const logFile = (): string | undefined => currentFile;

/** The last lines logged by this process (also before setup): for diagnostics without a file, and tests. */
export const recentLines = (): string[] => [...memory];

function write(level: Level, message: string, err?: unknown): void {
  let text = message.replace(/[\r\n]+/g, ' ');
  if (err !== undefined) {
    text += `: ${describeError(err)}`;
    // A system error's stack is one line of Node internals; an unexpected error's says where.
    const system = typeof (err as NodeJS.ErrnoException | undefined)?.syscall === 'string';
    if (level === 'error' && !system) text += ['', ...stackFrames(err)].join('\n');
  }
  memory.push(`[${new Date().toISOString()}] [${level}] ${text}`);
  if (memory.length > MEMORY_LINES) memory.splice(0, memory.length - MEMORY_LINES);
  logger[level](text);
}

export const log: Logger = {
  error: (message, err) => write('error', message, err),
  warn: (message, err) => write('warn', message, err),
  info: (message) => write('info', message),
};

/**
 * Size rotation keeping `keep` old files: main.log → main.1.log → … →
 * main.<keep>.log, the oldest dropped. electron-log's own keeps a single
 * `.old.log`. When renaming fails (Windows may hold the file), the file is
 * emptied instead so it cannot grow without bound.
 */
export function rotate(path: string, keep: number, clear: () => void): void {
  const ext = extname(path);
  const stem = join(dirname(path), basename(path, ext));
  const numbered = (n: number) => `${stem}.${n}${ext}`;
  try {
    rmSync(numbered(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) renameIfPresent(numbered(n), numbered(n + 1));
    if (keep >= 1) renameSync(path, numbered(1));
    else clear();
  } catch (err) {
    process.stderr.write(`timantti: rotating the log failed (${describeError(err)}); emptying it instead\n`);
    clear();
  }
}

function renameIfPresent(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    // Fewer old files than `keep` yet: nothing to move.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}
