import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assessment } from '../../../../core/assessment/schema';
import type { TimanttiApi } from '../../../../core/ipc/contract';
import type { RoadmapItem } from '../../../../core/roadmap/schema';
import type { SaveState } from '../runner/use-autosave';

/**
 * Saves the whole item list through 'roadmap:save', one save at a time; an
 * edit made while a save is running is sent right after it (always the
 * latest list, so nothing in between is lost). "Saved" only after main
 * acknowledged the durable write. A refused save leaves the editor's state
 * as it is, so the consultant can correct it.
 */
export function useRoadmapSave(api: TimanttiApi, assessmentId: string, onSaved: (assessment: Assessment) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef<RoadmapItem[] | null>(null);
  const running = useRef<Promise<boolean> | undefined>(undefined);
  const again = useRef(false);
  const failed = useRef(false);
  const saved = useRef(onSaved);
  useEffect(() => {
    saved.current = onSaved;
  });

  const flush = useCallback((): Promise<boolean> => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    if (!latest.current) return Promise.resolve(!failed.current);
    const go = async () => {
      let ok = true;
      do {
        again.current = false;
        const items = latest.current!;
        if (!failed.current) setState({ kind: 'saving' });
        const r = await api['roadmap:save']({ assessmentId, items });
        ok = r.ok;
        if (r.ok) {
          if (latest.current === items) latest.current = null;
          failed.current = false;
          saved.current(r.value);
          setState({ kind: 'saved', at: r.value.updatedAt });
        } else {
          failed.current = true;
          setState({ kind: 'failed', error: r.error.message, code: r.error.code });
        }
      } while (again.current && latest.current);
      return ok;
    };
    running.current = go().finally(() => (running.current = undefined));
    return running.current;
  }, [api, assessmentId]);

  /** Queues the list for saving now. */
  const save = useCallback(
    (items: RoadmapItem[]) => {
      latest.current = items;
      void flush();
    },
    [flush],
  );

  // Main keeps a failed write in memory and retries; the next save (or a retry) clears the alert.
  useEffect(() => () => void flush(), [flush]);

  const hasUnsaved = useCallback(() => latest.current !== null || running.current !== undefined || failed.current, []);
  return { state, save, flush, hasUnsaved };
}
