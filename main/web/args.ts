import { parseArgs } from 'node:util';

export const WEB_USAGE = `Usage: npm run web -- [--port <number>] [--host 127.0.0.1] [--data <dir>]

  --port <n>    port to listen on (default: any free port)
  --host <h>    127.0.0.1 (default), ::1 or localhost; nothing else is allowed
  --data <dir>  data folder (default: the desktop app's; or TIMANTTI_DATA)
`;

export type WebArgs = { kind: 'run'; port: number; host: string; dataDir?: string } | { kind: 'help' } | { kind: 'error'; message: string };

/** Parses browser-mode arguments (Node's util.parseArgs); never throws, never exits. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  let values: { help?: boolean; port?: string; host?: string; data?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: { help: { type: 'boolean', short: 'h' }, port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' } },
    }));
  } catch (err) {
    // parseArgs names the offending option ("Unknown option '--bogus'", "Option '--port <value>' argument missing").
    return { kind: 'error', message: err instanceof Error ? err.message.split('. ')[0]! + '.' : 'Invalid arguments.' };
  }
  if (values.help) return { kind: 'help' };
  const port = values.port === undefined ? 0 : Number(values.port);
  if (values.port !== undefined && (values.port === '' || !Number.isInteger(port) || port < 0 || port > 65535))
    return { kind: 'error', message: `--port needs a number from 0 to 65535, not "${values.port}".` };
  if (values.host === '') return { kind: 'error', message: '--host needs a value.' };
  if (values.data === '') return { kind: 'error', message: '--data needs a folder.' };
  const host = values.host ?? '127.0.0.1';
  return values.data === undefined ? { kind: 'run', port, host } : { kind: 'run', port, host, dataDir: values.data };
}
