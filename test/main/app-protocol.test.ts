import type * as FakeElectron from '../fakes/electron';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import { APP_SCHEME, appUrlMatcher, handleAppProtocol, registerAppScheme, resolveAppFile } from '../../main/electron/app-protocol';
import { protocol, resetFakeElectron } from '../fakes/electron';

describe('the timantti:// protocol', () => {
  const parent = mkdtempSync(join(tmpdir(), 'timantti-protocol-'));
  const dir = join(parent, 'renderer');
  beforeAll(() => {
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(parent, 'secret.txt'), 'secret');
    resetFakeElectron();
    registerAppScheme();
    handleAppProtocol(dir);
  });

  it('is registered as a standard, secure scheme', () => {
    expect(protocol.privileged).toEqual([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('maps URLs inside the renderer folder and nothing outside it', () => {
    expect(resolveAppFile(dir, 'timantti://app/')).toBe(join(dir, 'index.html'));
    expect(resolveAppFile(dir, 'timantti://app/assets/app.js')).toBe(join(dir, 'assets', 'app.js'));
    // The URL parser already folds `..` and `%2e%2e` back inside the root...
    expect(resolveAppFile(dir, 'timantti://app/../secret.txt')).toBe(join(dir, 'secret.txt'));
    expect(resolveAppFile(dir, 'timantti://app/%2e%2e/secret.txt')).toBe(join(dir, 'secret.txt'));
    // ...but an encoded slash survives it and must be caught by us.
    expect(resolveAppFile(dir, 'timantti://app/..%2fsecret.txt')).toBeUndefined();
    expect(resolveAppFile(dir, 'timantti://app/%00')).toBeUndefined();
    expect(resolveAppFile(dir, 'timantti://other/index.html')).toBeUndefined();
    expect(resolveAppFile(dir, 'file:///etc/passwd')).toBeUndefined();
  });

  it('serves files with the CSP header', async () => {
    const handler = protocol.handlers.get(APP_SCHEME)!;
    const response = await handler({ url: 'timantti://app/index.html' } as Request);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<title>x</title>');
  });

  it('refuses traversal and reports missing files', async () => {
    const handler = protocol.handlers.get(APP_SCHEME)!;
    expect((await handler({ url: 'timantti://app/..%2fsecret.txt' } as Request)).status).toBe(403);
    expect((await handler({ url: 'timantti://app/nope.js' } as Request)).status).toBe(404);
  });
});

describe('which URLs are the app', () => {
  it('in a packaged or previewed app: timantti://app only', () => {
    const isApp = appUrlMatcher();
    expect(isApp('timantti://app/index.html')).toBe(true);
    expect(isApp('timantti://app/assets/x.js')).toBe(true);
    for (const url of ['timantti://evil/index.html', 'file:///index.html', 'https://app/', 'http://localhost:5173/', 'not a url', 'null'])
      expect(isApp(url), url).toBe(false);
  });

  it('in development: the dev server only', () => {
    const isApp = appUrlMatcher('http://localhost:5173/');
    expect(isApp('http://localhost:5173/index.html')).toBe(true);
    expect(isApp('http://localhost:5174/')).toBe(false);
    expect(isApp('timantti://app/index.html')).toBe(false);
  });
});

describe('one static-file module for both transports', () => {
  it('answers every file type of the built app with the same Content-Type over timantti:// and over HTTP', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join: joinPath } = await import('node:path');
    const { startWebServer } = await import('../../main/web/server');
    const { createHandlerTable } = await import('../../core/ipc/handler-table');
    const { stubImpls } = await import('../fixtures/handler-stubs');
    const dir = mkdtempSync(joinPath(tmpdir(), 'timantti-static-'));
    const names = ['index.html', 'a.js', 'a.css', 'a.json', 'a.svg', 'a.png', 'favicon.ico', 'a.woff', 'a.woff2', 'a.bin'];
    for (const name of names) writeFileSync(joinPath(dir, name), name === 'index.html' ? '<html><head></head></html>' : 'x');
    const fake = (await import('electron')) as unknown as typeof FakeElectron;
    handleAppProtocol(dir);
    const viaProtocol = fake.protocol.handlers.get(APP_SCHEME)!;
    const server = await startWebServer({ handlers: createHandlerTable(stubImpls({})), rendererDir: dir, host: '127.0.0.1', port: 0 });
    try {
      for (const name of names) {
        const a = (await viaProtocol(new Request(`timantti://app/${name}`))).headers.get('content-type');
        const b = (await fetch(`${server.url}${name}`)).headers.get('content-type');
        expect(a, name).toBe(b);
      }
    } finally {
      await server.close();
    }
  });
});
