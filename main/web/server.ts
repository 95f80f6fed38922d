import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import { dispatch, type HandlerTable } from '../../core/ipc/handler-table';
import { TOKEN_HEADER, TOKEN_META } from '../../core/ipc/web-token';
import { fail } from '../../core/result';
import { log } from '../log/logger';
import { mimeType, readStatic, resolveStaticFile } from '../static-files';
import { SECURITY_HEADERS } from './security-headers';

export { TOKEN_HEADER, TOKEN_META };
// Room for an imported file (at most 50 MB) in its JSON envelope.
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'] as const;
export const isLoopbackHost = (host: string): boolean => (LOOPBACK_HOSTS as readonly string[]).includes(host);

export interface WebServerOptions {
  handlers: HandlerTable;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  host?: string;
  port?: number;
  /** Fixed only in tests; otherwise 32 random bytes per run. */
  token?: string;
}

export interface RunningWebServer {
  server: Server;
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, ...SECURITY_HEADERS };

/**
 * Browser mode: the renderer and the very same handler table the desktop app
 * serves over IPC, here over HTTP on the loopback interface only.
 *
 * Other pages in the same browser can send requests to 127.0.0.1, so the API
 * demands a per-run secret that only our own page can read (it is put into
 * index.html, which other origins cannot read), a JSON content type (which
 * forces a CORS preflight we never answer) and a Host header naming loopback
 * (which defeats DNS rebinding).
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host)) {
    throw new Error(`Refusing to listen on ${host}: browser mode serves client data and only listens on 127.0.0.1 (loopback).`);
  }
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let port = options.port ?? 0;

  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);

  const send = (res: ServerResponse, status: number, body: string | Buffer, type: string) => {
    res.writeHead(status, { ...HEADERS, 'Content-Type': type });
    res.end(body);
  };
  const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

  const hasToken = (req: IncomingMessage): boolean => {
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string') return false;
    const bytes = Buffer.from(given);
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes);
  };

  const serveApi = async (req: IncomingMessage, res: ServerResponse, channel: string) => {
    if (req.method !== 'POST') return sendJson(res, 405, fail('forbidden', 'POST only'));
    if (!hasToken(req)) return sendJson(res, 403, fail('forbidden', 'missing or wrong token'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return sendJson(res, 415, fail('invalid-input', 'JSON only'));
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === undefined) return sendJson(res, 413, fail('invalid-input', `request larger than ${MAX_BODY_BYTES} bytes`));
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : (JSON.parse(body) as { input?: unknown }).input;
    } catch {
      return sendJson(res, 400, fail('invalid-input', 'request body is not JSON'));
    }
    sendJson(res, 200, await dispatch(options.handlers, channel, input));
  };

  const serveStatic = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    const file = resolveStaticFile(options.rendererDir, path);
    const body = file ? await readStatic(file) : undefined;
    if (!file || !body) return send(res, 404, 'Not found', 'text/plain; charset=utf-8');
    if (file.endsWith('index.html')) {
      const html = body.toString('utf8').replace('<head>', `<head>\n    <meta name="${TOKEN_META}" content="${token}" />`);
      return send(res, 200, html, mimeType(file));
    }
    send(res, 200, body, mimeType(file));
  };

  const server = createServer((req, res) => {
    if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 421, 'Misdirected request', 'text/plain');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const work = path.startsWith('/api/') ? serveApi(req, res, path.slice('/api/'.length)) : serveStatic(req, res, path);
    work.catch((err: unknown) => {
      // The page gets a code; the detail (maybe a path) goes to the log only.
      log.error(`web: ${req.method ?? '?'} request failed`, err);
      if (!res.headersSent) sendJson(res, 500, fail('internal', 'the request failed; see the log'));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host === '::1' ? '[::1]' : host;
  return {
    server,
    port,
    token,
    url: `http://${shownHost}:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export const defaultRendererDir = (mainOutDir: string): string => join(mainOutDir, '..', 'renderer');
