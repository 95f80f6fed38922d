export const WEB_USAGE = `Usage: npm run web -- [--port <number>] [--host 127.0.0.1] [--data <dir>]

  --port <n>    port to listen on (default: any free port)
  --host <h>    127.0.0.1 (default), ::1 or localhost; nothing else is allowed
  --data <dir>  data folder (default: the desktop app's; or TIMANTTI_DATA)
`;

export type WebArgs = { kind: 'run'; port: number; host: string; dataDir?: string } | { kind: 'help' } | { kind: 'error'; message: string };

/** Parses browser-mode arguments; never throws, never exits. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  let port = 0;
  let host = '127.0.0.1';
  let dataDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? '').split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'help' };
      case '--port': {
        const raw = value();
        const n = Number(raw);
        if (!raw || !Number.isInteger(n) || n < 0 || n > 65535) return { kind: 'error', message: `--port needs a number from 0 to 65535, not "${raw ?? ''}".` };
        port = n;
        break;
      }
      case '--host': {
        const raw = value();
        if (!raw) return { kind: 'error', message: '--host needs a value.' };
        host = raw;
        break;
      }
      case '--data': {
        const raw = value();
        if (!raw) return { kind: 'error', message: '--data needs a folder.' };
        dataDir = raw;
        break;
      }
      default:
        return { kind: 'error', message: `Unknown option "${argv[i] ?? ''}".` };
    }
  }
  return dataDir === undefined ? { kind: 'run', port, host } : { kind: 'run', port, host, dataDir };
}
