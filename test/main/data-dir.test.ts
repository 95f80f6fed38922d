import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { dataDirOverride, defaultDataDir } from '../../main/data-dir';
import { parseWebArgs } from '../../main/web/args';

it('finds the same folder Electron uses for userData', () => {
  expect(defaultDataDir({}, 'linux', '/home/k')).toBe('/home/k/.config/Timantti');
  expect(defaultDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/k')).toBe('/x/Timantti');
  expect(defaultDataDir({}, 'darwin', '/Users/k')).toBe('/Users/k/Library/Application Support/Timantti');
  expect(defaultDataDir({ APPDATA: 'C:/Users/k/AppData/Roaming' }, 'win32', 'C:/Users/k')).toContain('Roaming');
});

it('takes --data before TIMANTTI_DATA', () => {
  expect(dataDirOverride(['--data', 'a'], { TIMANTTI_DATA: 'b' })).toBe(resolve('a'));
  expect(dataDirOverride(['--data=c'], {})).toBe(resolve('c'));
  expect(dataDirOverride([], { TIMANTTI_DATA: 'b' })).toBe(resolve('b'));
  expect(dataDirOverride([], {})).toBeUndefined();
});

it('parses browser-mode arguments and rejects bad ones with a message', () => {
  expect(parseWebArgs(['--port', '4173'])).toEqual({ kind: 'run', port: 4173, host: '127.0.0.1' });
  expect(parseWebArgs(['--port=0', '--data', 'd'])).toEqual({ kind: 'run', port: 0, host: '127.0.0.1', dataDir: 'd' });
  expect(parseWebArgs(['--help'])).toEqual({ kind: 'help' });
  expect(parseWebArgs(['--port', 'abc'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--port') });
  expect(parseWebArgs(['--port', '70000'])).toMatchObject({ kind: 'error' });
  expect(parseWebArgs(['--bogus'])).toMatchObject({ kind: 'error', message: expect.stringContaining('--bogus') });
});
