import { vi, type Mock } from 'vitest';
import { CHANNELS, type Channel } from '../../core/ipc/channels';
import type { TimanttiApi } from '../../core/ipc/contract';
import type { Language } from '../../core/settings';

type FakeApi = TimanttiApi & { [K in Channel]: Mock };

/** An in-memory stand-in for main, for component tests: every channel a mock with a plain default. */
export function fakeApi(language: Language = 'fi'): FakeApi {
  let current = language;
  const api = Object.fromEntries(
    CHANNELS.map((c) => [c, vi.fn(async () => ({ ok: false, error: { code: 'internal', message: `${c} not faked` } }))]),
  ) as unknown as FakeApi;
  api['app:info'].mockImplementation(async () => ({
    ok: true,
    value: { name: 'Timantti', version: '0.1.0', dataDir: '/data', language: current, languageChosen: true, shell: 'web' },
  }));
  api['settings:get'].mockImplementation(async () => ({ ok: true, value: { language: current } }));
  api['settings:set'].mockImplementation(async (patch?: { language?: Language }) => {
    current = patch?.language ?? current;
    return { ok: true, value: { language: current } };
  });
  api['library:status'].mockResolvedValue({ ok: true, value: { pending: [] } });
  api['library:events'].mockResolvedValue({ ok: true, value: [] });
  api['client:list'].mockResolvedValue({ ok: true, value: [] });
  api['assessment:list'].mockResolvedValue({ ok: true, value: [] });
  api['questionnaire:list'].mockResolvedValue({ ok: true, value: [] });
  api['answer:save'].mockImplementation(async (input: { assessmentId: string; statementId: string }) => ({
    ok: true,
    value: { assessmentId: input.assessmentId, statementId: input.statementId, updatedAt: new Date().toISOString() },
  }));
  return api;
}
