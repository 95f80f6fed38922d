import { describe, expect, it } from 'vitest';
import { checkLogo, dataUrlBytes, MAX_LOGO_BYTES } from '../../core/report/logo-image';
import { jpegHeader, solidPng } from '../fixtures/fake-report';

const bytes = (b: Buffer) => new Uint8Array(b);

describe('the logo check', () => {
  it('recognises PNG and JPEG by their bytes and reads the pixel size', () => {
    expect(checkLogo(bytes(solidPng(120, 40)))).toEqual({ ok: true, kind: 'png', width: 120, height: 40 });
    expect(checkLogo(bytes(jpegHeader(640, 200)))).toEqual({ ok: true, kind: 'jpeg', width: 640, height: 200 });
  });

  it('refuses other formats, truncated files and empty images', () => {
    expect(checkLogo(bytes(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1')))).toEqual({ ok: false, reason: 'not-image' });
    expect(checkLogo(bytes(solidPng(10, 10).subarray(0, 20)))).toEqual({ ok: false, reason: 'not-image' });
    expect(checkLogo(bytes(jpegHeader(640, 200).subarray(0, 12)))).toEqual({ ok: false, reason: 'not-image' });
    expect(checkLogo(bytes(jpegHeader(0, 200)))).toEqual({ ok: false, reason: 'not-image' });
    expect(checkLogo(new Uint8Array())).toEqual({ ok: false, reason: 'not-image' });
  });

  it('refuses files over 1 MB and images that would decode to too many pixels', () => {
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(solidPng(10, 10));
    expect(checkLogo(big)).toEqual({ ok: false, reason: 'too-large' });
    expect(checkLogo(bytes(jpegHeader(30_000, 30_000)))).toEqual({ ok: false, reason: 'too-many-pixels' });
  });
});

describe('dataUrlBytes', () => {
  it('decodes base64 exactly as Node does, at every padding length', () => {
    for (const length of [1, 2, 3, 4, 5, 255, 256, 1000]) {
      const original = Buffer.from(Array.from({ length }, (_, i) => (i * 37 + length) & 0xff));
      const decoded = dataUrlBytes(`data:image/png;base64,${original.toString('base64')}`);
      expect(decoded && Buffer.from(decoded).equals(original)).toBe(true);
    }
  });

  it('refuses what is not a PNG/JPEG base64 data URL', () => {
    expect(dataUrlBytes('data:image/gif;base64,R0lGOD==')).toBeNull();
    expect(dataUrlBytes('data:image/png;base64,abc')).toBeNull();
    expect(dataUrlBytes('data:image/png,rawdata')).toBeNull();
    expect(dataUrlBytes('https://example.com/logo.png')).toBeNull();
  });
});
