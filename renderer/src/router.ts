import { useEffect, useState } from 'react';

/** The screens, addressed by the URL hash so a reload (or F5 in the desktop app) returns to the same place. */
export type Route =
  | { name: 'library' }
  | { name: 'new-assessment'; clientId: string; copyFrom?: string }
  | { name: 'setup'; id: string }
  | { name: 'run'; id: string; statementId?: string }
  | { name: 'results'; id: string }
  | { name: 'compare'; clientId: string }
  | { name: 'roadmap'; id: string }
  | { name: 'questionnaires' }
  | { name: 'settings' };

const ID = '([a-z0-9-]+)';
const PATTERNS: [RegExp, (m: string[]) => Route][] = [
  [
    new RegExp(`^#/clients/${ID}/new(?:\\?from=${ID})?$`),
    (m) => (m[2] ? { name: 'new-assessment', clientId: m[1]!, copyFrom: m[2] } : { name: 'new-assessment', clientId: m[1]! }),
  ],
  [new RegExp(`^#/clients/${ID}/compare$`), (m) => ({ name: 'compare', clientId: m[1]! })],
  [new RegExp(`^#/assessments/${ID}/setup$`), (m) => ({ name: 'setup', id: m[1]! })],
  [new RegExp(`^#/assessments/${ID}/run(?:/${ID})?$`), (m) => (m[2] ? { name: 'run', id: m[1]!, statementId: m[2] } : { name: 'run', id: m[1]! })],
  [new RegExp(`^#/assessments/${ID}/results$`), (m) => ({ name: 'results', id: m[1]! })],
  [new RegExp(`^#/assessments/${ID}/roadmap$`), (m) => ({ name: 'roadmap', id: m[1]! })],
  [/^#\/questionnaires$/, () => ({ name: 'questionnaires' })],
  [/^#\/settings$/, () => ({ name: 'settings' })],
];

export function parseHash(hash: string): Route {
  for (const [pattern, make] of PATTERNS) {
    const m = pattern.exec(hash);
    if (m) return make(m);
  }
  return { name: 'library' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'library':
      return '#/';
    case 'new-assessment':
      return `#/clients/${route.clientId}/new${route.copyFrom ? `?from=${route.copyFrom}` : ''}`;
    case 'setup':
      return `#/assessments/${route.id}/setup`;
    case 'run':
      return `#/assessments/${route.id}/run${route.statementId ? `/${route.statementId}` : ''}`;
    case 'results':
      return `#/assessments/${route.id}/results`;
    case 'roadmap':
      return `#/assessments/${route.id}/roadmap`;
    case 'compare':
      return `#/clients/${route.clientId}/compare`;
    case 'questionnaires':
      return '#/questionnaires';
    case 'settings':
      return '#/settings';
  }
}

/**
 * A screen with unsaved or failed saves registers a guard; navigation asks it
 * first. Work can never be silently navigated away from.
 */
type Guard = () => Promise<boolean>;
let guard: Guard | undefined;
/** A hash navigate() already cleared with the guard, so the listener does not ask twice. */
let approvedHash: string | undefined;
export const setNavigationGuard = (g: Guard | undefined): void => {
  guard = g;
};

export async function navigate(route: Route, options: { replace?: boolean } = {}): Promise<void> {
  const hash = routeHash(route);
  if (hash === window.location.hash) return;
  if (guard && !(await guard())) return;
  approvedHash = hash;
  if (options.replace) window.history.replaceState(null, '', hash);
  else window.history.pushState(null, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** The current route; follows the back and forward buttons, asking the guard too. */
export function useRoute(): Route {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    let last = window.location.hash;
    const onChange = () => {
      const next = window.location.hash;
      if (next === last) return;
      if (guard && next !== approvedHash) {
        const previous = last;
        void guard().then((allowed) => {
          if (allowed) {
            last = next;
            setHash(next);
          } else window.history.replaceState(null, '', previous);
        });
        return;
      }
      approvedHash = undefined;
      last = next;
      setHash(next);
    };
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return parseHash(hash);
}
