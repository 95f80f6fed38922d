/**
 * Headers on every answer of both HTTP servers: browser mode (web/server.ts,
 * which adds the app's CSP) and the phones' participant server
 * (voting/participant-server.ts, which adds its page's own CSP). No sniffing,
 * no referrer, no framing, no sharing across origins, nothing cached.
 */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
} as const;
