import { z } from 'zod';
import { runCli } from './cli/run';
import { dataDirOverride, defaultDataDir } from './data-dir';
import { defaultLogDir } from './log/log-dir';
import { log, setupLogging } from './log/logger';

// `timantti` on the command line: validate and score files. All logic is in
// cli/run.ts (tested in-process); this entry only prints and exits.
// A command runs once and exits: zod's compiled fast paths (generated per schema on first use) cost a
// one-shot process more than they save; interpreted checks validate a cold report's input in about half
// the time. The app's long-lived processes keep the compiled paths.
z.config({ jitless: true });
const argv = process.argv.slice(2);
// The file is only created when something is logged: a clean run leaves no trace.
// The terminal already says what went wrong, so nothing is mirrored there.
setupLogging({ dir: defaultLogDir(dataDirOverride(argv) ?? defaultDataDir()), process: 'cli', console: false });
runCli(argv)
  .then(({ code, stdout, stderr }) => {
    if (stdout) process.stdout.write(stdout);
    if (stderr) process.stderr.write(stderr);
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    log.error('cli: the command failed unexpectedly', err);
    process.stderr.write(`timantti: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
