/**
 * An error as one log line that cannot carry client content.
 *
 * Error messages are not ours to trust: Node's file-system errors name the
 * path (a user's folder may be named after a client, a report's file name
 * holds the client's name), and V8's JSON.parse errors quote the text they
 * failed on (`Unexpected token 'x', "{"name":"Acme Oy"…" is not valid JSON`).
 * So a system error is logged as its code, system call and Node's
 * description only, and any other error with every quoted part of its
 * message blanked out. A thrown non-Error is described by its type alone.
 */
export function describeError(err: unknown, depth = 0): string {
  if (!(err instanceof Error)) return `a thrown ${err === null ? 'null' : typeof err} (not an Error)`;
  const e = err as NodeJS.ErrnoException;
  let text: string;
  if (typeof e.code === 'string' && /^E[A-Z0-9]+$/.test(e.code)) {
    // "ENOSPC: no space left on device, write '/home/…'" → "ENOSPC (write): no space left on device"
    const description = e.message
      .replace(/^E[A-Z0-9]+:\s*/, '')
      .split(',')[0]
      ?.trim();
    text = `${e.code}${e.syscall ? ` (${e.syscall})` : ''}${description ? `: ${blankQuotes(description)}` : ''}`;
  } else {
    text = `${e.name || 'Error'}${typeof e.code === 'string' ? ` ${blankQuotes(e.code)}` : ''}: ${blankQuotes(e.message)}`;
  }
  text = oneLine(text).slice(0, MAX_MESSAGE);
  // One level of cause is enough to see why a wrapper failed; deeper chains are rare and long.
  if (e.cause !== undefined && depth === 0) text += ` (cause: ${describeError(e.cause, 1)})`;
  return text;
}

/**
 * The code locations of an unexpected error's stack (the `at …` lines), at
 * most `max`: file names of Timantti's own code, no message text.
 */
export function stackFrames(err: unknown, max = 8): string[] {
  if (!(err instanceof Error) || typeof err.stack !== 'string') return [];
  return err.stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, max)
    .map((line) => `    ${blankQuotes(line.trim())}`);
}

const MAX_MESSAGE = 400;

/** Replaces the inside of every '…', "…" and `…` with an ellipsis; an unclosed quote blanks the rest. */
export function blankQuotes(text: string): string {
  return text.replace(/(['"`])(?:(?!\1)[\s\S])*(?:\1|$)/g, (m, q: string) => `${q}…${m.length > 1 && m.endsWith(q) ? q : ''}`);
}

/** Control characters (newlines included) would let a message forge log lines. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
