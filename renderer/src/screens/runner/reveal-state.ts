import { useCallback, useState } from 'react';

/**
 * "Hide votes until revealed" and which statements have been revealed, per
 * assessment, kept in the window's local storage: a reload (or the app
 * restarting) in the middle of a workshop must not show the room votes the
 * consultant was still hiding, nor hide again the ones already discussed.
 * Only ids and a flag are stored, never answers.
 */
const key = (assessmentId: string) => `timantti.reveal.${assessmentId}`;

interface Stored {
  hide: boolean;
  revealed: string[];
}

function read(assessmentId: string): Stored {
  try {
    const value = JSON.parse(window.localStorage.getItem(key(assessmentId)) ?? 'null') as Partial<Stored> | null;
    return {
      hide: value?.hide === true,
      revealed: Array.isArray(value?.revealed) ? value.revealed.filter((id): id is string => typeof id === 'string').slice(0, 1000) : [],
    };
  } catch {
    // Storage unavailable or holding something else: start as a fresh workshop.
    return { hide: false, revealed: [] };
  }
}

function write(assessmentId: string, state: Stored): void {
  try {
    window.localStorage.setItem(key(assessmentId), JSON.stringify(state));
  } catch {
    // Storage full or disabled: the choice holds for this session only.
  }
}

export function useRevealState(assessmentId: string) {
  const [state, setState] = useState(() => ({ assessmentId, ...read(assessmentId) }));
  // Another assessment opened in the same screen: its own state.
  const current = state.assessmentId === assessmentId ? state : { assessmentId, ...read(assessmentId) };
  if (current !== state) setState(current);

  const update = useCallback(
    (change: (s: Stored) => Stored) =>
      setState((s) => {
        const next = { assessmentId: s.assessmentId, ...change(s) };
        write(s.assessmentId, { hide: next.hide, revealed: next.revealed });
        return next;
      }),
    [],
  );
  return {
    hideVotes: current.hide,
    revealed: new Set(current.revealed),
    setHideVotes: useCallback((hide: boolean) => update((s) => ({ ...s, hide })), [update]),
    reveal: useCallback(
      (statementId: string) => update((s) => ({ ...s, revealed: s.revealed.includes(statementId) ? s.revealed : [...s.revealed, statementId] })),
      [update],
    ),
  };
}
