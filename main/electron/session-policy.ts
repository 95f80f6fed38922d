import { session } from 'electron';

/**
 * The one permission our own page gets: writing text to the clipboard
 * ("Copy diagnostics" calls navigator.clipboard.writeText, which Chromium
 * asks the session about as 'clipboard-sanitized-write'; refused, the copy
 * fails with "Write permission denied"). Reading the clipboard stays refused.
 */
const CLIPBOARD_WRITE = 'clipboard-sanitized-write';
/**
 * Presentation mode's full-screen button and F key use the Fullscreen API,
 * which Electron asks the session about as 'fullscreen'; refused, the
 * projector keeps the window chrome (F11 from the menu still worked).
 */
const FULLSCREEN = 'fullscreen';
const OWN_PAGE_MAY = new Set([CLIPBOARD_WRITE, FULLSCREEN]);

/**
 * Timantti needs no camera, microphone, location, notifications or anything
 * else a page can ask for, so every permission request and check is refused,
 * except a clipboard write and full screen from our own app's page (`isAppUrl`).
 */
export function restrictPermissions(isAppUrl: (url: string) => boolean): void {
  const allowed = (permission: string, url: string | undefined) => OWN_PAGE_MAY.has(permission) && url !== undefined && isAppUrl(url);
  session.defaultSession.setPermissionRequestHandler((_webContents, permission, callback, details) => callback(allowed(permission, details?.requestingUrl)));
  session.defaultSession.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
  session.defaultSession.setDevicePermissionHandler(() => false);
}
