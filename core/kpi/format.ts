import { formatScore } from '../format';
import type { Language } from '../settings';
import type { KpiUnit } from './schema';

/** A stored period ("2026-Q1", "2025-H2", "2026-03", "2025") as people write it: fi "Q1/2026", en "Q1 2026". */
export function formatKpiPeriod(period: string, language: Language): string {
  const [year, part] = period.split('-') as [string, string | undefined];
  if (part === undefined) return year;
  if (/^\d+$/.test(part)) return language === 'fi' ? `${Number(part)}/${year}` : `${year}-${part}`;
  return language === 'fi' ? `${part}/${year}` : `${part} ${year}`;
}

const UNIT_SUFFIX: Record<KpiUnit, Record<Language, string>> = {
  points: { fi: '', en: '' },
  percent: { fi: ' %', en: '%' },
  eur: { fi: ' €', en: ' €' },
  count: { fi: '', en: '' },
  days: { fi: ' pv', en: ' d' },
};

/** A KPI value with its unit, one decimal where it has one, in the language's convention. */
export function formatKpiValue(value: number, unit: KpiUnit, language: Language): string {
  const number = Number.isInteger(value) ? new Intl.NumberFormat(language === 'fi' ? 'fi-FI' : 'en-GB').format(value) : formatScore(value, language);
  return `${number}${UNIT_SUFFIX[unit][language]}`;
}
