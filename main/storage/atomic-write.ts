import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES']);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Writes `data` to `file` so that after this resolves the new content
 * survives a crash or a power cut, and at no moment can a reader see a
 * half-written file. Each step is there for a reason:
 *
 * 1. Write a temp file in the same folder (a rename is atomic only within
 *    one file system), with a unique name so two writers never share it.
 * 2. fsync the temp file: without it a power cut after the rename can leave
 *    an empty or NUL-filled target (lowdb/steno never does this).
 * 3. Rename over the target, retrying with backoff: on Windows antivirus and
 *    OneDrive hold files open briefly and the rename fails with EPERM/EBUSY.
 * 4. fsync the folder so the rename itself is on disk. Windows cannot open
 *    a directory for fsync, and NTFS journals the rename, so it is skipped.
 */
export async function writeFileDurable(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await renameWithRetry(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await fsyncDirectory(dirname(file));
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (!code || !RETRYABLE.has(code) || attempt >= 8) throw err;
      await sleep(Math.min(20 * 2 ** attempt, 1000));
    }
  }
}

async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
