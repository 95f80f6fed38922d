import { createHandlers } from '../../main/handlers';
import { createSettingsStore } from '../../main/settings-store';
import { freshDir } from './library/helpers';

/** The handler table of a process that could not open its library (another Timantti holds it), with `reason` as the library says. */
export function handlersWithoutLibrary(reason: string) {
  const dataDir = freshDir();
  return createHandlers({ version: '1', dataDir, shell: 'web', settings: createSettingsStore(dataDir, 'fi'), library: () => ({ unavailable: reason }) });
}
