import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = join(import.meta.dirname, '..', '..');

/** Debian's Chromium, or CHROMIUM_PATH; Playwright cannot download browsers here. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  return found;
}

/**
 * Options for every page the tests and screenshots open: no animations to
 * catch half-way, and an English browser (the UI follows the browser's
 * language until the user picks one), whatever the machine's own locale.
 */
export const PAGE_OPTIONS = { reducedMotion: 'reduce' as const, locale: 'en-US' };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface RunningApp {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts the built app in browser mode exactly as `npm run web` does. Needs `npm run build` first. */
export async function startApp(dataDir = mkdtempSync(join(tmpdir(), 'timantti-e2e-')), env: NodeJS.ProcessEnv = {}): Promise<RunningApp> {
  const entry = join(root, 'out', 'main', 'web.js');
  if (!existsSync(entry)) throw new Error('out/main/web.js is missing: run `npm run build` first (npm test does).');
  const child = spawn(process.execPath, [entry, '--port', '0', '--data', dataDir], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${out}`)), 15_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}:\n${out}`)));
  });
  return {
    url,
    dataDir,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs axe-core in the page. It is evaluated over the DevTools protocol, which
 * the page's CSP does not govern, so the app's policy stays as strict as shipped.
 * Every violation, of any impact (issue 11 point 10 wants none at all).
 */
export async function a11yViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/** The serious and critical violations only. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  return (await a11yViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Calls the app's API from inside the page, with the page's own token, as the renderer does. */
export function callApi<T = unknown>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([c, i]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="timantti-api-token"]')?.content ?? '';
      const r = await fetch(`/api/${c}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-timantti-token': token },
        body: JSON.stringify({ input: i }),
      });
      return (await r.json()) as never;
    },
    [channel, input] as const,
  );
}
