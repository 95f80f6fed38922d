import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../main/handlers';
import { createSettingsStore } from '../../main/settings-store';

const fresh = () => mkdtempSync(join(tmpdir(), 'timantti-settings-'));
const handlersFor = (dataDir: string, locale = 'en-US', onLanguageChanged?: (l: 'fi' | 'en') => void) =>
  createHandlers({ version: '1.2.3', dataDir, shell: 'desktop', settings: createSettingsStore(dataDir, locale), onLanguageChanged });

describe('app and settings channels, through the contract', () => {
  it('defaults the language from the system locale', async () => {
    await expect(handlersFor(fresh(), 'fi-FI')['settings:get'](undefined)).resolves.toEqual({ ok: true, value: { language: 'fi' } });
    await expect(handlersFor(fresh(), 'sv-SE')['settings:get'](undefined)).resolves.toEqual({ ok: true, value: { language: 'en' } });
  });

  it('persists the language across restarts', async () => {
    const dir = fresh();
    await handlersFor(dir)['settings:set']({ language: 'fi' });
    // A new store is what a restarted app has.
    await expect(handlersFor(dir)['settings:get'](undefined)).resolves.toEqual({ ok: true, value: { language: 'fi' } });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).data).toEqual({ formatVersion: 1, settings: { language: 'fi' } });
  });

  it('tells main when the language changes, and only then', async () => {
    const changed = vi.fn();
    const h = handlersFor(fresh(), 'en-US', changed);
    await h['settings:set']({ language: 'en' });
    expect(changed).not.toHaveBeenCalled();
    await h['settings:set']({ language: 'fi' });
    expect(changed).toHaveBeenCalledWith('fi');
  });

  it.each([[{ language: 'sv' }], [{ language: 1 }], ['fi'], [{ language: 'fi', extra: true }]])('rejects %j and changes nothing', async (input) => {
    const dir = fresh();
    const h = handlersFor(dir);
    await h['settings:set']({ language: 'fi' });
    const result = await h['settings:set'](input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(handlersFor(dir)['settings:get'](undefined)).resolves.toEqual({ ok: true, value: { language: 'fi' } });
  });

  it('falls back to defaults on a corrupt settings file instead of failing to start', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'settings.json'), '{"formatVersion":1,"settings":{"lang');
    await expect(handlersFor(dir, 'fi')['settings:get'](undefined)).resolves.toEqual({ ok: true, value: { language: 'fi' } });
  });

  it('never overwrites settings written by a newer Timantti', async () => {
    const dir = fresh();
    const { encodeRecord } = await import('../../main/library/record-file');
    const newer = encodeRecord({ formatVersion: 2, settings: { language: 'en', theme: 'dark' } });
    writeFileSync(join(dir, 'settings.json'), newer);
    const h = handlersFor(dir, 'fi');
    await expect(h['settings:get'](undefined)).resolves.toEqual({ ok: true, value: { language: 'fi' } });
    await expect(h['settings:set']({ language: 'en' })).resolves.toMatchObject({ ok: false, error: { code: 'newer-format' } });
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(newer);
  });

  it('reports the app info, and whether the language is the user’s choice or only the system’s', async () => {
    const dir = fresh();
    const h = handlersFor(dir, 'fi');
    await expect(h['app:info'](null)).resolves.toEqual({
      ok: true,
      value: { name: 'Timantti', version: '1.2.3', dataDir: dir, language: 'fi', languageChosen: false, shell: 'desktop' },
    });
    await h['settings:set']({ language: 'en' });
    await expect(h['app:info'](null)).resolves.toMatchObject({ ok: true, value: { language: 'en', languageChosen: true } });
    // A new process reads the choice back from settings.json.
    await expect(handlersFor(dir, 'fi')['app:info'](null)).resolves.toMatchObject({ ok: true, value: { language: 'en', languageChosen: true } });
  });

  it('reports a failed save as a result, not a crash', async () => {
    const dir = join(fresh(), 'missing', '\0bad');
    const result = await handlersFor(dir)['settings:set']({ language: 'fi' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('a process refused the library lock', () => {
  it('keeps a settings change for its session and never writes settings.json', async () => {
    const { openLibraryHandle } = await import('../../main/open-library');
    const dir = fresh();
    const owner = await openLibraryHandle(dir, '1.2.3');
    expect('library' in owner).toBe(true);
    await createSettingsStore(dir, 'en-US').set({ language: 'en' });
    const before = readFileSync(join(dir, 'settings.json'));

    const second = await openLibraryHandle(dir, '1.2.3');
    expect(second).toMatchObject({ unavailable: expect.stringContaining('already open') });
    const settings = createSettingsStore(dir, 'en-US', () => 'library' in second);
    await expect(settings.set({ language: 'fi' })).resolves.toEqual({ language: 'fi' });
    await expect(settings.get()).resolves.toEqual({ language: 'fi' });
    expect(readFileSync(join(dir, 'settings.json'))).toEqual(before);
    if ('library' in owner) await owner.library.close();
  });
});
