import { beforeEach, expect, it } from 'vitest';
import { resetFakeElectron, session } from '../fakes/electron';
import { appUrlMatcher } from '../../main/electron/app-protocol';
import { restrictPermissions } from '../../main/electron/session-policy';

beforeEach(() => resetFakeElectron());

const request = (permission: string, requestingUrl: string): boolean | undefined => {
  let granted: boolean | undefined;
  session.defaultSession.permissionRequestHandler!({}, permission, (g) => (granted = g), { requestingUrl });
  return granted;
};

it('denies every other permission request and check, to our own page too', () => {
  restrictPermissions(appUrlMatcher());
  const s = session.defaultSession;
  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'pointerLock']) {
    expect(request(permission, 'timantti://app/index.html'), permission).toBe(false);
    expect(s.permissionCheckHandler!({}, permission, 'timantti://app'), permission).toBe(false);
  }
  expect(s.devicePermissionHandler!({})).toBe(false);
});

it('lets only our own page write to the clipboard ("Copy diagnostics")', () => {
  restrictPermissions(appUrlMatcher());
  const s = session.defaultSession;
  expect(request('clipboard-sanitized-write', 'timantti://app/index.html#/settings')).toBe(true);
  expect(s.permissionCheckHandler!({}, 'clipboard-sanitized-write', 'timantti://app')).toBe(true);
  for (const other of ['https://example.com/', 'file:///etc/passwd', 'timantti://evil/']) {
    expect(request('clipboard-sanitized-write', other), other).toBe(false);
    expect(s.permissionCheckHandler!({}, 'clipboard-sanitized-write', other), other).toBe(false);
  }
  // A request without a URL is nobody we know.
  let granted: boolean | undefined;
  s.permissionRequestHandler!({}, 'clipboard-sanitized-write', (g) => (granted = g));
  expect(granted).toBe(false);
});

it('lets only our own page go full screen (presentation mode on a projector)', () => {
  restrictPermissions(appUrlMatcher());
  const s = session.defaultSession;
  expect(request('fullscreen', 'timantti://app/index.html#/assessments/a/run')).toBe(true);
  expect(s.permissionCheckHandler!({}, 'fullscreen', 'timantti://app')).toBe(true);
  for (const other of ['https://example.com/', 'timantti://evil/']) expect(request('fullscreen', other), other).toBe(false);
});
