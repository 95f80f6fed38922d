import { session } from 'electron';

/**
 * Timantti needs no camera, microphone, location, notifications or anything
 * else a page can ask for, so every permission request and check is refused.
 */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setDevicePermissionHandler(() => false);
}
