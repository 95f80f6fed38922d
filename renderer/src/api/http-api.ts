import { CHANNELS, type Channel } from '../../../core/ipc/channels';
import type { TimanttiApi } from '../../../core/ipc/contract';
import type { Result } from '../../../core/result';

import { TOKEN_HEADER, TOKEN_META } from '../../../core/ipc/web-token';

export { TOKEN_HEADER, TOKEN_META };

/**
 * The HTTP twin of the preload API, for browser mode: same channels, same
 * results, carried over `POST /api/<channel>` on 127.0.0.1.
 */
export function createHttpApi(token: string, fetchImpl: typeof fetch = fetch): TimanttiApi {
  const call = async (channel: Channel, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetchImpl(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify({ input: input ?? null }),
      });
      return (await response.json()) as Result<unknown>;
    } catch (err) {
      return { ok: false, error: { code: 'internal', message: `browser-mode server unreachable: ${err instanceof Error ? err.message : String(err)}` } };
    }
  };
  return Object.fromEntries(CHANNELS.map((channel) => [channel, (input?: unknown) => call(channel, input)])) as unknown as TimanttiApi;
}
