import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import { createHandlers } from '../../main/handlers';
import { createSettingsStore } from '../../main/settings-store';
import { MAX_BODY_BYTES, startWebServer, TOKEN_HEADER, type RunningWebServer } from '../../main/web/server';

const TOKEN = 'test-token-0123456789';

/** A raw HTTP request, so tests control every header (fetch would not let us set Host). */
function call(server: RunningWebServer, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (server: RunningWebServer, channel: string, input?: unknown, headers: Record<string, string> = {}) =>
  call(server, `/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
    body: JSON.stringify({ input }),
  });

describe('browser mode server', () => {
  const root = mkdtempSync(join(tmpdir(), 'timantti-web-'));
  const rendererDir = join(root, 'renderer');
  const dataDir = join(root, 'data');
  let server: RunningWebServer;

  beforeAll(async () => {
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>T</title></head><body></body></html>');
    writeFileSync(join(root, 'outside.txt'), 'outside');
    const handlers = createHandlers({ version: '9.9.9', dataDir, shell: 'web', settings: createSettingsStore(dataDir, 'en-GB') });
    server = await startWebServer({ handlers, rendererDir, token: TOKEN });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 only', () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it.each(['0.0.0.0', '::', '192.168.1.10', 'example.com'])('refuses to bind to %s', async (host) => {
    await expect(
      startWebServer({ handlers: createHandlers({ version: '1', dataDir, shell: 'web', settings: createSettingsStore(dataDir, 'fi') }), rendererDir, host }),
    ).rejects.toThrow(/Refusing to listen/);
  });

  it('serves index.html with the CSP and the per-run token', async () => {
    const res = await call(server, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.body).toContain(`<meta name="timantti-api-token" content="${TOKEN}" />`);
  });

  it('serves the same handler table: settings persist', async () => {
    const set = await api(server, 'settings:set', { language: 'fi' });
    expect(JSON.parse(set.body)).toEqual({ ok: true, value: { language: 'fi' } });
    const info = JSON.parse((await api(server, 'app:info')).body);
    expect(info).toEqual({ ok: true, value: { name: 'Timantti', version: '9.9.9', dataDir, language: 'fi', languageChosen: true, shell: 'web' } });
  });

  it('rejects bad input with the path', async () => {
    const res = JSON.parse((await api(server, 'settings:set', { language: 'de' })).body);
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'language' } });
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    expect((await api(server, 'app:info', undefined, { [TOKEN_HEADER]: '' })).status).toBe(403);
    expect((await api(server, 'app:info', undefined, { [TOKEN_HEADER]: 'x'.repeat(TOKEN.length) })).status).toBe(403);
    expect((await call(server, '/api/app:info', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(403);
  });

  it('refuses requests whose Host is not loopback (DNS rebinding)', async () => {
    expect((await call(server, '/', { headers: { host: `evil.example:${server.port}` } })).status).toBe(421);
    expect((await api(server, 'app:info', undefined, { host: 'evil.example' })).status).toBe(421);
  });

  it('accepts only JSON bodies within the size limit', async () => {
    expect((await api(server, 'app:info', undefined, { 'content-type': 'text/plain' })).status).toBe(415);
    const huge = await call(server, '/api/settings:set', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: 'x'.repeat(MAX_BODY_BYTES + 1),
    });
    expect(huge.status).toBe(413);
    const broken = await call(server, '/api/settings:set', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN },
      body: '{"input":',
    });
    expect(broken.status).toBe(400);
  });

  it('refuses unknown channels and GET on the API', async () => {
    expect(JSON.parse((await api(server, 'fs:read')).body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect((await call(server, '/api/app:info')).status).toBe(405);
  });

  it('never serves files outside the renderer folder', async () => {
    expect((await call(server, '/..%2foutside.txt')).status).toBe(404);
    expect((await call(server, '/%2e%2e%2foutside.txt')).status).toBe(404);
  });
});
