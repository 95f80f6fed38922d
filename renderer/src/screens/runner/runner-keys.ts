import type { AnswerValue } from '../../../../core/assessment/schema';

/** What a key press asks the workshop runner to do. */
export type RunnerAction =
  | { type: 'score'; value: AnswerValue | null }
  | { type: 'row'; delta: 1 | -1 }
  | { type: 'statement'; delta: 1 | -1 }
  | { type: 'help' }
  | { type: 'presentation' }
  | { type: 'fullscreen' }
  | { type: 'reveal' }
  | { type: 'note' };

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** Where the key was pressed: typing in a field is never a shortcut. */
  target?: EventTarget | null;
}

/** Inputs the user types into; a focused switch or checkbox (clicked with the mouse) is not one. */
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'tel', 'url', 'password', 'date', 'time', 'datetime-local', 'month', 'week']);

const isTyping = (target: EventTarget | null | undefined): boolean => {
  const el = target as (HTMLElement & { type?: string }) | null | undefined;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.tagName === 'INPUT') return TEXT_INPUT_TYPES.has((el.type || 'text').toLowerCase());
  return el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
};

/**
 * The workshop is keyboard first: 1–5 score the selected row, 6 not
 * applicable and 7 don't know (the grid's sixth and seventh columns, the same
 * keys in Finnish and English; N and D still work), Backspace clears, ↑/↓
 * choose the row, ←/→ and Enter move between statements, M jumps to the note,
 * V reveals hidden votes, P toggles presentation mode, F full screen, ? shows
 * the help.
 */
export function keyToAction(e: KeyLike): RunnerAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return null;
  switch (e.key) {
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
      return { type: 'score', value: Number(e.key) };
    case '6':
    case 'n':
    case 'N':
      return { type: 'score', value: 'na' };
    case '7':
    case 'd':
    case 'D':
      return { type: 'score', value: 'dont-know' };
    case 'Backspace':
    case 'Delete':
    case '0':
      return { type: 'score', value: null };
    case 'ArrowUp':
      return { type: 'row', delta: -1 };
    case 'ArrowDown':
      return { type: 'row', delta: 1 };
    case 'ArrowLeft':
      return { type: 'statement', delta: -1 };
    case 'ArrowRight':
    case 'Enter':
      return { type: 'statement', delta: 1 };
    case '?':
      return { type: 'help' };
    case 'p':
    case 'P':
      return { type: 'presentation' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'v':
    case 'V':
      return { type: 'reveal' };
    case 'm':
    case 'M':
      return { type: 'note' };
    default:
      return null;
  }
}
