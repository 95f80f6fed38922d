/**
 * Every channel between renderer and main, by name. Kept apart from the
 * schemas so the sandboxed preload can list the channels without bundling zod.
 * Names are `domain:verb`.
 */
export const CHANNELS = [
  'app:info',
  'settings:get',
  'settings:set',
  'diagnostics:collect',
  'library:status',
  'library:events',
  'library:import',
  'library:import-preview',
  'questionnaire:list',
  'questionnaire:get',
  'questionnaire:import',
  'questionnaire:retire',
  'client:list',
  'client:create',
  'client:update',
  'client:delete',
  'assessment:list',
  'assessment:get',
  'assessment:create',
  'assessment:update',
  'assessment:delete',
  'recycle:list',
  'recycle:restore',
  'answer:save',
  'backup:list',
  'backup:restore',
  'export:assessment',
  'export:client',
  'export:csv',
  'export:xlsx',
  'export:comparison-csv',
  'export:comparison-xlsx',
  'roadmap:generate',
  'roadmap:save',
  'report:create',
  'report:comparison',
  'voting:interfaces',
  'voting:start',
  'voting:stop',
  'voting:state',
  'voting:follow',
  'voting:remove',
] as const;

export type Channel = (typeof CHANNELS)[number];

export const isChannel = (name: unknown): name is Channel => typeof name === 'string' && (CHANNELS as readonly string[]).includes(name);
