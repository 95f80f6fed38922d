import { vi } from 'vitest';
import type { TimanttiApi } from '../../core/ipc/contract';
import type { Language } from '../../core/settings';

/** An in-memory stand-in for main, for component tests. */
export function fakeApi(language: Language = 'fi') {
  let current = language;
  const api = {
    'app:info': vi.fn(async () => ({
      ok: true as const,
      value: { name: 'Timantti', version: '0.1.0', dataDir: '/data', language: current, shell: 'web' as const },
    })),
    'settings:get': vi.fn(async () => ({ ok: true as const, value: { language: current } })),
    'settings:set': vi.fn(async (patch?: { language?: Language }) => {
      current = patch?.language ?? current;
      return { ok: true as const, value: { language: current } };
    }),
  };
  return api as typeof api & TimanttiApi;
}
