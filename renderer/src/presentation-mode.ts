import { useSyncExternalStore } from 'react';

// Presentation mode belongs to the workshop runner, but the application shell
// hides its header while it is on, so the state lives here, outside both.
// Remembered across starts: a consultant who presents keeps presenting.

const KEY = 'timantti.presentation';
const listeners = new Set<() => void>();
/** Used only when the browser refuses storage. */
let fallback = false;

function isOn(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return fallback;
  }
}

/** Turns presentation mode on or off (or toggles it, given a function). */
export function setPresentation(next: boolean | ((current: boolean) => boolean)): void {
  const value = typeof next === 'function' ? next(isOn()) : next;
  fallback = value;
  try {
    localStorage.setItem(KEY, value ? '1' : '0');
  } catch {
    // Not remembered across starts; still switched now.
  }
  for (const listener of listeners) listener();
}

/** Whether presentation mode is on; renders again when it changes. */
export function usePresentation(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, isOn);
}
