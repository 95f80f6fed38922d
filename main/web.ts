import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirOverride, defaultDataDir } from './data-dir';
import { BUILT_IN_ACTION_LIBRARY } from './action-libraries';
import { createHandlers } from './handlers';
import { defaultLogDir } from './log/log-dir';
import { log, setupLogging } from './log/logger';
import { BUILT_IN_QUESTIONNAIRES, openLibraryHandle } from './open-library';
import { warmReportWorker } from './report/worker-pool';
import { createSettingsStore } from './settings-store';
import { createVotingService } from './voting/voting-service';
import { defaultRendererDir, isLoopbackHost, startWebServer } from './web/server';
import { parseWebArgs, WEB_USAGE } from './web/args';
import { votingLimitsFromEnv } from './web/voting-limits';

// `npm run web`: the real app in a browser, for demonstrations and for the
// end-to-end tests on machines without the Electron binary.

const here = import.meta.dirname;

async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  if (args.kind === 'help') {
    process.stdout.write(WEB_USAGE);
    return;
  }
  if (args.kind === 'error') {
    process.stderr.write(`${args.message}\n\n${WEB_USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (!isLoopbackHost(args.host)) {
    process.stderr.write(`Timantti: refusing to listen on ${args.host}. Browser mode only listens on 127.0.0.1 so client data never leaves this computer.\n`);
    process.exitCode = 2;
    return;
  }
  const version = (JSON.parse(readFileSync(join(here, '../../package.json'), 'utf8')) as { version: string }).version;
  const dataDir = dataDirOverride(args.dataDir ? ['--data', args.dataDir] : []) ?? defaultDataDir();
  // The terminal shows what the user must act on; warnings go to the file only.
  const logPath = setupLogging({ dir: defaultLogDir(dataDir), process: 'web', console: 'error' });
  log.info(`Timantti ${version} starting (browser mode; ${process.platform} ${process.arch}; Node ${process.versions.node})`);
  const library = await openLibraryHandle(dataDir, version);
  const settings = createSettingsStore(dataDir, Intl.DateTimeFormat().resolvedOptions().locale, () => 'library' in library);
  if (!('library' in library)) process.stderr.write(`Timantti: the assessment library is unavailable: ${library.unavailable}\n`);
  // The app itself stays on loopback (above); the participant server is a
  // separate one, on the address the user picks, only after they press Start.
  const voting = createVotingService({ library: () => library, limits: votingLimitsFromEnv(process.env) });
  const handlers = createHandlers({
    version,
    dataDir,
    shell: 'web',
    settings,
    library: () => library,
    questionnaires: BUILT_IN_QUESTIONNAIRES,
    actionLibrary: BUILT_IN_ACTION_LIBRARY,
    voting,
  });
  const running = await startWebServer({ handlers, rendererDir: defaultRendererDir(here), host: args.host, port: args.port });
  process.stdout.write(`Timantti is running at ${running.url}\nData folder: ${dataDir}\nLog: ${logPath}\nPress Ctrl+C to stop.\n`);
  // pdfmake and the fonts load in the report worker now, not on the first "Create report".
  warmReportWorker();
  const stop = () =>
    void Promise.all([running.close(), voting.close()])
      .then(() => ('library' in library ? library.library.close() : undefined))
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        log.error('stopping: closing the library failed', err);
        process.exit(1);
      });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  log.error('browser mode failed', err);
  const code = (err as NodeJS.ErrnoException).code;
  process.stderr.write(
    code === 'EADDRINUSE'
      ? 'Timantti: that port is already in use; choose another with --port, or leave it out to get a free one.\n'
      : `Timantti: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exitCode = 1;
});
