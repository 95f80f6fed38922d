import { describe, expect, it } from 'vitest';
import { parseUntrustedJson } from '../../core/library/safe-json';
import { formatIssue } from '../../core/validation/issues';
import { jsonSyntaxIssue, lineAndColumn } from '../../core/validation/json-syntax';

const parseError = (text: string): unknown => {
  try {
    JSON.parse(text);
  } catch (err) {
    return err;
  }
  throw new Error('parsed');
};

describe('a JSON syntax error as an issue', () => {
  it('counts lines and columns from one, as an editor does, with Windows line ends too', () => {
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('a\nbc', 3)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('a\r\n\r\nbc', 6)).toEqual({ line: 3, column: 2 });
  });

  it('points at the line and column, never quoting the engine’s English', () => {
    const text = '{\r\n  "clients": [],\r\n  "assessments": [] []\r\n}';
    const issue = jsonSyntaxIssue(text, parseError(text));
    expect(issue).toEqual({ path: '$', code: 'not-json', params: { line: 3, column: 21 } });
    expect(formatIssue(issue, 'fi')).toBe('tiedosto ei ole kelvollista JSONia: virhe rivillä 3, sarakkeessa 21');
  });

  it('says a file cut short, or cut in the middle of a text, ends too early', () => {
    for (const text of ['{"clients": [', '{"clients": "Kivimä', '', '   ']) {
      expect(jsonSyntaxIssue(text, parseError(text)).code).toBe('json-ends-early');
    }
  });

  it('quotes the unexpected character when the engine gives no position, and says no more for an unknown error', () => {
    expect(jsonSyntaxIssue('[1,]', parseError('[1,]'))).toEqual({ path: '$', code: 'json-unexpected-token', params: { token: ']' } });
    expect(jsonSyntaxIssue('x', new Error('something else'))).toEqual({ path: '$', code: 'not-json-at-all', params: {} });
    expect(formatIssue(jsonSyntaxIssue('x', 'not even an Error'), 'en')).toBe('the file is not valid JSON');
  });

  it('is what an untrusted import reports', () => {
    const result = parseUntrustedJson('\uFEFF{\n  "kind": "timantti-export",\n  "clients": [,]\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => formatIssue(i, 'en'))).toEqual(['the file is not valid JSON: unexpected character ","']);
  });
});
