/**
 * Recognises the logo a user picked from its bytes, not its name or declared
 * type: a renamed GIF or a truncated file must be refused with a clear message
 * before it reaches the PDF engine. The pixel size matters too: a 1 MB PNG can
 * decode to gigabytes, so both sides are capped.
 */

/** The largest logo side, in pixels; far more than a printed logo needs. */
export const MAX_LOGO_SIDE = 4000;
/** The largest logo file the user may pick. */
export const MAX_LOGO_BYTES = 1024 * 1024;

export type LogoCheck =
  { ok: true; kind: 'png' | 'jpeg'; width: number; height: number } | { ok: false; reason: 'not-image' | 'too-large' | 'too-many-pixels' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const u16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u32 = (b: Uint8Array, i: number) => u16(b, i) * 0x10000 + u16(b, i + 2);

function pngSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 24 || PNG_SIGNATURE.some((v, i) => b[i] !== v)) return null;
  // The first chunk must be IHDR: width and height are its first two fields.
  if (String.fromCharCode(b[12] ?? 0, b[13] ?? 0, b[14] ?? 0, b[15] ?? 0) !== 'IHDR') return null;
  return { width: u32(b, 16), height: u32(b, 20) };
}

/** Walks the JPEG markers to the first start-of-frame, which holds the size. */
function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: u16(b, i + 5), width: u16(b, i + 7) };
    const length = u16(b, i + 2);
    if (length < 2) return null;
    i += 2 + length;
  }
  return null;
}

/** Checks a picked logo file's bytes: PNG or JPEG, at most {@link MAX_LOGO_BYTES}, sides at most {@link MAX_LOGO_SIDE}. */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, reason: 'too-large' };
  const png = pngSize(bytes);
  const size = png ?? jpegSize(bytes);
  if (!size || size.width === 0 || size.height === 0) return { ok: false, reason: 'not-image' };
  if (size.width > MAX_LOGO_SIDE || size.height > MAX_LOGO_SIDE) return { ok: false, reason: 'too-many-pixels' };
  return { ok: true, kind: png ? 'png' : 'jpeg', ...size };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The bytes of a `data:image/png|jpeg;base64,` URL, or null when it is not one (core has no atob). */
export function dataUrlBytes(dataUrl: string): Uint8Array | null {
  const match = /^data:image\/(?:png|jpeg);base64,([A-Za-z0-9+/]+)(=*)$/.exec(dataUrl);
  const body = match?.[1];
  if (!body || (body.length + (match[2]?.length ?? 0)) % 4 !== 0) return null;
  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (const ch of body) {
    value = ((value << 6) | BASE64.indexOf(ch)) & 0xffff; // at most 14 live bits
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (value >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, n);
}
