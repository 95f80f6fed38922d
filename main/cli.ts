import { enableCompileCache } from './compile-cache';
import { dataDirOverride, defaultDataDir } from './data-dir';
import { defaultLogDir } from './log/log-dir';
import type { Logger } from './log/logger';
import { warmReportWorker } from './report/worker-pool';

// `timantti` on the command line: validate and score files. All logic is in
// cli/run.ts (tested in-process); this entry only prints and exits.
enableCompileCache();
const argv = process.argv.slice(2);
// `timantti report` uses the second core: the report worker thread starts loading pdfmake, the fonts
// and the report's code now, while this thread loads the CLI and reads and validates the input files.
// That is why the CLI's own code is imported below, after this line, and not statically.
if (argv.includes('report')) warmReportWorker();
const [{ runCli }] = await Promise.all([import('./cli/run'), import('./cli/zod-jitless')]);
// The file is only created when something is logged: a clean run leaves no trace.
// The terminal already says what went wrong, so nothing is mirrored there.
// The logger (electron-log, with its http, https and child_process imports) is loaded only when needed:
// up front for the library commands, which log what they skip; for the others only when a command fails.
let logging: Promise<Logger> | undefined;
const logger = () =>
  (logging ??= import('./log/logger').then(({ log, setupLogging }) => {
    setupLogging({ dir: defaultLogDir(dataDirOverride(argv) ?? defaultDataDir()), process: 'cli', console: false });
    return log;
  }));
(argv.includes('library') ? logger() : Promise.resolve())
  .then(() => runCli(argv))
  .then(({ code, stdout, stderr }) => {
    if (stdout) process.stdout.write(stdout);
    if (stderr) process.stderr.write(stderr);
    process.exitCode = code;
  })
  .catch(async (err: unknown) => {
    process.stderr.write(`timantti: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
    (await logger()).error('cli: the command failed unexpectedly', err);
  });
