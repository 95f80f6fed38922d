import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { writeFileDurable } from '../../main/storage/atomic-write';

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
  await expect(writeFileDurable(join(dir, 'no-such-dir', 'a.json'), 'x')).rejects.toThrow();
  expect(readFileSync(file, 'utf8')).toBe('old');
});

it('serves concurrent writers without sharing a temp file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'timantti-atomic-'));
  const file = join(dir, 'a.json');
  await Promise.all(Array.from({ length: 20 }, (_, i) => writeFileDurable(file, JSON.stringify({ i }))));
  expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('i');
  expect(readdirSync(dir)).toEqual(['a.json']);
});
