import type { z } from 'zod';
import { jsonPath } from '../json-path';
import { fail, ok, type Result } from '../result';
import { CHANNELS, isChannel, type Channel } from './channels';
import { contract, type OutputOf, type ParsedInputOf } from './contract';

/** What a feature implements: a function of the already-parsed input. */
export type HandlerImpls = {
  [K in Channel]: (input: ParsedInputOf<K>) => Promise<OutputOf<K>> | OutputOf<K>;
};

/** What a transport calls: raw, untrusted input in, a result out; never throws. */
export type HandlerTable = {
  [K in Channel]: (input: unknown) => Promise<Result<OutputOf<K>>>;
};

import { HandlerError } from './handler-error';

export { HandlerError };

const describeInputError = (err: z.ZodError): Result<never> => {
  const first = err.issues[0];
  const path = first ? jsonPath(first.path) : '$';
  return fail('invalid-input', first ? `${path}: ${first.message}` : 'invalid input', path);
};

/**
 * Wraps feature implementations so every channel parses its input with the
 * contract's schema before acting and turns any failure into a result.
 * Both the Electron IPC bridge and the browser-mode HTTP twin serve this table,
 * which is what keeps browser mode the real app and not a mock.
 */
export const createHandlerTable = (impls: HandlerImpls, logInternal: (channel: Channel, err: unknown) => void = () => undefined): HandlerTable => {
  const table = {} as Record<Channel, (input: unknown) => Promise<Result<unknown>>>;
  for (const channel of CHANNELS) {
    const schema = contract[channel].input as z.ZodType;
    const impl = impls[channel] as (input: unknown) => unknown;
    table[channel] = async (input: unknown) => {
      const parsed = schema.safeParse(input);
      if (!parsed.success) return describeInputError(parsed.error);
      try {
        return ok(await impl(parsed.data));
      } catch (err) {
        if (err instanceof HandlerError) return { ok: false, error: err.error };
        // An unexpected failure's message can carry absolute paths and file
        // names: it goes to the log, the caller gets a typed error only.
        logInternal(channel, err);
        return fail('internal', `unexpected failure in ${channel}`);
      }
    };
  }
  return table as HandlerTable;
};

/** Dispatches by channel name, refusing names that are not in the contract. */
export const dispatch = (table: HandlerTable, channel: unknown, input: unknown): Promise<Result<unknown>> =>
  isChannel(channel) ? table[channel](input) : Promise.resolve(fail('unknown-channel', `unknown channel ${String(channel)}`));
