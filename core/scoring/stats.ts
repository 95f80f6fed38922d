/** Small numeric helpers for scoring; all return null rather than NaN on no data. */

export interface Weighted {
  value: number;
  weight: number;
}

/** Weighted mean of the items with positive weight; null when there are none. */
export function weightedMean(items: readonly Weighted[]): number | null {
  let sum = 0;
  let total = 0;
  for (const { value, weight } of items) {
    if (!(weight > 0)) continue;
    sum += value * weight;
    total += weight;
  }
  return total > 0 ? sum / total : null;
}

export const mean = (values: readonly number[]): number | null => weightedMean(values.map((value) => ({ value, weight: 1 })));

/** Minimum, maximum and population standard deviation of a set of scores. */
export interface Spread {
  n: number;
  min: number;
  max: number;
  sd: number;
}

export function spreadOf(values: readonly number[]): Spread | null {
  if (values.length === 0) return null;
  const m = mean(values) as number;
  const variance = values.reduce((acc, v) => acc + (v - m) ** 2, 0) / values.length;
  return { n: values.length, min: Math.min(...values), max: Math.max(...values), sd: Math.sqrt(variance) };
}
