import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format as prettierFormat, resolveConfig as prettierConfig } from 'prettier';

/** docs/PERFORMANCE.md: scripts/bench.ts writes the top; each other bench owns one marked section. */
export const PERFORMANCE_DOC = join(import.meta.dirname, '..', 'docs', 'PERFORMANCE.md');

/**
 * Replaces one bench's section of docs/PERFORMANCE.md (between
 * `<!-- {name}:start -->` and `<!-- {name}:end -->`), or appends it when the
 * file has none yet, and leaves the rest of the file as it was. The file is
 * formatted as `npm run lint` expects, so a fresh run never fails
 * `prettier --check`. Returns the section as written, for the terminal.
 */
export async function writePerformanceSection(name: string, lines: readonly string[], file = PERFORMANCE_DOC): Promise<string> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const section = [start, ...lines, end].join('\n');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n';
  const at = current.indexOf(start);
  const until = current.indexOf(end, at);
  // Spliced, not String.replace: a `$` in a measured line must stay a `$`.
  const next = at >= 0 && until >= 0 ? current.slice(0, at) + section + current.slice(until + end.length) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, await prettierFormat(next, { ...(await prettierConfig(file)), filepath: file }));
  return section;
}
