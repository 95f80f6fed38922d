import type { Language } from '../settings';
import { builtInKpi } from './catalogue';
import type { AssessmentKpis, KpiUnit } from './schema';

/** What the UI, the report and the comparison need to show a KPI, built-in or the consultant's own. */
export interface KpiDefinition {
  id: string;
  /** Own KPIs may be named in one language only; the other is then absent. */
  name: { fi?: string; en?: string };
  unit: KpiUnit;
  min: number | null;
  max: number | null;
  higherIsBetter: boolean;
  builtIn: boolean;
}

/** The definition of a KPI id as an assessment knows it: its own KPIs first (they cannot reuse a built-in id), then the starter set. */
export function kpiDefinition(id: string, kpis: AssessmentKpis | undefined): KpiDefinition | undefined {
  const own = kpis?.own?.find((k) => k.id === id);
  if (own) return { id, name: own.name, unit: own.unit, min: own.min ?? null, max: own.max ?? null, higherIsBetter: own.higherIsBetter, builtIn: false };
  const builtIn = builtInKpi(id);
  if (!builtIn) return undefined;
  return { id, name: builtIn.name, unit: builtIn.unit, min: builtIn.min, max: builtIn.max, higherIsBetter: builtIn.higherIsBetter, builtIn: true };
}

/** A KPI's name in the language asked for, else the one it has. */
export const kpiName = (definition: Pick<KpiDefinition, 'name' | 'id'>, language: Language): string =>
  definition.name[language] ?? definition.name.fi ?? definition.name.en ?? definition.id;

export interface KpiIssue {
  path: PropertyKey[];
  code: 'unknown-kpi' | 'kpi-out-of-range' | 'duplicate-kpi-value' | 'kpi-id-taken' | 'duplicate-kpi-id';
  params: Record<string, string | number>;
}

/**
 * Cross-checks of an assessment's KPIs that a field schema cannot make:
 * every value names a known KPI and lies in its range, one value per KPI and
 * period, own KPI ids unique and never a built-in id (a stored "nps" must
 * always mean the starter set's NPS). Paths are relative to `kpis`.
 */
export function kpiIssues(kpis: AssessmentKpis): KpiIssue[] {
  const issues: KpiIssue[] = [];
  const ownIds = new Set<string>();
  kpis.own?.forEach((kpi, i) => {
    if (builtInKpi(kpi.id)) issues.push({ path: ['own', i, 'id'], code: 'kpi-id-taken', params: { id: kpi.id } });
    else if (ownIds.has(kpi.id)) issues.push({ path: ['own', i, 'id'], code: 'duplicate-kpi-id', params: { id: kpi.id } });
    ownIds.add(kpi.id);
  });
  const seen = new Set<string>();
  kpis.values.forEach((v, i) => {
    const definition = kpiDefinition(v.kpiId, kpis);
    if (!definition) {
      issues.push({ path: ['values', i, 'kpiId'], code: 'unknown-kpi', params: { id: v.kpiId } });
      return;
    }
    const tooLow = definition.min !== null && v.value < definition.min;
    const tooHigh = definition.max !== null && v.value > definition.max;
    if (tooLow || tooHigh)
      issues.push({
        path: ['values', i, 'value'],
        code: 'kpi-out-of-range',
        params: { id: v.kpiId, minimum: definition.min ?? '−∞', maximum: definition.max ?? '∞', unit: definition.unit },
      });
    const key = `${v.kpiId}\u0000${v.period}`;
    if (seen.has(key)) issues.push({ path: ['values', i], code: 'duplicate-kpi-value', params: { id: v.kpiId, period: v.period } });
    seen.add(key);
  });
  return issues;
}
