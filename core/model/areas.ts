/**
 * The nine areas of the B2B CX diamond and the layer each belongs to, from
 * seed 003: customer understanding at the core; strategy, brand and culture
 * as the foundations; organization, emotional experience and technology as
 * enablers; measurement verifies; business benefits are the outcome.
 * Ids are stable: stored assessments and comparisons depend on them.
 */
export const AREA_IDS = [
  'customer-understanding',
  'strategy',
  'brand',
  'culture',
  'organization',
  'emotion',
  'technology',
  'measurement',
  'business-benefits',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

export const LAYER_IDS = ['core', 'foundation', 'enabler', 'verification', 'outcome'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export const AREA_LAYER: Record<AreaId, LayerId> = {
  'customer-understanding': 'core',
  strategy: 'foundation',
  brand: 'foundation',
  culture: 'foundation',
  organization: 'enabler',
  emotion: 'enabler',
  technology: 'enabler',
  measurement: 'verification',
  'business-benefits': 'outcome',
};

export const areasOfLayer = (layer: LayerId): AreaId[] => AREA_IDS.filter((id) => AREA_LAYER[id] === layer);
