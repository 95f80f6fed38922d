import { CHANNELS } from '../../../core/ipc/channels';
import { contract, type TimanttiApi } from '../../../core/ipc/contract';
import type { Result } from '../../../core/result';
import { createHttpApi, TOKEN_META } from './http-api';

declare global {
  interface Window {
    /** Set by main/preload.ts in the desktop app; absent in browser mode. */
    timantti?: TimanttiApi;
  }
}

/**
 * Checks what comes back against the contract's output schema, so a bug on
 * the other side surfaces as a clear error here rather than as a blank screen.
 */
function withCheckedOutputs(api: TimanttiApi): TimanttiApi {
  return Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async (input?: unknown): Promise<Result<unknown>> => {
        const result = await (api[channel] as (i?: unknown) => Promise<Result<unknown>>)(input);
        if (!result.ok) return result;
        const parsed = contract[channel].output.safeParse(result.value);
        return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: { code: 'internal', message: `unexpected reply on ${channel}` } };
      },
    ]),
  ) as unknown as TimanttiApi;
}

/** The preload API in the desktop app, otherwise the HTTP twin of browser mode. */
export function pickApi(win: Window = window): TimanttiApi {
  if (win.timantti) return withCheckedOutputs(win.timantti);
  const token = win.document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';
  return withCheckedOutputs(createHttpApi(token));
}
