import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileDurable, type DurableIo } from '../../main/storage/atomic-write';

const io: DurableIo = { open, rename, unlink };

it('replaces the file and leaves no temp files behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'timantti-atomic-'));
  const file = join(dir, 'a.json');
  writeFileSync(file, 'old');
  await writeFileDurable(file, 'new ä');
  expect(readFileSync(file, 'utf8')).toBe('new ä');
  expect(readdirSync(dir)).toEqual(['a.json']);
});

it('keeps the old content when the write cannot happen', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'timantti-atomic-'));
  const file = join(dir, 'a.json');
  writeFileSync(file, 'old');
  // A folder where the temp file would go: the write itself fails.
  mkdirSync(join(dir, 'sub'));
  const blocked = join(dir, 'sub', 'a.json');
  writeFileSync(blocked, 'old too');
  await expect(writeFileDurable(blocked, 'x', { ...io, open: () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })) })).rejects.toThrow(
    'no space',
  );
  expect(readFileSync(blocked, 'utf8')).toBe('old too');
  expect(readFileSync(file, 'utf8')).toBe('old');
});

describe.each([
  ['the write', 'writeFile'],
  ['the fsync', 'sync'],
] as const)('a full disk during %s', (_, step) => {
  it('removes the partial temp file and keeps the old content', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timantti-atomic-'));
    const file = join(dir, 'a.json');
    writeFileSync(file, 'old');
    const enospc = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const failing: DurableIo = {
      ...io,
      open: (async (...args: Parameters<typeof open>) => {
        const handle = await open(...args);
        // The real temp file exists and gets some bytes; then this step fails, as on a full disk.
        return {
          writeFile: async (d: string) => {
            if (step !== 'writeFile') return handle.writeFile(d);
            await handle.writeFile(d.slice(0, 1));
            throw enospc();
          },
          sync: async () => {
            if (step === 'sync') throw enospc();
            return handle.sync();
          },
          close: () => handle.close(),
        };
      }) as unknown as typeof open,
    };
    for (let i = 0; i < 5; i++) await expect(writeFileDurable(file, 'new', failing)).rejects.toThrow('ENOSPC');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
});

it('removes the temp file when the rename keeps failing', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'timantti-atomic-'));
  const file = join(dir, 'a.json');
  writeFileSync(file, 'old');
  const held = Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' });
  await expect(writeFileDurable(file, 'new', { ...io, rename: () => Promise.reject(held) })).rejects.toThrow('EBUSY');
  expect(readdirSync(dir)).toEqual(['a.json']);
}, 20_000);

it('serves concurrent writers without sharing a temp file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'timantti-atomic-'));
  const file = join(dir, 'a.json');
  await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileDurable(file, JSON.stringify({ i }))));
  expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('i');
  expect(readdirSync(dir)).toEqual(['a.json']);
});
