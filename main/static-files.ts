import { readFile } from 'node:fs/promises';
import { basename, extname, join, normalize, sep } from 'node:path';
import { log } from './log/logger';

/**
 * Serving the built renderer's files: one module for both transports (the
 * desktop app's timantti:// protocol and browser mode's HTTP server), so the
 * two can never answer the same file differently.
 */

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export const mimeType = (file: string): string => MIME[extname(file)] ?? 'application/octet-stream';

/**
 * The file under `root` that a (still percent-encoded) URL path names, or
 * undefined if the path is malformed, has a NUL or climbs out of `root`.
 */
export function resolveStaticFile(root: string, urlPath: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const base = normalize(root + sep);
  const file = normalize(join(base, pathname === '/' ? 'index.html' : pathname));
  return file.startsWith(base) ? file : undefined;
}

/** A file's bytes, or undefined when it cannot be read (missing, a folder). */
export async function readStatic(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (err) {
    // Missing or a folder is an ordinary 404; anything else (no permission, a
    // bad disk) means a damaged installation and is worth a line in the log.
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'ENOTDIR') log.error(`serving the app's file ${basename(file)} failed`, err);
    return undefined;
  }
}
