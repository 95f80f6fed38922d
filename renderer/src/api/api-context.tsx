import { createContext, useContext, type ReactNode } from 'react';
import type { TimanttiApi } from '../../../core/ipc/contract';

const ApiContext = createContext<TimanttiApi | null>(null);

/** Gives the tree its API: the preload bridge, the HTTP twin, or a test double. */
export function ApiProvider({ api, children }: { api: TimanttiApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): TimanttiApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <ApiProvider>');
  return api;
}
