import { parseDecimal } from '../../../../core/format';
import { kpiDefinition, kpiIssues, kpiName } from '../../../../core/kpi/definitions';
import { formatKpiPeriod } from '../../../../core/kpi/format';
import { addOwnKpi, removeKpiValue, setKpiValue } from '../../../../core/kpi/edit';
import { KpiValueSchema, OwnKpiSchema, type AssessmentKpis, type KpiUnit } from '../../../../core/kpi/schema';
import type { Language } from '../../../../core/settings';
import { issuesFromZod, type ValidationIssue } from '../../../../core/validation/issues';

/** The KPI select's choice for "define a KPI of my own". */
export const NEW_OWN_KPI = '__own';

/** The KPI dialog as typed: text, so that "7,5", "abc" and "" reach the checks as the user wrote them. */
export interface KpiForm {
  kpiId: string;
  ownName: string;
  ownUnit: KpiUnit;
  ownHigherIsBetter: boolean;
  period: string;
  value: string;
  source: string;
}

export type KpiField = 'ownName' | 'period' | 'value' | 'source';
/** A field's problem: one of core's validation issues (shown with core's message), or a value that is not a number at all. */
export type KpiProblem = ValidationIssue | { code: 'not-number' };
export type KpiFormResult = { ok: true; kpis: AssessmentKpis } | { ok: false; problems: Partial<Record<KpiField, KpiProblem>> };

const issue = (code: ValidationIssue['code'], params: ValidationIssue['params'] = {}): ValidationIssue => ({ path: '$', code, params });

/**
 * The assessment's KPIs after the dialog's edit, or what is wrong with each
 * field. The checks are core's (KpiValueSchema, OwnKpiSchema, kpiIssues), so
 * the dialog refuses exactly what `assessment:update` would refuse, field by
 * field, before anything is sent. `editing` is the value being changed
 * (its KPI and period), replaced rather than duplicated.
 */
export function applyKpiForm(
  form: KpiForm,
  current: AssessmentKpis | undefined,
  editing: { kpiId: string; period: string } | null,
  contentLanguage: Language,
): KpiFormResult {
  const problems: Partial<Record<KpiField, KpiProblem>> = {};
  let kpis = editing ? removeKpiValue(current, editing.kpiId, editing.period) : (current ?? { values: [] });
  let kpiId = form.kpiId;

  if (kpiId === NEW_OWN_KPI) {
    const name = form.ownName.trim();
    const own = { name: name ? { [contentLanguage]: name } : {}, unit: form.ownUnit, higherIsBetter: form.ownHigherIsBetter };
    const parsed = OwnKpiSchema.safeParse({ id: 'own', ...own });
    if (!parsed.success) problems.ownName = { ...issuesFromZod(parsed.error)[0]!, path: '$' };
    else ({ kpis, id: kpiId } = addOwnKpi(kpis, own));
  }

  const number = parseDecimal(form.value);
  if (number === undefined) problems.value = issue('missing');
  else if (Number.isNaN(number)) problems.value = { code: 'not-number' };

  // Stored periods are upper-case ("2026-Q1"); people type "2026-q1" too.
  const period = form.period.trim().toUpperCase();
  const source = form.source.trim();
  const value = {
    kpiId: kpiId === NEW_OWN_KPI ? 'own' : kpiId,
    value: Number.isFinite(number) ? (number as number) : 0,
    period,
    ...(source ? { source } : {}),
  };
  if (period === '') problems.period = issue('missing');
  const parsed = KpiValueSchema.safeParse(value);
  if (!parsed.success)
    for (const i of issuesFromZod(parsed.error)) {
      const field = i.path.replace(/^\$\.?/, '').split(/[.[]/)[0];
      if ((field === 'period' || field === 'source') && !problems[field]) problems[field] = { ...i, path: '$' };
    }
  if (!problems.period && kpis.values.some((v) => v.kpiId === kpiId && v.period === period))
    problems.period = issue('duplicate-kpi-value', { id: kpiId, period });
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  const next = setKpiValue(kpis, value);
  const at = next.values.length - 1;
  const range = kpiIssues(next).find((i) => i.path[0] === 'values' && i.path[1] === at);
  if (range) return { ok: false, problems: { value: { path: '$', code: range.code, params: range.params } } };
  return { ok: true, kpis: next };
}

/** The params of a KPI issue as a reader wants them: the KPI's name rather than its id, numbers in the UI language, the unit in words. */
export function readableKpiParams(
  params: ValidationIssue['params'],
  kpis: AssessmentKpis | undefined,
  uiLanguage: Language,
  unitName: (unit: KpiUnit) => string,
): ValidationIssue['params'] {
  const n = (v: string | number | undefined) => (typeof v === 'number' ? new Intl.NumberFormat(uiLanguage === 'fi' ? 'fi-FI' : 'en-GB').format(v) : v);
  const definition = typeof params.id === 'string' ? kpiDefinition(params.id, kpis) : undefined;
  return {
    ...params,
    ...(definition ? { id: kpiName(definition, uiLanguage) } : {}),
    ...(params.minimum !== undefined ? { minimum: n(params.minimum)! } : {}),
    ...(params.maximum !== undefined ? { maximum: n(params.maximum)! } : {}),
    ...(typeof params.unit === 'string' ? { unit: unitName(params.unit as KpiUnit) } : {}),
    ...(typeof params.period === 'string' ? { period: formatKpiPeriod(params.period, uiLanguage) } : {}),
  };
}
