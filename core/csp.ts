/**
 * The Content-Security-Policy of every page Timantti shows, in the desktop
 * window and in browser mode alike. Scripts only from the app itself, never
 * eval; no plugins; no network beyond the app's own origin.
 *
 * `style-src 'unsafe-inline'` is the one concession: MUI styles components
 * through Emotion, which injects <style> elements at run time. Inline styles
 * cannot run code, so this does not weaken the script policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The same policy for a <meta> tag, which browsers read without the
 * directives that only work as a header (`frame-ancestors`).
 */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
