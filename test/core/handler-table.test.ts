import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../core/ipc/channels';
import { contract } from '../../core/ipc/contract';
import { createHandlerTable, dispatch, HandlerError } from '../../core/ipc/handler-table';
import { stubImpls } from '../fixtures/handler-stubs';

const table = createHandlerTable(
  stubImpls({
    'app:info': () => ({ name: 'Timantti', version: '1', dataDir: '/d', language: 'en', languageChosen: true, shell: 'web' }),
    'settings:get': () => {
      throw new Error('disk on fire');
    },
    'settings:set': () => {
      throw new HandlerError({ code: 'storage-failed', message: 'read-only folder' });
    },
  }),
);

describe('the handler table', () => {
  it('has one entry per contract channel and the contract one per channel', () => {
    expect(Object.keys(table).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  it('accepts no input as undefined or null on a no-input channel', async () => {
    await expect(table['app:info'](undefined)).resolves.toMatchObject({ ok: true });
    await expect(table['app:info'](null)).resolves.toMatchObject({ ok: true });
    await expect(table['app:info']({ sneaky: 1 })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('turns an unexpected throw into an internal error result', async () => {
    await expect(table['settings:get'](undefined)).resolves.toEqual({ ok: false, error: { code: 'internal', message: 'unexpected failure in settings:get' } });
  });

  it('passes a handler error through with its code', async () => {
    await expect(table['settings:set']({ language: 'fi' })).resolves.toEqual({ ok: false, error: { code: 'storage-failed', message: 'read-only folder' } });
  });

  it('refuses names outside the contract', async () => {
    for (const name of ['fs:read', '__proto__', 'constructor', 42, undefined]) {
      await expect(dispatch(table, name, undefined)).resolves.toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });
});

describe('unexpected failures', () => {
  it('reach the caller as a typed error without the message (which may carry paths), and reach the log', async () => {
    const logged: unknown[] = [];
    const table = createHandlerTable(
      stubImpls({
        'recycle:list': () => {
          throw new Error("EACCES: permission denied, scandir '/home/konsultti/Timantti/library/recycle-bin/Asiakas Oy'");
        },
      }),
      (_channel, err) => logged.push(err),
    );
    const result = await table['recycle:list'](undefined);
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'unexpected failure in recycle:list' } });
    expect(JSON.stringify(result)).not.toContain('/home');
    expect(String(logged[0])).toContain('/home/konsultti');
  });

  it('refuse NUL, slashes and dot-dot in backup and recycle-bin names as input errors', async () => {
    const table = createHandlerTable(stubImpls({}));
    for (const name of ['a\u0000b', '../x', 'a/b', 'a\\b', '..'])
      await expect(table['backup:restore']({ assessmentId: 'a1', name })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(table['recycle:restore']({ entry: 'x\u0000' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
