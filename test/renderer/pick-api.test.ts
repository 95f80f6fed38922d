import { describe, expect, it, vi } from 'vitest';
import { pickApi } from '../../renderer/src/api';
import { createHttpApi } from '../../renderer/src/api/http-api';
import { fakeApi } from './fake-api';

describe('choosing the API', () => {
  it('uses the preload bridge when the desktop app provides it', async () => {
    const bridge = fakeApi('en');
    const api = pickApi({ timantti: bridge, document } as unknown as Window);
    await expect(api['settings:get']()).resolves.toEqual({ ok: true, value: { language: 'en' } });
    expect(bridge['settings:get']).toHaveBeenCalled();
  });

  it('rejects a reply that does not match the contract', async () => {
    const bridge = fakeApi('en');
    bridge['settings:get'].mockResolvedValueOnce({ ok: true, value: { language: 'klingon' } });
    const api = pickApi({ timantti: bridge, document } as unknown as Window);
    await expect(api['settings:get']()).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('falls back to the HTTP twin, sending the page token', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: { language: 'fi' } })));
    const api = createHttpApi('tok', fetchImpl as unknown as typeof fetch);
    await expect(api['settings:set']({ language: 'fi' })).resolves.toEqual({ ok: true, value: { language: 'fi' } });
    expect(fetchImpl).toHaveBeenCalledWith('/api/settings:set', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-timantti-token': 'tok' },
      body: JSON.stringify({ input: { language: 'fi' } }),
    });
  });

  it('turns a dead server into an error result', async () => {
    const api = createHttpApi('tok', (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch);
    await expect(api['app:info']()).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
