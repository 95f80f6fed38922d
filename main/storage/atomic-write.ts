import { randomBytes } from 'node:crypto';
import { open as fsOpen, rename as fsRename, unlink as fsUnlink } from 'node:fs/promises';
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
export async function writeFileDurable(file: string, data: string | Uint8Array, io: DurableIo = NODE_IO): Promise<void> {
  const tmp = join(dirname(file), `${tempPrefix(basename(file))}${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await io.open(tmp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(io, tmp, file);
  } catch (err) {
    // Whatever failed (a full disk during the write or the fsync, a held
    // file during the rename), the partial temp file must go: on a disk
    // freed a little at a time, leaked temps would keep every freed byte.
    await io.unlink(tmp).catch((unlinkErr: NodeJS.ErrnoException) => {
      if (unlinkErr.code !== 'ENOENT') (err as Error).message += ` (and the temp file could not be removed: ${unlinkErr.code})`;
    });
    throw err;
  }
  await fsyncDirectory(dirname(file));
}

/** `.name.` — every temp file of `name` starts with it, followed by the writer's pid. */
export const tempPrefix = (name: string) => `.${name}.`;

/** The file operations a durable write uses; tests pass failing ones. */
export interface DurableIo {
  open: typeof fsOpen;
  rename: typeof fsRename;
  unlink: typeof fsUnlink;
}
const NODE_IO: DurableIo = { open: fsOpen, rename: fsRename, unlink: fsUnlink };

async function renameWithRetry(io: DurableIo, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await io.rename(from, to);
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
  const handle = await fsOpen(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
