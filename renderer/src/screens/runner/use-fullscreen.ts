import { useCallback, useSyncExternalStore } from 'react';

const subscribe = (listener: () => void) => {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
};
const isFullscreen = () => document.fullscreenElement != null;

/**
 * The Fullscreen API: the window covers the whole screen, with no title bar,
 * tabs or task bar (F11 does the same in a browser and in the desktop app's
 * View menu, but the page cannot see that one).
 */
export function useFullscreen(): { active: boolean; toggle: () => void } {
  const active = useSyncExternalStore(subscribe, isFullscreen);
  const toggle = useCallback(() => {
    const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
    // Refused (a browser policy, no user gesture): the window stays as it was, F11 still works.
    request?.catch((error: unknown) => console.warn('Full screen was refused:', error));
  }, []);
  return { active, toggle };
}
