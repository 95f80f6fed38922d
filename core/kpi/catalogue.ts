import type { KpiUnit } from './schema';

/** A KPI the consultant can record without defining it: the starter set. */
export interface BuiltInKpi {
  id: string;
  name: { fi: string; en: string };
  unit: KpiUnit;
  /** The values a recorded figure may take (inclusive). */
  min: number;
  max: number;
  higherIsBetter: boolean;
}

/** Large enough for any euro figure a B2B client reports, small enough to catch a typo of many zeros. */
const MAX_EUR = 1e12;

/**
 * The starter set: the outcome and experience measures seed 004 names
 * (recommendation, satisfaction, retention, churn — "suositteluhalukkuuden ja
 * asiakaspysyvyyden vertailulla", "asiakaspoistumaa", growth "kasvua
 * liiketoimintaan") and the usual B2B unit economics beside them. Data, not
 * logic: the ids are stored in assessments and never change meaning.
 */
export const BUILT_IN_KPIS: readonly BuiltInKpi[] = [
  { id: 'nps', name: { fi: 'Suositteluindeksi (NPS)', en: 'Net Promoter Score (NPS)' }, unit: 'points', min: -100, max: 100, higherIsBetter: true },
  { id: 'ces', name: { fi: 'Asiakkaan vaivannäkö (CES, 1–7)', en: 'Customer Effort Score (CES, 1–7)' }, unit: 'points', min: 1, max: 7, higherIsBetter: true },
  { id: 'csat', name: { fi: 'Asiakastyytyväisyys (CSAT)', en: 'Customer satisfaction (CSAT)' }, unit: 'percent', min: 0, max: 100, higherIsBetter: true },
  { id: 'clv', name: { fi: 'Asiakkuuden elinkaaren arvo', en: 'Customer lifetime value' }, unit: 'eur', min: 0, max: MAX_EUR, higherIsBetter: true },
  { id: 'churn', name: { fi: 'Asiakaspoistuma', en: 'Churn' }, unit: 'percent', min: 0, max: 100, higherIsBetter: false },
  { id: 'retention', name: { fi: 'Asiakaspysyvyys', en: 'Retention' }, unit: 'percent', min: 0, max: 100, higherIsBetter: true },
  {
    id: 'acquisition-cost',
    name: { fi: 'Asiakashankinnan kustannus', en: 'Customer acquisition cost' },
    unit: 'eur',
    min: 0,
    max: MAX_EUR,
    higherIsBetter: false,
  },
  { id: 'revenue-growth', name: { fi: 'Liikevaihdon kasvu', en: 'Revenue growth' }, unit: 'percent', min: -100, max: 1000, higherIsBetter: true },
];

const BY_ID = new Map(BUILT_IN_KPIS.map((k) => [k.id, k]));

/** The built-in KPI with this id, if there is one. */
export const builtInKpi = (id: string): BuiltInKpi | undefined => BY_ID.get(id);
