import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The library was once one 750-line class holding six concerns. It stays a
// thin facade over one module per concern, each small enough to read whole.
const dir = join(import.meta.dirname, '../../../main/library');
const lines = (name: string) => readFileSync(join(dir, name), 'utf8').split('\n').length;

describe('main/library', () => {
  it('has no module over 250 lines', () => {
    const sizes = Object.fromEntries(
      readdirSync(dir)
        .filter((n) => n.endsWith('.ts'))
        .map((n) => [n, lines(n)]),
    );
    expect(Object.entries(sizes).filter(([, n]) => n > 250)).toEqual([]);
  });

  it('keeps library.ts a facade: it reads and writes no library file itself', () => {
    const facade = readFileSync(join(dir, 'library.ts'), 'utf8');
    expect(facade).not.toMatch(/\b(writeRecordFile|writeFileDurable|recordDb|readRecordFile|writeBackup|rename|readdir|stat)\(/);
  });
});
