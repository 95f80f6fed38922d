import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { writePerformanceSection } from '../../scripts/performance-doc';
import { freshDir } from './library/helpers';

// Each bench owns one marked section of docs/PERFORMANCE.md; a run must replace only its own.
it('replaces only its own section of docs/PERFORMANCE.md, appends it when missing, and keeps a "$" as written', async () => {
  const file = join(freshDir(), 'PERFORMANCE.md');
  writeFileSync(
    file,
    [
      '# Performance',
      '',
      'Top, by bench.ts.',
      '',
      '<!-- a-bench:start -->',
      'old a',
      '<!-- a-bench:end -->',
      '',
      '<!-- b-bench:start -->',
      'old b',
      '<!-- b-bench:end -->',
      '',
    ].join('\n'),
  );
  await writePerformanceSection('a-bench', ['## A', '', 'costs $& and $1 per run'], file);
  await writePerformanceSection('c-bench', ['## C', '', 'new'], file);
  const doc = readFileSync(file, 'utf8');
  expect(doc).toContain('Top, by bench.ts.');
  expect(doc).toMatch(/<!-- a-bench:start -->\s+## A\s+costs \$& and \$1 per run\s+<!-- a-bench:end -->/);
  expect(doc).not.toContain('old a');
  expect(doc).toMatch(/<!-- b-bench:start -->\s+old b\s+<!-- b-bench:end -->/);
  expect(doc.trimEnd().endsWith('<!-- c-bench:end -->')).toBe(true);
  // Idempotent: running a bench again with the same numbers changes nothing.
  await writePerformanceSection('a-bench', ['## A', '', 'costs $& and $1 per run'], file);
  expect(readFileSync(file, 'utf8')).toBe(doc);
});
