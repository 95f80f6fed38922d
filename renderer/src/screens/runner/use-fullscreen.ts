import { useCallback, useSyncExternalStore } from 'react';

const subscribe = (listener: () => void) => {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
};
const isFullscreen = () => document.fullscreenElement != null;

/** How long a refused request may stay unanswered: Electron has left such promises pending. */
const ANSWER_MS = 1500;

/**
 * The Fullscreen API: the window covers the whole screen, with no title bar,
 * tabs or task bar. F11 does the same in a browser and in the desktop app's
 * View menu, but the page cannot see that one. When the window refuses (a
 * browser policy, or a desktop build whose permission policy does not allow
 * full screen), `onRefused` is called, so the user can be told to press F11.
 */
export function useFullscreen(onRefused: () => void): { active: boolean; toggle: () => void } {
  const active = useSyncExternalStore(subscribe, isFullscreen);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) {
      document.exitFullscreen().catch((error: unknown) => console.warn('Leaving full screen failed:', error));
      return;
    }
    const request = document.documentElement.requestFullscreen?.();
    if (!request) return onRefused();
    const timer = setTimeout(() => !isFullscreen() && onRefused(), ANSWER_MS);
    request.catch((error: unknown) => {
      clearTimeout(timer);
      console.warn('Full screen was refused:', error);
      onRefused();
    });
    void request.then(() => clearTimeout(timer));
  }, [onRefused]);
  return { active, toggle };
}
