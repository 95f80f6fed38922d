import { open } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';

/** Enough for a few hundred lines; the log's head is never needed for diagnostics. */
const TAIL_BYTES = 128 * 1024;

/**
 * The last `count` lines of a log file, reaching into the newest rotated
 * file (`main.1.log`) when the current one was just started. A missing file
 * gives no lines.
 */
export async function readLogTail(file: string, count: number): Promise<string[]> {
  const lines = await tailLines(file);
  if (lines.length < count) {
    const ext = extname(file);
    lines.unshift(...(await tailLines(join(dirname(file), `${basename(file, ext)}.1${ext}`))));
  }
  return lines.slice(-count);
}

async function tailLines(file: string): Promise<string[]> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  try {
    const { size } = await handle.stat();
    const start = Math.max(0, size - TAIL_BYTES);
    const buffer = Buffer.alloc(size - start);
    await handle.read(buffer, 0, buffer.length, start);
    const lines = buffer.toString('utf8').split(/\r?\n/);
    // Started mid-file: the first piece is the end of a line we did not read whole.
    if (start > 0) lines.shift();
    return lines.filter((line) => line !== '');
  } finally {
    await handle.close();
  }
}
