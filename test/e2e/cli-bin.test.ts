import { roundForExport } from '../../core/scoring/rounding';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../core/scoring';
import { example, repoRoot } from '../fixtures/builders';

// The package's `timantti` command, as installed: bin/timantti.js running the
// built CLI in a separate Node process (needs `npm run build`, as npm test does).
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(repoRoot, 'bin', 'timantti.js'), ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'en_GB.UTF-8' } });

describe('the timantti command', () => {
  it('validates (exit 0) and scores with the core numbers', () => {
    expect(run('validate', join(repoRoot, 'assessments/examples/nordtek-2026.json')).status).toBe(0);
    const out = run('score', join(repoRoot, 'assessments/examples/nordtek-2026.json'), '--json');
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).overall).toBe(roundForExport(scoreAssessment(example('nordtek-2026')).overall!));
  });

  it('exits 1 on invalid input and 2 on bad usage, without a stack trace', () => {
    const invalid = run('validate', join(repoRoot, 'package.json'));
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('not a Timantti questionnaire, assessment or action library');
    const usage = run('explode');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Unknown command "explode"');
  });
});
