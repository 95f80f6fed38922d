import { HandlerError } from '../../core/ipc/handler-table';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/**
 * Checks that a logo data URL really holds a PNG or JPEG (the declared type
 * and the magic bytes agree) before pdfmake opens it; anything else is
 * refused with `bad-logo` rather than failing inside the PDF library.
 */
export function checkLogo(dataUrl: string): void {
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+=*)$/.exec(dataUrl);
  const bytes = match ? Buffer.from(match[2] as string, 'base64') : Buffer.alloc(0);
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  const ok = match !== null && (match[1] === 'png' ? starts(PNG) && bytes.length > 33 : starts(JPEG) && bytes.length > 4);
  if (!ok) throw new HandlerError({ code: 'invalid-input', message: 'bad-logo' });
}
