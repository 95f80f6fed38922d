import { HandlerError, type HandlerImpls } from '../core/ipc/handler-table';
import type { VotingService } from '../core/voting/contract';

type VotingChannel = 'voting:interfaces' | 'voting:start' | 'voting:stop' | 'voting:state' | 'voting:follow' | 'voting:remove';

/**
 * The phone-voting channels: thin, the input already parsed by the contract.
 * A process without a voting service (the CLI's, a test's) answers every one
 * of them with a typed error instead of pretending a session exists.
 */
export function votingHandlers(voting: VotingService | undefined): Pick<HandlerImpls, VotingChannel> {
  const service = (): VotingService => {
    if (!voting) throw new HandlerError({ code: 'forbidden', message: 'voting-unavailable: phone voting is not available in this process' });
    return voting;
  };
  return {
    'voting:interfaces': () => service().interfaces(),
    'voting:start': (input) => service().start(input).catch(explainListenError),
    'voting:stop': () => service().stop(),
    'voting:state': (query) => service().state(query),
    'voting:follow': ({ statementId }) => service().follow(statementId),
    'voting:remove': ({ seatId }) => service().remove(seatId),
  };
}

/**
 * The two ways listening fails that the user can act on get a code and a
 * stable message key the renderer translates; anything else stays internal.
 */
function explainListenError(err: unknown): never {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') throw new HandlerError({ code: 'conflict', message: 'voting-port-in-use: that port is taken by another program' });
  if (code === 'EADDRNOTAVAIL')
    throw new HandlerError({ code: 'not-found', message: 'voting-address-unavailable: the network address is no longer on this computer' });
  throw err;
}
