/**
 * Decimals in machine-readable output (`timantti score --json`, comparisons):
 * two, so `0.8399999999999999` is written `0.84`. Screens and the report show
 * one decimal (core/format.ts). See docs/SCORING.md, "Rounding".
 */
export const EXPORT_DECIMALS = 2;

/** A number as exported: rounded to EXPORT_DECIMALS (half away from zero), no `-0`. */
export function roundForExport(value: number): number {
  const factor = 10 ** EXPORT_DECIMALS;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A copy of a JSON-like value with every non-integer number rounded for export. */
export function roundNumbersForExport<T>(value: T): T {
  if (typeof value === 'number') return (Number.isInteger(value) ? value : roundForExport(value)) as T;
  if (Array.isArray(value)) return value.map((v) => roundNumbersForExport(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, roundNumbersForExport(v)])) as T;
  }
  return value;
}
