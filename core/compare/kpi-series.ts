import type { Assessment } from '../assessment/schema';
import { BUILT_IN_KPIS } from '../kpi/catalogue';
import { kpiDefinition, type KpiDefinition } from '../kpi/definitions';
import { compareCodeUnits } from '../text/order';

export interface KpiPoint {
  assessmentId: string;
  /** The assessment's date: the series is dated by assessment; `period` says what the figure covers. */
  date: string;
  period: string;
  value: number;
  source?: string;
}

/**
 * One KPI's recorded values across a client's assessments, side by side
 * with the maturity scores. No delta or trend is computed and nothing links
 * a KPI to a score: the figures are shown, any reading of cause is the
 * consultant's.
 */
export interface KpiSeries {
  kpiId: string;
  /** As the latest assessment that records the KPI defines it. */
  definition: KpiDefinition;
  /** An own KPI whose unit, direction or bounds differ between assessments: its values may not be comparable. */
  definitionsDiffer: boolean;
  /** In assessment order, then by period. */
  points: KpiPoint[];
}

const sameDefinition = (a: KpiDefinition, b: KpiDefinition) => a.unit === b.unit && a.higherIsBetter === b.higherIsBetter && a.min === b.min && a.max === b.max;

/** Every KPI any of the (date-ordered) assessments records, built-in ones first in the starter set's order, then own ones as they first appear. */
export function kpiSeries(assessments: readonly Assessment[]): KpiSeries[] {
  const series = new Map<string, KpiSeries>();
  for (const a of assessments) {
    const values = [...(a.kpis?.values ?? [])].sort((x, y) => compareCodeUnits(x.period, y.period));
    for (const v of values) {
      const definition = kpiDefinition(v.kpiId, a.kpis);
      if (!definition) continue; // the validator refuses unknown KPI ids; nothing valid reaches here
      const existing = series.get(v.kpiId);
      const point: KpiPoint = { assessmentId: a.id, date: a.date, period: v.period, value: v.value, ...(v.source ? { source: v.source } : {}) };
      if (!existing) series.set(v.kpiId, { kpiId: v.kpiId, definition, definitionsDiffer: false, points: [point] });
      else {
        existing.definitionsDiffer ||= !sameDefinition(existing.definition, definition);
        existing.definition = definition;
        existing.points.push(point);
      }
    }
  }
  const order = new Map(BUILT_IN_KPIS.map((k, i) => [k.id, i]));
  const rank = (s: KpiSeries) => (s.definition.builtIn ? (order.get(s.kpiId) ?? 0) : BUILT_IN_KPIS.length);
  return [...series.values()].sort((a, b) => rank(a) - rank(b));
}
