import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, TimanttiApi } from '../../../../../core/ipc/contract';
import type { AppError } from '../../../../../core/result';
import type { VotingState } from '../../../../../core/voting/contract';

/** How long one `voting:state` call may wait in main for a change. */
export const LONG_POLL_MS = 20_000;
/** After a failed poll, before asking again: main may be busy, never hammer it. */
const RETRY_MS = 2_000;

export type RunningVoting = Extract<VotingState, { running: true }>;

/**
 * The runner's view of phone voting: main's state followed by a long poll
 * while the runner is open, the phones moved along with the statement, and
 * the session stopped when the runner closes. `onVotesStored` hears when
 * phones stored votes, so the grid can fetch them.
 */
export function usePhoneVoting({
  api,
  assessmentId,
  statementId,
  onVotesStored,
}: {
  api: TimanttiApi;
  assessmentId: string;
  statementId: string | undefined;
  onVotesStored: () => void;
}) {
  const [state, setState] = useState<VotingState>({ running: false, version: -1 });
  // A session of another assessment (left running by another window) is not this runner's.
  const session: RunningVoting | null = state.running && state.assessmentId === assessmentId ? state : null;
  const latest = useRef({ session, statementId, onVotesStored });
  useEffect(() => {
    latest.current = { session, statementId, onVotesStored };
  });

  // Every action the user takes counts here: a poll asked before the latest
  // one may answer with an older state, which must not undo a start or a stop.
  const actions = useRef(0);
  const actionVersion = useRef(-1);
  const accept = useCallback((next: VotingState) => {
    actions.current++;
    actionVersion.current = next.version;
    setState(next);
  }, []);

  useEffect(() => {
    let alive = true;
    let since: number | undefined;
    void (async () => {
      while (alive) {
        const asked = actions.current;
        const r = await api['voting:state'](since === undefined ? { waitMs: 0 } : { since, waitMs: LONG_POLL_MS });
        if (!alive) return;
        if (r.ok) {
          since = r.value.version;
          if (asked === actions.current || r.value.version > actionVersion.current) setState(r.value);
        } else {
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        }
      }
    })();
    return () => {
      alive = false;
    };
  }, [api]);

  // Votes stored by the phones: the grid fetches them (a first sight of a running session is not news).
  const stored = useRef<number | null>(null);
  const votesStored = session?.votesStored ?? null;
  useEffect(() => {
    if (votesStored !== null && stored.current !== null && votesStored > stored.current) latest.current.onVotesStored();
    stored.current = votesStored;
  }, [votesStored]);

  // The phones follow the facilitator from statement to statement.
  const sessionStatement = session?.statementId;
  useEffect(() => {
    if (!sessionStatement || !statementId || sessionStatement === statementId) return;
    void api['voting:follow']({ statementId }).then((r) => r.ok && accept(r.value));
  }, [api, accept, sessionStatement, statementId]);

  // Leaving the runner ends the session: nothing keeps listening on the network behind the user's back.
  useEffect(
    () => () => {
      if (latest.current.session) void api['voting:stop']();
    },
    [api],
  );

  const start = useCallback(
    async (input: Omit<InputOf<'voting:start'>, 'assessmentId' | 'statementId'>): Promise<AppError | null> => {
      const at = latest.current.statementId;
      if (!at) return { code: 'invalid-input', message: 'no statement' };
      const r = await api['voting:start']({ ...input, assessmentId, statementId: at });
      if (!r.ok) return r.error;
      stored.current = r.value.running ? r.value.votesStored : null;
      accept(r.value);
      return null;
    },
    [api, accept, assessmentId],
  );
  const stop = useCallback(async (): Promise<AppError | null> => {
    const r = await api['voting:stop']();
    if (!r.ok) return r.error;
    accept(r.value);
    return null;
  }, [api, accept]);
  const remove = useCallback(
    async (seatId: string): Promise<AppError | null> => {
      const r = await api['voting:remove']({ seatId });
      if (!r.ok) return r.error;
      accept(r.value);
      return null;
    },
    [api, accept],
  );
  const interfaces = useCallback(() => api['voting:interfaces'](), [api]);

  return { session, start, stop, remove, interfaces };
}
