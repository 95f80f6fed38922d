import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { z } from 'zod';
import {
  JoinRequestSchema,
  LeaveRequestSchema,
  VoteRequestSchema,
  type JoinReply,
  type JoinRequest,
  type PhoneError,
  type PhoneErrorCode,
  type VoteRequest,
} from '../../core/voting/phone-protocol';
import { log } from '../log/logger';
import { SECURITY_HEADERS } from '../web/security-headers';
import { PARTICIPANT_PAGE, PARTICIPANT_PAGE_CSP } from './participant-page';

/**
 * The participant server: the first thing Timantti opens beyond 127.0.0.1
 * (docs/SECURITY.md). A plain `node:http` server with its own four routes and
 * nothing else: none of the app's channels, files or data are reachable from
 * it. Every refusal is a typed JSON answer, and no phone's request can throw
 * into the app.
 */

export interface ParticipantLimits {
  /** A join or a vote is well under 200 bytes; anything beyond this is refused before it is read. */
  maxBodyBytes: number;
  /** Sockets open at once from one address (a phone needs its event stream and one or two for requests). */
  maxConnectionsPerAddress: number;
  maxConnections: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  heartbeatMs: number;
}

export const DEFAULT_PARTICIPANT_LIMITS: ParticipantLimits = {
  maxBodyBytes: 2048,
  maxConnectionsPerAddress: 12,
  maxConnections: 200,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  heartbeatMs: 15_000,
};

/** Thrown by the session for an expected refusal; the server turns it into a typed answer. */
export class PhoneRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: PhoneErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PhoneRefusal';
  }
}

/** One phone's open event stream. */
export interface PhoneStream {
  send(event: string, data: unknown): void;
  close(): void;
}

/** What the server asks of the voting session, with input already parsed. */
export interface PhoneSession {
  join(input: JoinRequest, remoteAddress: string): Promise<JoinReply> | JoinReply;
  vote(input: VoteRequest): Promise<unknown>;
  leave(token: string): void;
  /** Attaches a stream to the token's seat and sends it the current view; throws a PhoneRefusal for a bad token. */
  openStream(token: string, stream: PhoneStream, onClose: (listener: () => void) => void): void;
}

export interface RunningParticipantServer {
  port: number;
  /** `http://host:port` as a phone reaches it (IPv6 in brackets). */
  origin: string;
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const refusalBody = (code: PhoneErrorCode, message: string) => JSON.stringify({ ok: false, error: { code, message } satisfies PhoneError });

/** A refusal written straight to a socket the HTTP parser should not spend time on. */
const rawRefusal = (status: number, reason: string, code: PhoneErrorCode, message: string) => {
  const body = refusalBody(code, message);
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n${body}`;
};

export const hostHeaderFor = (host: string, port: number) => `${host.includes(':') ? `[${host}]` : host}:${port}`;

export async function startParticipantServer(options: {
  host: string;
  port?: number;
  limits: ParticipantLimits;
  session: PhoneSession;
}): Promise<RunningParticipantServer> {
  const { limits, session } = options;
  let expectedHost = '';
  const perAddress = new Map<string, number>();
  let total = 0;
  const refused = new WeakSet<Socket>();
  const streams = new Set<() => void>();

  const send = (res: ServerResponse, status: number, body: string, type: string, extra: Record<string, string> = {}) => {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)), ...extra });
    res.end(body);
  };
  const refuse = (res: ServerResponse, status: number, code: PhoneErrorCode, message: string, extra: Record<string, string> = {}) =>
    send(res, status, refusalBody(code, message), JSON_TYPE, extra);
  /** Answers and then drops the connection: the rest of an oversized body is never read. */
  const refuseAndClose = (req: IncomingMessage, res: ServerResponse, status: number, code: PhoneErrorCode, message: string) => {
    if (!res.headersSent) {
      res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': JSON_TYPE, Connection: 'close' });
      res.end(refusalBody(code, message), () => req.destroy());
    } else req.destroy();
  };

  const readJson = async (req: IncomingMessage, res: ServerResponse, schema: z.ZodType): Promise<unknown> => {
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      refuse(res, 415, 'unsupported-type', 'JSON only');
      return undefined;
    }
    const declared = Number(req.headers['content-length'] ?? '0');
    if (!Number.isFinite(declared) || declared > limits.maxBodyBytes) {
      refuseAndClose(req, res, 413, 'body-too-large', `at most ${limits.maxBodyBytes} bytes`);
      return undefined;
    }
    const body = await new Promise<Buffer | undefined>((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBodyBytes) {
          refuseAndClose(req, res, 413, 'body-too-large', `at most ${limits.maxBodyBytes} bytes`);
          resolve(undefined);
        } else chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', () => resolve(undefined));
      req.on('close', () => resolve(undefined));
    });
    if (body === undefined) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
    } catch {
      refuse(res, 400, 'bad-request', 'the body is not JSON');
      return undefined;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      refuse(res, 400, 'bad-request', 'the request does not have the expected fields and values');
      return undefined;
    }
    return parsed.data;
  };

  const post = async <T>(req: IncomingMessage, res: ServerResponse, schema: z.ZodType<T>, act: (input: T) => Promise<unknown> | unknown) => {
    const input = await readJson(req, res, schema);
    if (input === undefined || res.headersSent) return;
    const value = await act(input as T);
    send(res, 200, JSON.stringify({ ok: true, value }), JSON_TYPE);
  };

  const openEvents = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const token = url.searchParams.get('token') ?? '';
    let open = true;
    const listeners: (() => void)[] = [];
    const heartbeat = setInterval(() => open && res.write(': heartbeat\n\n'), limits.heartbeatMs);
    const end = () => {
      if (!open) return;
      open = false;
      clearInterval(heartbeat);
      streams.delete(stop);
      for (const l of listeners) l();
    };
    const stop = () => {
      end();
      res.end();
    };
    const stream: PhoneStream = {
      send: (event, data) => {
        if (!open) return;
        if (!res.headersSent) {
          res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
          res.write('retry: 2000\n\n');
        }
        res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      },
      close: stop,
    };
    try {
      session.openStream(token, stream, (l) => listeners.push(l));
    } catch (err) {
      clearInterval(heartbeat);
      open = false;
      throw err;
    }
    streams.add(stop);
    req.socket.setTimeout(0);
    res.on('close', end);
  };

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://participant.invalid');
    const routes: Record<string, Record<string, () => Promise<unknown> | unknown>> = {
      '/': {
        GET: () =>
          send(res, 200, PARTICIPANT_PAGE, 'text/html; charset=utf-8', {
            'Content-Security-Policy': PARTICIPANT_PAGE_CSP,
          }),
      },
      '/join': { POST: () => post(req, res, JoinRequestSchema, (input) => session.join(input, req.socket.remoteAddress ?? 'unknown')) },
      '/vote': { POST: () => post(req, res, VoteRequestSchema, (input) => session.vote(input)) },
      '/leave': { POST: () => post(req, res, LeaveRequestSchema, (input) => (session.leave(input.token), {})) },
      '/events': { GET: () => openEvents(req, res, url) },
    };
    const methods = Object.hasOwn(routes, url.pathname) ? routes[url.pathname] : undefined;
    if (!methods) return refuse(res, 404, 'not-found', 'no such route');
    const handler = Object.hasOwn(methods, req.method ?? '') ? methods[req.method ?? ''] : undefined;
    if (!handler) return refuse(res, 405, 'method-not-allowed', `${Object.keys(methods).join(', ')} only`, { Allow: Object.keys(methods).join(', ') });
    await handler();
  };

  // Node enforces the header and request timeouts only when it checks its connections (every 30 s by default): check often.
  const server = createServer({ connectionsCheckingInterval: 1000 }, (req, res) => {
    if (refused.has(req.socket)) return void req.socket.destroy();
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    if (req.headers.host !== expectedHost) return refuse(res, 421, 'wrong-host', 'this server answers only at its own address');
    route(req, res).catch((err: unknown) => {
      if (err instanceof PhoneRefusal) return refuse(res, err.status, err.code, err.message);
      log.error(`voting: ${req.method ?? '?'} request failed`, err);
      if (!res.headersSent) refuse(res, 500, 'internal', 'the request failed');
      else res.destroy();
    });
  });
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = 5_000;
  // Node's own hard cap, beyond ours: room above it for typed refusals, then silent drops.
  server.maxConnections = limits.maxConnections + 50;
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end(rawRefusal(400, 'Bad Request', 'bad-request', 'malformed request'));
    socket.destroy();
  });
  server.on('connection', (socket: Socket) => {
    socket.on('error', () => undefined);
    const address = socket.remoteAddress ?? 'unknown';
    const mine = perAddress.get(address) ?? 0;
    if (total >= limits.maxConnections || mine >= limits.maxConnectionsPerAddress) {
      refused.add(socket);
      socket.end(rawRefusal(503, 'Service Unavailable', 'too-many-connections', 'too many connections; try again in a moment'));
      setTimeout(() => socket.destroy(), 1000).unref();
      return;
    }
    total++;
    perAddress.set(address, mine + 1);
    socket.once('close', () => {
      total--;
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left <= 0) perAddress.delete(address);
      else perAddress.set(address, left);
    });
  });
  server.on('error', (err) => log.error('voting: participant server error', err));

  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen({ port: options.port ?? 0, host: options.host, exclusive: true }, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  expectedHost = hostHeaderFor(options.host, port);

  return {
    port,
    origin: `http://${expectedHost}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stop of [...streams]) stop();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
