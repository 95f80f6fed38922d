import { z } from 'zod';
import { IdSchema } from '../questionnaire/schema';

/**
 * Business KPIs the consultant records with an assessment (format 4). They
 * stand beside the maturity scores; nothing in Timantti computes one from
 * the other or claims a cause. Rules: docs/FORMAT.md, "KPIs".
 */

/** How a KPI's values read: NPS and CES are points on their own scale, the rest percentages, euros, counts or days. */
export const KPI_UNITS = ['points', 'percent', 'eur', 'count', 'days'] as const;
export const KpiUnitSchema = z.enum(KPI_UNITS);
export type KpiUnit = z.infer<typeof KpiUnitSchema>;

/**
 * The period a value describes: a year ("2025"), a half ("2025-H1"), a
 * quarter ("2026-Q1") or a month ("2026-03"). One fixed, sortable-by-year
 * form instead of free text, so "Q1 2026" and "2026/1" never name the same
 * period twice; the UI shows it in the user's language (formatKpiPeriod).
 */
export const KPI_PERIOD_PATTERN = /^(19|20|21)\d{2}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;
export const KpiPeriodSchema = z.string().regex(KPI_PERIOD_PATTERN, { error: 'bad-kpi-period' });
export type KpiPeriod = z.infer<typeof KpiPeriodSchema>;

const MAX_KPI_NAME = 120;
const KpiName = z.string().trim().min(1).max(MAX_KPI_NAME);

/** A KPI of the consultant's own: a name in one language or both, a unit and which way is better. */
export const OwnKpiSchema = z
  .strictObject({
    id: IdSchema,
    name: z.strictObject({ fi: KpiName.optional(), en: KpiName.optional() }),
    unit: KpiUnitSchema,
    higherIsBetter: z.boolean(),
    /** Optional bounds for the values (inclusive); without them any finite number. */
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .superRefine((kpi, ctx) => {
    if (kpi.name.fi === undefined && kpi.name.en === undefined) ctx.addIssue({ code: 'custom', path: ['name'], message: 'kpi-name-missing', params: {} });
    if (kpi.min !== undefined && kpi.max !== undefined && kpi.min > kpi.max)
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'kpi-range-order', params: { minimum: kpi.min, maximum: kpi.max } });
  });
export type OwnKpi = z.infer<typeof OwnKpiSchema>;

/** One recorded figure. `z.number()` refuses NaN and ±Infinity. */
export const KpiValueSchema = z.strictObject({
  kpiId: IdSchema,
  value: z.number(),
  period: KpiPeriodSchema,
  /** Where the figure comes from (e.g. "CRM, all key accounts"). */
  source: z.string().trim().max(500).optional(),
});
export type KpiValue = z.infer<typeof KpiValueSchema>;

export const MAX_OWN_KPIS = 50;
export const MAX_KPI_VALUES = 500;

export const AssessmentKpisSchema = z.strictObject({
  own: z.array(OwnKpiSchema).max(MAX_OWN_KPIS).optional(),
  values: z.array(KpiValueSchema).max(MAX_KPI_VALUES),
});
export type AssessmentKpis = z.infer<typeof AssessmentKpisSchema>;
