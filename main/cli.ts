import { runCli } from './cli/run';

// `timantti` on the command line: validate and score files. All logic is in
// cli/run.ts (tested in-process); this entry only prints and exits.
runCli(process.argv.slice(2))
  .then(({ code, stdout, stderr }) => {
    if (stdout) process.stdout.write(stdout);
    if (stderr) process.stderr.write(stderr);
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    process.stderr.write(`timantti: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
