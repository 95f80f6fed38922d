#!/usr/bin/env node
// The package's `timantti` command. Runs the built CLI (npm run build);
// during development `npm run cli -- <args>` runs the TypeScript directly.
import { existsSync } from 'node:fs';

const cli = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('timantti: the CLI is not built yet; run `npm run build` first (or use `npm run cli -- <args>`).\n');
  process.exit(2);
}
await import(cli.href);
