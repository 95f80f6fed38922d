import fi from 'hyphen/fi/index.js';
import { useEffect, useReducer } from 'react';
import { insertSoftHyphens, SOFT_HYPHEN, type HyphenationRules, type MarkBreaks } from '../../core/text/hyphenation';
import type { Language } from '../../core/settings';

// Chromium and Electron do not hyphenate Finnish with `hyphens: auto` on
// every platform (no dictionary ships on Linux or Windows), so the text
// itself carries the break points as soft hyphens, from the same patterns
// the PDF report uses. The browser draws a hyphen only where it breaks; a
// copy of the text, and a screen reader, get the word whole.

/** Finnish patterns are 1 KB gzip and loaded with the app; English ones (21 KB) when first needed. */
const patterns: Partial<Record<Language, MarkBreaks>> = { fi: (word, mark) => fi.hyphenateSync(word, { hyphenChar: mark }) };
let english: Promise<void> | undefined;

/** Makes `hyphenate` ready for a language; resolves at once when it is. */
export function loadHyphenation(language: Language): Promise<void> {
  if (patterns[language]) return Promise.resolve();
  english ??= import('hyphen/en/index.js').then((m) => {
    patterns.en = (word, mark) => m.default.hyphenateSync(word, { hyphenChar: mark });
  });
  return english;
}

const cache = new Map<string, string>();

/**
 * How much a kind of text is hyphenated. Running text: any word of five
 * letters or more, keeping three letters at either end ("tu-lokset" and
 * "viikol-la" stay whole: a narrow column still reads calmly). A heading:
 * only long compounds ("kohtaamis-pisteeseen"), so it breaks inside a word
 * only when it must.
 */
const RULES: Record<'text' | 'heading', HyphenationRules> = {
  text: { edgeLetters: 3 },
  heading: { edgeLetters: 3, minWordLetters: 13 },
};

/**
 * `text` with soft hyphens at its hyphenation points in `language`, so a long
 * word wraps at a syllable with a visible hyphen ("asiakas-|haastattelut"),
 * never mid-syllable. Unchanged until the language's patterns are loaded
 * (see loadHyphenation). Cached: a statement's texts are hyphenated once.
 */
export function hyphenate(text: string, language: Language, kind: keyof typeof RULES = 'text'): string {
  const marks = patterns[language];
  if (!marks) return text;
  const key = `${language}:${kind}:${text}`;
  let done = cache.get(key);
  if (done === undefined) {
    done = insertSoftHyphens(text, marks, RULES[kind]);
    if (cache.size > 5_000) cache.clear();
    cache.set(key, done);
  }
  return done;
}

/** `hyphenate` for one language, rendering again once that language's patterns have loaded. */
export function useHyphenate(language: Language): (text: string) => string {
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (patterns[language]) return;
    let live = true;
    void loadHyphenation(language).then(() => live && loaded());
    return () => {
      live = false;
    };
  }, [language]);
  return (text) => hyphenate(text, language);
}

/**
 * A copy of hyphenated text pastes as the plain words ("säännöllisesti"),
 * not with the invisible break points inside them, which would make a pasted
 * word unsearchable. Installed once for the whole document.
 */
export function copyWithoutSoftHyphens(event: ClipboardEvent): void {
  const text = document.getSelection()?.toString() ?? '';
  if (!event.clipboardData || !text.includes(SOFT_HYPHEN)) return;
  event.clipboardData.setData('text/plain', text.replaceAll(SOFT_HYPHEN, ''));
  event.preventDefault();
}
