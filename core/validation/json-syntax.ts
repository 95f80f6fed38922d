import type { ValidationIssue } from './issues';

/**
 * A `JSON.parse` syntax error as an issue the user can read in Finnish too.
 * V8's message is English only ("Expected ',' or '}' after property value in
 * JSON at position 18", on Node 22+ with "(line 1 column 19)"), so only the
 * facts are taken from it: the position becomes a line and column, a
 * position at the very end means the file was cut short, and an unexpected
 * token (V8 gives no position for those) is quoted.
 */
export function jsonSyntaxIssue(text: string, err: unknown): ValidationIssue {
  const message = err instanceof Error ? err.message : String(err);
  const at = /at position (\d+)/.exec(message);
  const position = at ? Number(at[1]) : undefined;
  if (/end of JSON input/.test(message) || (position !== undefined && text.slice(position).trim() === '')) {
    return { path: '$', code: 'json-ends-early', params: {} };
  }
  if (position !== undefined) return { path: '$', code: 'not-json', params: lineAndColumn(text, position) };
  const token = /^Unexpected token '(.+?)', /.exec(message);
  if (token) return { path: '$', code: 'json-unexpected-token', params: { token: token[1]! } };
  return { path: '$', code: 'not-json-at-all', params: {} };
}

/** One-based line and column of a UTF-16 offset, as an editor shows them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.min(offset, text.length));
  const lastBreak = before.lastIndexOf('\n');
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: offset - lastBreak };
}
