import { beforeEach, expect, it } from 'vitest';
import { resetFakeElectron, session } from '../fakes/electron';
import { denyAllPermissions } from '../../main/electron/session-policy';

beforeEach(() => resetFakeElectron());

it('denies every permission request and check', () => {
  denyAllPermissions();
  const s = session.defaultSession;
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
    let granted: boolean | undefined;
    s.permissionRequestHandler!({}, permission, (g) => (granted = g));
    expect(granted, permission).toBe(false);
    expect(s.permissionCheckHandler!({}, permission), permission).toBe(false);
  }
  expect(s.devicePermissionHandler!({})).toBe(false);
});
