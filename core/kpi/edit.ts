import { deriveId } from '../model/ids';
import { BUILT_IN_KPIS } from './catalogue';
import type { AssessmentKpis, KpiValue, OwnKpi } from './schema';

/**
 * The consultant's KPI edits as pure functions, shared by a KPI editor
 * (renderer) and the save path (main), like core/roadmap/edit.ts. The result
 * is checked by the assessment schema before it is stored (kpiIssues).
 */

export const EMPTY_KPIS: AssessmentKpis = { values: [] };

/** Sets the value of a KPI for a period: replaces the one recorded for that period, or adds it. */
export function setKpiValue(kpis: AssessmentKpis | undefined, value: KpiValue): AssessmentKpis {
  const current = kpis ?? EMPTY_KPIS;
  const at = current.values.findIndex((v) => v.kpiId === value.kpiId && v.period === value.period);
  const values = at < 0 ? [...current.values, value] : current.values.map((v, i) => (i === at ? value : v));
  return { ...current, values };
}

/** Removes the value of a KPI for a period (nothing happens if there is none). */
export function removeKpiValue(kpis: AssessmentKpis | undefined, kpiId: string, period: string): AssessmentKpis {
  const current = kpis ?? EMPTY_KPIS;
  return { ...current, values: current.values.filter((v) => !(v.kpiId === kpiId && v.period === period)) };
}

/**
 * Adds an own KPI with an id derived from its name (never a built-in id or
 * one already used), and returns it with the new list. An own KPI cannot be
 * removed while values refer to it: remove them first.
 */
export function addOwnKpi(kpis: AssessmentKpis | undefined, kpi: Omit<OwnKpi, 'id'>): { kpis: AssessmentKpis; id: string } {
  const current = kpis ?? EMPTY_KPIS;
  const taken = new Set([...BUILT_IN_KPIS.map((k) => k.id), ...(current.own ?? []).map((k) => k.id)]);
  const id = deriveId(kpi.name.en ?? kpi.name.fi ?? 'kpi', taken, 'kpi');
  return { kpis: { ...current, own: [...(current.own ?? []), { id, ...kpi }] }, id };
}

/** Removes an own KPI that no value refers to; returns the list unchanged otherwise. */
export function removeOwnKpi(kpis: AssessmentKpis | undefined, id: string): AssessmentKpis {
  const current = kpis ?? EMPTY_KPIS;
  if (current.values.some((v) => v.kpiId === id)) return current;
  return { ...current, own: (current.own ?? []).filter((k) => k.id !== id) };
}
