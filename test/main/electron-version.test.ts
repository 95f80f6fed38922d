import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

/**
 * What Electronegativity's AvailableSecurityFixesGlobalCheck would check
 * online (it is excluded: it downloads Electron's release list, and crashes
 * on Node 24 offline): that the Electron we ship is a major that still gets
 * security fixes. Electron supports the latest three stable majors; a new
 * major ships every 8 weeks. Raise OLDEST_SUPPORTED_MAJOR when Electron
 * announces an end of support (https://releases.electronjs.org/schedule).
 */
const OLDEST_SUPPORTED_MAJOR = 43; // as of December 2026: 43, 44, 45 (and 46 in beta)

const root = join(import.meta.dirname, '../..');
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

it('ships an Electron major that still gets security fixes', () => {
  const installed = json('node_modules/electron/package.json').version as string;
  const major = Number(installed.split('.')[0]);
  expect(major).toBeGreaterThanOrEqual(OLDEST_SUPPORTED_MAJOR);
});

it('pins the same Electron in package.json, the lock file and what is installed', () => {
  const wanted = ((json('package.json').devDependencies as Record<string, string>).electron ?? '').replace(/^[\^~]/, '');
  const locked = ((json('package-lock.json').packages as Record<string, { version: string }>)['node_modules/electron'] ?? { version: '' }).version;
  const installed = json('node_modules/electron/package.json').version as string;
  expect(locked).toBe(installed);
  expect(installed.split('.')[0]).toBe(wanted.split('.')[0]);
});

it('signs macOS builds at least ad hoc, since fuses and asar integrity change the binary (electron-builder.yml)', () => {
  const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
  const mac = /^mac:\n((?: {2}.*\n|\s*\n)+)/m.exec(yml)?.[1] ?? '';
  expect(mac).toMatch(/^ {2}identity: '-'$/m);
  // Asar integrity is checked on macOS and Windows only; the file must not claim otherwise.
  expect(yml).toMatch(/on Linux the fuse is set but nothing verifies it/);
  expect(yml).toMatch(/enableEmbeddedAsarIntegrityValidation: true/);
});
