import en from 'hyphen/en/index.js';
import fi from 'hyphen/fi/index.js';
import { describe, expect, it } from 'vitest';
import { hyphenationPieces, insertSoftHyphens, SOFT_HYPHEN, type MarkBreaks } from '../../core/text/hyphenation';

// The real patterns the renderer passes in: the rules are about what a reader sees.
const finnish: MarkBreaks = (word, mark) => fi.hyphenateSync(word, { hyphenChar: mark });
const english: MarkBreaks = (word, mark) => en.hyphenateSync(word, { hyphenChar: mark });
const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '|');

describe('soft hyphens for the screen', () => {
  it('breaks Finnish compounds at syllables', () => {
    expect(hyphenationPieces('asiakashaastattelut', finnish)).toEqual(['asia', 'kas', 'haas', 'tat', 'te', 'lut']);
    expect(hyphenationPieces('neljännesvuosittain,', finnish)).toEqual(['nel', 'jän', 'nes', 'vuo', 'sit', 'tain,']);
  });

  it('never leaves a single letter at a break, nor fewer than edgeLetters at either end of a word', () => {
    expect(hyphenationPieces('systematically', english)).toEqual(['sys', 'tem', 'ati', 'cal', 'ly']);
    expect(hyphenationPieces('viikolla', finnish)).toEqual(['vii', 'kol', 'la']);
    expect(hyphenationPieces('viikolla', finnish, { edgeLetters: 3 })).toEqual(['vii', 'kolla']);
    expect(hyphenationPieces('tulokset', finnish, { edgeLetters: 3 })).toEqual(['tulok', 'set']);
    expect(hyphenationPieces('yhteyshenkilölle.', finnish, { edgeLetters: 3 })).toEqual(['yhteys', 'hen', 'ki', 'lölle.']);
  });

  it('keeps a written hyphen as the break and puts no soft hyphen after it', () => {
    expect(shown(insertSoftHyphens('B2B-asiakkuudessa oikea-aikaisesti', finnish))).toBe('B2B-asiak|kuu|des|sa oi|kea-ai|kai|ses|ti');
  });

  it('keeps spacing, short words, words without letters, and break points an author placed', () => {
    const text = 'Se on  NPS:ää,\ntai 2026–2027 ja Asia\u00adkas\u00adymmärrys';
    expect(insertSoftHyphens(text, finnish)).toBe(text);
  });

  it('hyphenates only long words when asked (a heading)', () => {
    expect(shown(insertSoftHyphens('Kuhunkin kohtaamispisteeseen valittu mittari', finnish, { minWordLetters: 13, edgeLetters: 3 }))).toBe(
      'Kuhunkin koh|taa|mis|pis|tee|seen valittu mittari',
    );
  });

  it('changes nothing but the break points', () => {
    const text = 'Asiakkaille lähetetään korkeintaan kerran vuodessa tyytyväisyyskysely, yleensä vain sopimuksen yhteyshenkilölle.';
    expect(insertSoftHyphens(text, finnish, { edgeLetters: 3 }).replaceAll(SOFT_HYPHEN, '')).toBe(text);
  });
});
