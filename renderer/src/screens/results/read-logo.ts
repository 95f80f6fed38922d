import { checkLogo, MAX_LOGO_BYTES } from '../../../../core/report/logo-image';

export interface Logo {
  name: string;
  /** `data:image/png|jpeg;base64,…`, typed by the bytes, not by the file's name. */
  dataUrl: string;
}
export type LogoProblem = 'too-large' | 'not-image' | 'too-many-pixels';

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  // In slices: String.fromCharCode with a million arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** Reads a picked logo, refusing a file over 1 MB before reading it, and anything whose bytes are not a sane PNG/JPEG. */
export async function readLogo(file: File): Promise<{ ok: true; logo: Logo } | { ok: false; problem: LogoProblem }> {
  if (file.size > MAX_LOGO_BYTES) return { ok: false, problem: 'too-large' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkLogo(bytes);
  if (!check.ok) return { ok: false, problem: check.reason };
  return { ok: true, logo: { name: file.name, dataUrl: `data:image/${check.kind};base64,${toBase64(bytes)}` } };
}
