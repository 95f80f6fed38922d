import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, MISSING_MARK, sanitizeText } from '../../core/report/sanitize';

// A font that has Latin-1 and general punctuation only.
const hasGlyph = (cp: number) => cp <= 0xff || (cp >= 0x2010 && cp <= 0x2044) || cp === 0x20ac;
const clean = (text: string, multiline = false) => sanitizeText(text, { hasGlyph, multiline });

describe('sanitising user text for the PDF', () => {
  it('keeps Finnish, Swedish and typographic punctuation as they are', () => {
    expect(clean('Åbo – Äänekoski ”lainaus” 5 €')).toBe('Åbo – Äänekoski ”lainaus” 5 €');
  });

  it('replaces an emoji, with its skin tone or joined family, by one visible mark', () => {
    expect(clean('Hyvä 👍🏽 tulos 👨‍👩‍👧 loppu')).toBe(`Hyvä ${MISSING_MARK} tulos ${MISSING_MARK} loppu`);
  });

  it('replaces right-to-left script and CJK visibly, one mark per run', () => {
    expect(clean('Asiakas: שלום עולם ja مرحبا')).toBe(`Asiakas: ${MISSING_MARK} ja ${MISSING_MARK}`);
    expect(clean('中文 teksti')).toBe(`${MISSING_MARK} teksti`);
  });

  it('drops control, bidi-override and soft-hyphen characters', () => {
    expect(clean('a\u0000b\u0007c\u202ed\u00ade\ufefff')).toBe('abcdef');
  });

  it('keeps line breaks only in multi-line text, normalised', () => {
    expect(clean('rivi 1\r\nrivi 2\n\n\n\nrivi 3', true)).toBe('rivi 1\nrivi 2\n\nrivi 3');
    expect(clean('nimi\nrivi', false)).toBe('nimi rivi');
  });

  it('cuts a text beyond the limit visibly', () => {
    const out = clean('x'.repeat(MAX_TEXT_LENGTH + 500));
    expect(out.endsWith(' …')).toBe(true);
    expect(out.length).toBe(MAX_TEXT_LENGTH + 2);
  });
});

describe('composed characters', () => {
  it('turns a decomposed "ä" (a Mac’s a + combining diaeresis) into one character', () => {
    expect(clean('Ta\u0308ma\u0308 on a\u030angstro\u0308m')).toBe('Tämä on ångström');
  });
});
