/**
 * Whether a link may be handed to the OS browser: https only, no credentials,
 * a real host. Everything else (file:, javascript:, custom schemes that could
 * launch programs) is refused.
 */
export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname.includes('.');
}
