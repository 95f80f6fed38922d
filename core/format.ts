import type { Language } from './settings';

const LOCALE: Record<Language, string> = { fi: 'fi-FI', en: 'en-GB' };

/**
 * A score as people read it: one decimal, in the language's convention (fi
 * `3,4` and `−0,3`, en `3.4` and `-0.3`). Written out rather than through
 * Intl.NumberFormat, whose first use loads the locale's ICU data: a cold
 * report formats its first score before anything else needs that (the
 * format test holds it equal to Intl's for any number).
 */
export function formatScore(value: number | null, language: Language, empty = '–'): string {
  if (value === null || !Number.isFinite(value)) return empty;
  // Avoid "−0,0" for tiny negative gaps.
  const shown = Math.abs(value) < 0.05 ? 0 : value;
  const abs = Math.abs(shown);
  // Beyond any score or gap (and where String() switches to exponents): Intl itself.
  if (abs >= 1e15) return scoreFormat(language).format(shown);
  let digits = tenths(abs);
  if (digits === '0.0') return language === 'fi' ? '0,0' : '0.0';
  digits = groupThousands(digits, language);
  const sign = shown < 0 ? (language === 'fi' ? '\u2212' : '-') : '';
  return sign + (language === 'fi' ? digits.replace('.', ',') : digits);
}

/**
 * A non-negative number to one decimal as Intl rounds it: half away from
 * zero on the number's shortest decimal form (0.15 → 0.2, although the
 * double is 0.1499…, which toFixed would round down).
 */
function tenths(abs: number): string {
  const [whole, fraction = ''] = String(abs).split('.') as [string, string?];
  const scaled = Number(whole + (fraction[0] ?? '0')) + ((fraction[1] ?? '0') >= '5' ? 1 : 0);
  return `${Math.floor(scaled / 10)}.${scaled % 10}`;
}

const scoreFormats = new Map<Language, Intl.NumberFormat>();
function scoreFormat(language: Language): Intl.NumberFormat {
  let format = scoreFormats.get(language);
  if (!format) scoreFormats.set(language, (format = new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 })));
  return format;
}

/** Thousands grouped as the locale does: fi with a no-break space, en with a comma. */
function groupThousands(digits: string, language: Language): string {
  const [whole, fraction] = digits.split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fi' ? '\u00a0' : ',');
  return `${grouped}.${fraction}`;
}

/**
 * A 0..1 share as a whole percentage: fi `98 %`, en `98%`. Written out for
 * the same reason as formatScore (the report prints one on its first page);
 * the format test holds it equal to Intl's percent format.
 */
export function formatPercent(share: number, language: Language): string {
  if (!Number.isFinite(share) || Math.abs(share) >= 1e12)
    return new Intl.NumberFormat(LOCALE[language], { style: 'percent', maximumFractionDigits: 0 }).format(share);
  const whole = wholePercent(Math.abs(share));
  const sign = share < 0 || Object.is(share, -0) ? (language === 'fi' ? '\u2212' : '-') : '';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fi' ? '\u00a0' : ',');
  return language === 'fi' ? `${sign}${grouped}\u00a0%` : `${sign}${grouped}%`;
}

/** share × 100 rounded half away from zero on the share's shortest decimal form, as Intl does (0.285 → 29). */
function wholePercent(share: number): string {
  const text = String(share);
  const [mantissa, exponent = '0'] = text.split('e') as [string, string?];
  const [whole, fraction = ''] = mantissa.split('.') as [string, string?];
  // The decimal point moves two places right (plus any exponent): digits, and where the point now is.
  const digits = whole + fraction;
  const point = whole.length + 2 + Number(exponent);
  if (point <= 0) return '0';
  const intPart = digits.slice(0, point).padEnd(point, '0');
  const next = digits[point] ?? '0';
  const rounded = BigInt(intPart || '0') + (next >= '5' ? 1n : 0n);
  return rounded.toString();
}

/** An ISO calendar date (YYYY-MM-DD) in the language's convention: fi `22.11.2026`, en `22 Nov 2026`. */
export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const date = new Date(Date.UTC(y, m - 1, d));
  return language === 'fi'
    ? `${d}.${m}.${y}`
    : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * A decimal typed by a person, in either convention: `3,5` and `3.5` are both
 * 3.5, whatever the operating system's locale (a native number field on an
 * English OS turned a Finnish `3,5` into 35 or nothing). Empty is undefined
 * (not given); anything else that is not a plain number is NaN.
 */
export function parseDecimal(text: string): number | undefined {
  const s = text.trim().replace(/\s/g, '').replace('−', '-');
  if (s === '') return undefined;
  if (!/^-?\d+(?:[.,]\d+)?$/.test(s)) return Number.NaN;
  return Number(s.replace(',', '.'));
}

/**
 * A calendar date as typed in the UI language: fi `17.3.2026`, en
 * `17/03/2026`, and ISO `2026-03-17` in either. Formatting and parsing follow
 * the UI language, never the operating system's locale (a native date field
 * showed 03/17/2026 to a Finnish consultant on an English OS).
 */
export function formatDateInput(isoDate: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  return language === 'fi' ? `${Number(d)}.${Number(mo)}.${y}` : `${d}/${mo}/${y}`;
}

/** The typed date as ISO `YYYY-MM-DD`; '' when empty; null when it is not a real date. */
export function parseDateInput(text: string): string | '' | null {
  const s = text.trim();
  if (s === '') return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  // Finnish writes day.month.year; English (en-GB) day/month/year. Either separator is read in both.
  const dmy = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2999 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** What the date field shows as its format hint. */
export const DATE_INPUT_HINT: Record<Language, string> = { fi: 'pp.kk.vvvv', en: 'dd/mm/yyyy' };

/** A moment (ISO timestamp) in local time, in the UI language: fi `17.3.2026 klo 14.05`, en `17 Mar 2026, 14:05`. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: language === 'fi' ? 'numeric' : 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A stored number put back into a field as the user types it: fi `1,5`, en `1.5`; '' for none. parseDecimal reads both. */
export const formatDecimalInput = (value: number | undefined, language: Language): string =>
  value === undefined ? '' : language === 'fi' ? String(value).replace('.', ',') : String(value);
