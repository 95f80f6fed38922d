import { expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate, formatDateInput, formatDateTime, formatDecimalInput, formatPercent, formatScore, parseDateInput, parseDecimal } from '../../core/format';

it('formats scores, shares and dates the way each language writes them', () => {
  expect(formatScore(3.4, 'fi')).toBe('3,4');
  expect(formatScore(3.4, 'en')).toBe('3.4');
  expect(formatScore(3, 'fi')).toBe('3,0');
  expect(formatScore(null, 'fi')).toBe('–');
  expect(formatScore(-0.01, 'en')).toBe('0.0');
  expect(formatPercent(0.978, 'fi')).toBe('98\u00a0%');
  expect(formatPercent(0.978, 'en')).toBe('98%');
  expect(formatDate('2026-11-22', 'fi')).toBe('22.11.2026');
  expect(formatDate('2026-11-22', 'en')).toBe('22 Nov 2026');
});

it('shows and reads dates in the UI language, whatever the operating system', () => {
  expect(formatDateInput('2026-03-07', 'fi')).toBe('7.3.2026');
  expect(formatDateInput('2026-03-07', 'en')).toBe('07/03/2026');
  expect(parseDateInput('7.3.2026')).toBe('2026-03-07');
  expect(parseDateInput(' 07/03/2026 ')).toBe('2026-03-07');
  expect(parseDateInput('2026-3-7')).toBe('2026-03-07');
  expect(parseDateInput('')).toBe('');
  // Day first in both languages: never the US month/day reading.
  expect(parseDateInput('12/02/2026')).toBe('2026-02-12');
  for (const bad of ['31.2.2026', '2026-13-01', '0.1.2026', '1.1.26', 'huomenna', '1.1.2026.', '12345']) expect(parseDateInput(bad), bad).toBeNull();
});

it('reads back every date it shows, in both languages', () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
      fc.constantFrom('fi' as const, 'en' as const),
      (date, language) => {
        const iso = date.toISOString().slice(0, 10);
        expect(parseDateInput(formatDateInput(iso, language))).toBe(iso);
      },
    ),
  );
});

it('shows a moment in the UI language, not the operating system’s', () => {
  const at = new Date(2026, 2, 17, 14, 5).toISOString(); // local time, as shown
  expect(formatDateTime(at, 'fi')).toBe('17.3.2026 klo 14.05');
  expect(formatDateTime(at, 'en')).toBe('17 Mar 2026, 14:05');
  expect(formatDateTime('not a date', 'fi')).toBe('not a date');
});

it('puts a stored decimal back into a field with the UI’s decimal mark, and reads it back', () => {
  expect(formatDecimalInput(1.5, 'fi')).toBe('1,5');
  expect(formatDecimalInput(1.5, 'en')).toBe('1.5');
  expect(formatDecimalInput(3, 'fi')).toBe('3');
  expect(formatDecimalInput(undefined, 'fi')).toBe('');
  for (const v of [0.5, 1.25, 3.5, 10]) for (const l of ['fi', 'en'] as const) expect(parseDecimal(formatDecimalInput(v, l))).toBe(v);
});

it('formats a score exactly as Intl.NumberFormat would, for any number (it is written out to spare a cold start the ICU data)', () => {
  const intl = {
    fi: new Intl.NumberFormat('fi-FI', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    en: new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  };
  const reference = (value: number, language: 'fi' | 'en') => intl[language].format(Math.abs(value) < 0.05 ? 0 : value);
  const check = (value: number) => {
    for (const language of ['fi', 'en'] as const) expect(formatScore(value, language), `${value} ${language}`).toBe(reference(value, language));
  };
  for (const value of [0, 0.05, -0.05, 0.049999, 0.15, 0.25, 1.25, 1.35, 2.45, 2.55, -1.25, -0.3, 4.95, 999.95, 1234.56, -12345.67, 1e6 + 0.05]) check(value);
  fc.assert(fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), check), { numRuns: 5000 });
  fc.assert(
    fc.property(fc.integer({ min: -100000, max: 100000 }), (n) => check(n / 20)),
    { numRuns: 5000 },
  );
  expect(formatScore(-0.3, 'fi')).toBe('\u22120,3');
});

it('formats a share as a percentage exactly as Intl.NumberFormat would (written out, like scores)', () => {
  const intl = {
    fi: new Intl.NumberFormat('fi-FI', { style: 'percent', maximumFractionDigits: 0 }),
    en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 }),
  };
  const check = (share: number) => {
    for (const language of ['fi', 'en'] as const) expect(formatPercent(share, language), `${share} ${language}`).toBe(intl[language].format(share));
  };
  for (const share of [0, 1, 0.6, 0.285, 0.005, 0.0049, 0.355, 16 / 45, 27 / 45, 0.978, 12.345, 1e-7, 123.456, -0.285, -0.004]) check(share);
  fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), check), { numRuns: 5000 });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 1, max: 100000 }), (a, b) => check(a / b)),
    { numRuns: 5000 },
  );
});
