import type { VotingService } from '../../core/voting/contract';
import type { LibraryHandle } from '../library-handlers';

// PLACEHOLDER so the facilitator's side typechecks on its own branch: the
// real service (participant server, seats, votes) replaces this file at merge.

export interface VotingServiceDeps {
  library: () => LibraryHandle;
  limits?: { maxConnectionsPerAddress?: number };
}

export function createVotingService(_deps: VotingServiceDeps): VotingService & { close(): Promise<void> } {
  let version = 0;
  return {
    interfaces: () => [],
    start: () => Promise.reject(new Error('phone voting: not built yet')),
    stop: async () => ({ running: false, version: ++version }),
    follow: () => ({ running: false, version }),
    remove: () => ({ running: false, version }),
    state: async () => ({ running: false, version }),
    close: async () => undefined,
  };
}
