import fi from 'hyphen/fi/index.js';
import type { Language } from '../../core/settings';

type Hyphenate = (text: string, options: { hyphenChar: string }) => string;

/**
 * Finnish patterns are small and always loaded; the English ones are 100 KB
 * of source that took about 30 ms to load, so a Finnish report of a Finnish
 * assessment (a cold `timantti report`) never loads them.
 */
const loaded: Partial<Record<Language, Hyphenate>> = { fi: (text, options) => fi.hyphenateSync(text, options) };

async function patterns(language: Language): Promise<Hyphenate> {
  const ready = loaded[language];
  if (ready) return ready;
  const en = (await import('hyphen/en/index.js')).default;
  return (loaded.en = (text, options) => en.hyphenateSync(text, options));
}

const MARK = '\u00ad';

/**
 * A word's hyphenation points in a language, as pieces ("asia", "kas", …).
 * Compounds already joined with "-" break after it (the piece keeps its "-").
 * Results are cached: a report hyphenates the same words many times.
 */
export async function createHyphenator(language: Language, userLanguage: Language = language): Promise<(word: string, userText?: boolean) => string[]> {
  const PATTERNS = { [language]: await patterns(language), [userLanguage]: await patterns(userLanguage) } as Record<Language, Hyphenate>;
  const cache = new Map<string, string[]>();
  return (word, userText = false) => {
    const lang = userText ? userLanguage : language;
    const key = `${lang}:${word}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const pieces = word
      .split(/(?<=-)/)
      .flatMap((part) => (/\p{L}{5,}/u.test(part) ? PATTERNS[lang](part, { hyphenChar: MARK }).split(MARK) : [part]))
      .filter((p) => p.length > 0);
    // Finnish convention: never leave a single letter at either end of a break.
    const merged: string[] = [];
    for (const piece of pieces) {
      const last = merged[merged.length - 1];
      if (last !== undefined && (/^\p{L}$/u.test(piece) || /^\p{L}$/u.test(last))) merged[merged.length - 1] = last + piece;
      else merged.push(piece);
    }
    if (cache.size > 20_000) cache.clear();
    cache.set(key, merged);
    return merged;
  };
}
