/**
 * Every channel between renderer and main, by name. Kept apart from the
 * schemas so the sandboxed preload can list the channels without bundling zod.
 * Names are `domain:verb`.
 */
export const CHANNELS = ['app:info', 'settings:get', 'settings:set'] as const;

export type Channel = (typeof CHANNELS)[number];

export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
