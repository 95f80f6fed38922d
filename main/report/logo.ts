import { HandlerError } from '../../core/ipc/handler-error';
import { checkLogo as checkLogoBytes, dataUrlBytes } from '../../core/report/logo-image';

/**
 * Checks that a logo data URL really holds a PNG or JPEG of sane size (the
 * one rule in core/report/logo-image.ts, shared with the dialog and the
 * channel) before pdfmake opens it; anything else is refused with
 * `bad-logo` rather than failing inside the PDF library.
 */
export function checkLogo(dataUrl: string): void {
  const bytes = dataUrlBytes(dataUrl);
  if (!bytes || !checkLogoBytes(bytes).ok) throw new HandlerError({ code: 'invalid-input', message: 'bad-logo' });
}
