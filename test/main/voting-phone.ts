import { request, type IncomingMessage } from 'node:http';

/** A raw HTTP answer; `json` is the parsed body when it is JSON. */
export interface Answer {
  status: number;
  headers: Record<string, unknown>;
  body: string;
  json: unknown;
}

/** One request to the participant server on loopback, with every header under the test's control (fetch would not let us set Host). */
export function call(
  port: number,
  path: string,
  opts: { method?: string; body?: string | Buffer; headers?: Record<string, string>; host?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        agent: false,
        headers: { host: opts.host ?? `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          let json: unknown;
          try {
            json = JSON.parse(body);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json });
        });
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

export const postJson = (port: number, path: string, value: unknown) =>
  call(port, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });

export interface PhoneEvent {
  event: string;
  data: unknown;
}

/** An open `GET /events` stream that collects its events. */
export interface EventStream {
  status: number;
  events: PhoneEvent[];
  /** Resolves with the first event of that name after index `from` (default: any seen so far). */
  next(event: string, from?: number): Promise<PhoneEvent>;
  ended: Promise<void>;
  raw: string[];
  close(): void;
}

export function openEvents(port: number, token: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: `/events?token=${encodeURIComponent(token)}`, agent: false, headers: { host: `127.0.0.1:${port}` } });
    req.on('error', reject);
    req.on('response', (res: IncomingMessage) => {
      const events: PhoneEvent[] = [];
      const raw: string[] = [];
      const waiting: (() => void)[] = [];
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        raw.push(chunk);
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data !== undefined) events.push({ event, data: JSON.parse(data) as unknown });
        }
        for (const w of waiting.splice(0)) w();
      });
      const ended = new Promise<void>((done) => {
        res.on('end', () => done());
        res.on('close', () => done());
        res.on('error', () => done());
      });
      const next = (event: string, from = 0) =>
        new Promise<PhoneEvent>((found, fail) => {
          const look = () => {
            const hit = events.slice(from).find((e) => e.event === event);
            if (hit) return found(hit);
            waiting.push(look);
          };
          void ended.then(() => {
            const hit = events.slice(from).find((e) => e.event === event);
            if (hit) found(hit);
            else fail(new Error(`stream ended without a ${event} event`));
          });
          look();
        });
      resolve({ status: res.statusCode ?? 0, events, next, ended, raw, close: () => req.destroy() });
    });
    req.end();
  });
}
