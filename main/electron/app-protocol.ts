import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import { mimeType, readStatic, resolveStaticFile } from '../static-files';

/** The app is served from `timantti://app/`, never from `file://`. */
export const APP_SCHEME = 'timantti';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The test for "this URL is our app": the timantti:// pages, or in
 * development the Vite dev server's origin. Compared by scheme and host, not
 * by `URL.origin`: for a custom scheme Node's URL parser reports the origin
 * as "null", which would match nothing (or everything).
 */
export function appUrlMatcher(devUrl?: string): (url: string) => boolean {
  const dev = devUrl ? new URL(devUrl) : undefined;
  return (raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    if (dev) return url.protocol === dev.protocol && url.host === dev.host;
    return url.protocol === `${APP_SCHEME}:` && url.host === 'app';
  };
}

/**
 * Must run before `app` is ready. A standard, secure scheme gives the page a
 * real origin (so `'self'` in the CSP means the app and nothing else) without
 * the broad powers `file://` pages have.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/**
 * Maps a request URL to a file under `rendererDir`, or undefined when the URL
 * is not ours or tries to climb out of the folder (`..`, encoded or not).
 */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== 'app') return undefined;
  return resolveStaticFile(rendererDir, url.pathname);
}

/** Serves the built renderer with the CSP on every response. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Forbidden', { status: 403 });
    const body = await readStatic(file);
    if (!body) return new Response('Not found', { status: 404 });
    return new Response(body, {
      headers: {
        'Content-Type': mimeType(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
