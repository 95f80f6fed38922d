import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ensureElectron, FAILED_MESSAGE } from '../../scripts/ensure-electron';

const root = resolve(import.meta.dirname, '../..');
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;

/** A folder shaped like node_modules/electron, with or without its binary. */
function fakeElectron(withBinary: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'timantti-electron-'));
  if (withBinary) installBinary(dir);
  return dir;
}
function installBinary(dir: string): void {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'electron'), '');
  writeFileSync(join(dir, 'path.txt'), 'electron');
}

describe('ensureElectron', () => {
  it('does not run the installer when the binary is there', () => {
    const runInstaller = vi.fn(() => 0);
    expect(ensureElectron({ electronDir: fakeElectron(true), env: {}, runInstaller, log: () => {} })).toBe('present');
    expect(runInstaller).not.toHaveBeenCalled();
  });

  it('runs Electron’s installer when path.txt is missing (the "Electron uninstall" case)', () => {
    const dir = fakeElectron(false);
    const runInstaller = vi.fn((script: string) => {
      expect(script).toBe(join(dir, 'install.js'));
      installBinary(dir);
      return 0;
    });
    expect(ensureElectron({ electronDir: dir, env: {}, runInstaller, log: () => {} })).toBe('downloaded');
    expect(runInstaller).toHaveBeenCalledOnce();
  });

  it('reports a failed download in plain words, in both languages', () => {
    const lines: string[] = [];
    const outcome = ensureElectron({ electronDir: fakeElectron(false), env: {}, runInstaller: () => 1, log: (l) => lines.push(l) });
    expect(outcome).toBe('failed');
    expect(lines.join('\n')).toContain(FAILED_MESSAGE);
    expect(FAILED_MESSAGE).toMatch(/npm run web/);
    expect(FAILED_MESSAGE).toMatch(/Electronia ei voitu ladata/);
  });

  it('treats an installer that exits 0 without a binary as a failure', () => {
    expect(ensureElectron({ electronDir: fakeElectron(false), env: {}, runInstaller: () => 0, log: () => {} })).toBe('failed');
  });

  it('leaves ELECTRON_OVERRIDE_DIST_PATH alone', () => {
    const runInstaller = vi.fn(() => 0);
    expect(ensureElectron({ electronDir: fakeElectron(false), env: { ELECTRON_OVERRIDE_DIST_PATH: '/opt/e' }, runInstaller, log: () => {} })).toBe('override');
    expect(runInstaller).not.toHaveBeenCalled();
  });
});

describe.each(['start', 'dev'])('npm run %s', (name) => {
  /**
   * Runs the package.json script itself with a fake electron-vite on PATH and
   * a fake Electron package whose installer either installs or fails.
   */
  function runScript(installerWorks: boolean) {
    const electronDir = fakeElectron(false);
    const bin = mkdtempSync(join(tmpdir(), 'timantti-bin-'));
    const log = join(bin, 'order.log');
    writeFileSync(
      join(electronDir, 'install.js'),
      installerWorks
        ? `const fs=require('fs'),p=require('path');fs.appendFileSync(${JSON.stringify(log)},'install\\n');fs.mkdirSync(p.join(__dirname,'dist'),{recursive:true});fs.writeFileSync(p.join(__dirname,'dist','electron'),'');fs.writeFileSync(p.join(__dirname,'path.txt'),'electron');`
        : `require('fs').appendFileSync(${JSON.stringify(log)},'install\\n');process.exit(1);`,
    );
    writeFileSync(join(bin, 'electron-vite'), `#!/bin/sh\necho "electron-vite $*" >> ${JSON.stringify(log)}\n`);
    chmodSync(join(bin, 'electron-vite'), 0o755);
    const PATH = [bin, join(root, 'node_modules', '.bin'), process.env.PATH].join(':');
    const run = spawnSync('sh', ['-c', scripts[name]!], { cwd: root, env: { ...process.env, PATH, TIMANTTI_ELECTRON_DIR: electronDir }, encoding: 'utf8' });
    let order: string[] = [];
    try {
      order = readFileSync(log, 'utf8').trim().split('\n');
    } catch {
      order = [];
    }
    return { run, order };
  }

  it('fetches the Electron binary before electron-vite reads path.txt', () => {
    const { run, order } = runScript(true);
    expect(run.status).toBe(0);
    expect(order[0]).toBe('install');
    expect(order[1]).toMatch(/^electron-vite/);
  });

  it('stops with a clear message, before electron-vite, when the download fails', () => {
    const { run, order } = runScript(false);
    expect(run.status).not.toBe(0);
    expect(order).toEqual(['install']);
    expect(run.stderr).toContain('Electron could not be downloaded');
  });
});

it('npm install stays offline-safe: no install script downloads Electron', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts[hook] ?? '').not.toMatch(/electron/);
  // The installer is Electron's own and is what we call.
  expect(execFileSync('node', ['-e', 'console.log(require.resolve("electron/install.js"))'], { cwd: root, encoding: 'utf8' })).toContain('install.js');
});
