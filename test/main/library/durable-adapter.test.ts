import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { CorruptRecordError, DurableRecordAdapter } from '../../../main/library/durable-adapter';
import { freshDir } from './helpers';

describe('the lowdb adapter', () => {
  it('works under lowdb’s Low: write, then read back in a new instance', async () => {
    const file = join(freshDir(), 'db.json');
    const db = new Low(new DurableRecordAdapter<{ n: number }>(file), { n: 0 });
    db.data.n = 42;
    await db.write();
    const again = new Low(new DurableRecordAdapter<{ n: number }>(file), { n: 0 });
    await again.read();
    expect(again.data).toEqual({ n: 42 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ sha256: expect.any(String), data: { n: 42 } });
  });

  it('keeps the default for a missing file, but never silently for a corrupt one', async () => {
    const dir = freshDir();
    const missing = new Low(new DurableRecordAdapter<{ n: number }>(join(dir, 'none.json')), { n: 7 });
    await missing.read();
    expect(missing.data).toEqual({ n: 7 });

    const file = join(dir, 'bad.json');
    writeFileSync(file, Buffer.alloc(512));
    const corrupt = new Low(new DurableRecordAdapter<{ n: number }>(file), { n: 7 });
    await expect(corrupt.read()).rejects.toMatchObject({ name: 'CorruptRecordError', reason: 'nul-bytes' });
    await expect(corrupt.read()).rejects.toBeInstanceOf(CorruptRecordError);
  });
});
