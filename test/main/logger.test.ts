import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankQuotes, describeError } from '../../main/log/describe-error';
import { defaultLogDir } from '../../main/log/log-dir';
import { log, logFile, recentLines, setupLogging } from '../../main/log/logger';
import { repoRoot } from '../fixtures/builders';

describe('the logger', () => {
  it('writes nothing to disk before setup, then lines with time and level to <dir>/<process>.log', () => {
    log.warn('before setup');
    expect(logFile()).toBeUndefined();
    expect(recentLines().at(-1)).toMatch(/\[warn\] before setup$/);

    const dir = mkdtempSync(join(tmpdir(), 'timantti-log-'));
    const file = setupLogging({ dir: join(dir, 'logs'), process: 'web', console: false });
    expect(file).toBe(join(dir, 'logs', 'web.log'));
    log.info('library opened: 3 assessments');
    log.error(
      'saving a-1 failed',
      Object.assign(new Error("ENOSPC: no space left on device, write '/home/k/Acme Oy/a-1.json'"), { code: 'ENOSPC', syscall: 'write' }),
    );
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^\[\d{4}-\d\d-\d\dT[\d:.]+Z\] \[info\] library opened: 3 assessments$/m);
    expect(text).toContain('[error] saving a-1 failed: ENOSPC (write): no space left on device');
    expect(text).not.toContain('Acme');
    expect(text).not.toContain('before setup');
  });

  it('rotates by size, keeping the configured number of old files, newest first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timantti-log-rotate-'));
    setupLogging({ dir, process: 'cli', maxBytes: 2000, keep: 2, console: false });
    for (let i = 0; i < 200; i++) log.info(`line ${String(i).padStart(3, '0')} ${'x'.repeat(60)}`);
    expect(readdirSync(dir).sort()).toEqual(['cli.1.log', 'cli.2.log', 'cli.log']);
    for (const name of readdirSync(dir)) expect(readFileSync(join(dir, name)).length, name).toBeLessThan(2000 + 200);
    const first = (name: string) => Number(/line (\d+)/.exec(readFileSync(join(dir, name), 'utf8'))?.[1]);
    // cli.2.log is older than cli.1.log, which is older than cli.log; line 0 is long gone.
    expect(first('cli.2.log')).toBeLessThan(first('cli.1.log'));
    expect(first('cli.1.log')).toBeLessThan(first('cli.log'));
    expect(first('cli.2.log')).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'cli.log'), 'utf8')).toContain('line 199');
  });

  it('keeps one entry per line: a message cannot forge another line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timantti-log-lines-'));
    const file = setupLogging({ dir, process: 'main', console: false });
    log.warn('first\n[2026-01-01T00:00:00.000Z] [error] forged');
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
  });
});

describe('a process that dies', () => {
  it('logs the uncaught exception and still ends as it would have', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timantti-log-crash-'));
    const script = join(dir, 'crash.ts');
    writeFileSync(
      script,
      `import { setupLogging } from ${JSON.stringify(join(repoRoot, 'main/log/logger.ts'))};\n` +
        `setupLogging({ dir: ${JSON.stringify(dir)}, process: 'cli', console: false });\n` +
        `void Promise.reject(new TypeError('boom'));\n`,
    );
    const run = spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), [script], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(readFileSync(join(dir, 'cli.log'), 'utf8')).toContain('[error] uncaught promise rejection: TypeError: boom');
  });
});

describe('describeError', () => {
  it('drops the text V8 quotes from a JSON file that failed to parse', () => {
    let err: unknown;
    try {
      JSON.parse('{"client": {"name": "Nordtek Huolto Oy"}, "notes": "luottamuksellinen" oops');
    } catch (e) {
      err = e;
    }
    const line = describeError(err);
    expect(line).toMatch(/^SyntaxError: /);
    expect(line).not.toMatch(/Nordtek|luottamuksellinen/);
  });

  it('keeps a system error’s code, call and description but not its path', () => {
    const err = Object.assign(new Error("EACCES: permission denied, open '/home/k/Asiakkaat/Nordtek/raportti.pdf'"), { code: 'EACCES', syscall: 'open' });
    expect(describeError(err)).toBe('EACCES (open): permission denied');
  });

  it('never prints a thrown non-Error, which could be anything', () => {
    expect(describeError('Nordtek Huolto Oy')).toBe('a thrown string (not an Error)');
    expect(describeError({ name: 'Nordtek' })).toBe('a thrown object (not an Error)');
  });

  it('follows one cause', () => {
    const err = new Error('report failed', { cause: Object.assign(new Error('ENOMEM: out of memory'), { code: 'ENOMEM' }) });
    expect(describeError(err)).toBe('Error: report failed (cause: ENOMEM: out of memory)');
  });

  it('blanks quoted parts, closed or not', () => {
    expect(blankQuotes(`a 'b' "c" \`d\` 'e`)).toBe(`a '…' "…" \`…\` '…`);
  });
});

describe('defaultLogDir', () => {
  it('is where Electron puts the desktop app’s logs for the same data folder', () => {
    expect(defaultLogDir('/d', 'linux', '/home/k')).toBe(join('/d', 'logs'));
    expect(defaultLogDir('C:\\Users\\k\\AppData\\Roaming\\Timantti', 'win32', 'C:\\Users\\k')).toBe(join('C:\\Users\\k\\AppData\\Roaming\\Timantti', 'logs'));
    expect(defaultLogDir('/d', 'darwin', '/Users/k')).toBe(join('/Users/k', 'Library', 'Logs', 'Timantti'));
  });
});
