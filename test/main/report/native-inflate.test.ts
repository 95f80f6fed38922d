import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../fixtures/builders';

// The build swaps tiny-inflate for main/report/native-inflate.cjs (electron.vite.config.ts).
// It must give unicode-trie exactly what tiny-inflate gives, on the very tables the report loads.
type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;
const require = createRequire(import.meta.url);
const native = require('../../../main/report/native-inflate.cjs') as Inflate;
const tiny = require('tiny-inflate') as Inflate;
const base64 = require('base64-js') as { toByteArray(s: string): Uint8Array };

/** The base64 trie payloads a bundled module builds on load. */
function tries(module: string): Uint8Array[] {
  const source = readFileSync(join(repoRoot, 'node_modules', module), 'utf8');
  return [...source.matchAll(/toByteArray\)?\("([A-Za-z0-9+/=]{1000,})"\)/g)].map((m) => base64.toByteArray(m[1] as string));
}

/** unicode-trie's own use: header of 12 bytes, then the data deflated twice. */
function unpack(bytes: Uint8Array, inflate: Inflate): Uint8Array {
  const length = new DataView(bytes.buffer, bytes.byteOffset).getUint32(8, true);
  const once = inflate(bytes.subarray(12), new Uint8Array(length));
  return inflate(once, new Uint8Array(length));
}

describe('the native inflate that stands in for tiny-inflate', () => {
  const tables = [...tries('unicode-properties/dist/module.mjs'), ...tries('linebreak/dist/module.mjs')];

  it('unpacks the Unicode tables of unicode-properties and linebreak byte for byte as tiny-inflate does', () => {
    expect(tables).toHaveLength(2);
    for (const table of tables) {
      const ours = unpack(table, native);
      expect(ours.byteOffset).toBe(0);
      expect(ours.buffer.byteLength).toBe(ours.byteLength);
      expect(Buffer.from(ours).equals(Buffer.from(unpack(table, tiny)))).toBe(true);
    }
  });

  it('fills the destination it is given when the data fits exactly, and returns a copy of the bytes written when it is shorter', () => {
    const data = Buffer.from('Asiakaskokemus on johtamisen asia. '.repeat(20));
    const packed = deflateRawSync(data);
    const exact = new Uint8Array(data.length);
    expect(native(packed, exact)).toBe(exact);
    expect(Buffer.from(exact).equals(data)).toBe(true);
    const roomy = native(packed, new Uint8Array(data.length + 100));
    expect(roomy.byteLength).toBe(data.length);
    expect(Buffer.from(roomy).equals(Buffer.from(tiny(packed, new Uint8Array(data.length + 100))))).toBe(true);
  });

  it('refuses corrupt data (as tiny-inflate does) and data longer than the destination (which tiny-inflate would silently cut)', () => {
    expect(() => native(new Uint8Array([0xff, 0xff, 0xff]), new Uint8Array(10))).toThrow();
    expect(() => native(deflateRawSync(Buffer.alloc(100, 1)), new Uint8Array(10))).toThrow();
  });
});
