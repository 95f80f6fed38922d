/**
 * Browser mode's per-run API secret: the server hands it to our own page in
 * a <meta> (other origins cannot read it) and the page sends it back in a
 * header (which also forces a CORS preflight the server never grants).
 * One definition for both sides: main/web/server.ts and the renderer's HTTP twin.
 */
export const TOKEN_HEADER = 'x-timantti-token';
export const TOKEN_META = 'timantti-api-token';
