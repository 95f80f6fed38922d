import type { AssessmentScores } from '../scoring';
import type { RadarSeries } from './radar-svg';

/** The radar's series in axis order: current, target (only where any target is set), the previous assessment. */
export function radarSvgSeries(current: AssessmentScores, previous: AssessmentScores | null, areaIds: readonly string[]): RadarSeries[] {
  const pick = (scores: AssessmentScores, key: 'score' | 'target') => areaIds.map((id) => scores.areas.find((a) => a.areaId === id)?.[key] ?? null);
  const series: RadarSeries[] = [{ kind: 'current', values: pick(current, 'score') }];
  if (current.areas.some((a) => a.target !== null)) series.push({ kind: 'target', values: pick(current, 'target') });
  if (previous) series.push({ kind: 'earlier', values: pick(previous, 'score') });
  return series;
}
