import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf, TimanttiApi } from '../../../../core/ipc/contract';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; error: string; code: string };

const POLL_MS = 1500;

/**
 * Saves answers and tells the truth about it: "saved" only after the library
 * acknowledged every save (written and flushed to disk); a failure shows at
 * once and stays until main reports the pending change written (main keeps
 * it in memory and retries).
 */
export function useAutosave(api: TimanttiApi, assessmentId: string) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const inFlight = useRef(0);
  const failed = useRef(false);
  const failedCode = useRef<string | undefined>(undefined);

  const save = useCallback(
    /** Resolves to null when saved, else the error code (storage-failed: kept and retried by main; anything else: refused). */
    async (change: Omit<InputOf<'answer:save'>, 'assessmentId'>): Promise<string | null> => {
      inFlight.current++;
      if (!failed.current) setState({ kind: 'saving' });
      const result = await api['answer:save']({ assessmentId, ...change });
      inFlight.current--;
      if (!result.ok) {
        failed.current = true;
        failedCode.current = result.error.code;
        setState({ kind: 'failed', error: result.error.message, code: result.error.code });
        return result.error.code;
      }
      // A refused change (not a disk failure) is not retried; the next good save clears it.
      if (failed.current && failedCode.current !== 'storage-failed') failed.current = false;
      if (inFlight.current === 0 && !failed.current) setState({ kind: 'saved', at: result.value.updatedAt });
      return null;
    },
    [api, assessmentId],
  );

  // While failed, ask main whether its retries have written the change yet.
  useEffect(() => {
    if (state.kind !== 'failed' || state.code !== 'storage-failed') return;
    const timer = setInterval(() => {
      void api['library:status']().then((r) => {
        if (r.ok && !r.value.pending.some((p) => p.assessmentId === assessmentId) && inFlight.current === 0) {
          failed.current = false;
          setState({ kind: 'saved', at: new Date().toISOString() });
        }
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [api, assessmentId, state]);

  const hasUnsaved = useCallback(() => inFlight.current > 0 || failed.current, []);
  return { state, save, hasUnsaved };
}
