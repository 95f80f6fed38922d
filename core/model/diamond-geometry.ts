/**
 * The geometry of the diamond picture, shared by the workshop's diamond
 * navigation (renderer/src/components/diamond-nav.tsx) and the report's
 * diamond (core/report/diamond-svg.ts), so the model looks the same
 * everywhere: a 300 × 340 viewBox, the outcome on top, then verification and
 * an enabler, the widest row with customer understanding in the middle, the
 * foundations, and culture at the base.
 */

export type Point = readonly [number, number];

export const VIEW_W = 300;
export const VIEW_H = 340;
/** Space between neighbouring tiles. */
export const TILE_GAP = 4;

/** Where each of the nine diamond areas sits, top to bottom, left to right. */
export const DIAMOND_ROWS: readonly (readonly string[])[] = [
  ['business-benefits'],
  ['measurement', 'technology'],
  ['organization', 'customer-understanding', 'emotion'],
  ['strategy', 'brand'],
  ['culture'],
];

/** Whether these are exactly the model's nine areas (what its descriptions of the diamond assume). */
export const isModelDiamond = (ids: readonly string[]): boolean => ids.length === 9 && DIAMOND_ROWS.flat().every((id) => ids.includes(id));

/** Where areas go: how many places each row has (top to bottom), and each area's place, counted row by row. */
export interface DiamondPlacement {
  rowLengths: number[];
  slotOfArea: number[];
}

const PLACE_9 = new Map(DIAMOND_ROWS.flatMap((row, r) => row.map((id, c) => [id, [r, c] as const])));
/** The middle row an area beyond the nine joins, by its layer: beside its kind, never a tip (a triangle has room for one title). */
const EXTRA_ROW: Readonly<Record<string, number>> = { outcome: 1, verification: 1, enabler: 2, core: 2, foundation: 3 };
/** Places a middle row may have before the picture gives up the diamond's rows. */
const MAX_ROW = 4;

/** Rows 1, 2, …, m, …, 2, 1 (m² places): the smallest such diamond with room for n areas. */
function genericRows(n: number): number[] {
  const m = Math.max(1, Math.ceil(Math.sqrt(n)));
  return [...Array.from({ length: m }, (_, i) => i + 1), ...Array.from({ length: m - 1 }, (_, i) => m - 1 - i)];
}

/**
 * Places a questionnaire's areas in the diamond. The nine areas of the model
 * go to their own places; other ids fill the free places top to bottom. An
 * area that finds no free place joins the middle row of its layer (without a
 * layer, or when that row is full, the shortest middle row), so ten areas
 * still read as the diamond; only many more get a bigger diamond, in order.
 */
export function placeAreas(areas: readonly { id: string; layer?: string }[]): DiamondPlacement {
  const rows: (number | null)[][] = DIAMOND_ROWS.map((row) => row.map(() => null));
  const rest: number[] = [];
  areas.forEach((area, i) => {
    const at = PLACE_9.get(area.id);
    const row = at ? rows[at[0]] : undefined;
    if (at && row && row[at[1]] === null) row[at[1]] = i;
    else rest.push(i);
  });
  const length = (r: number) => (rows[r] as unknown[]).length;
  for (const i of rest) {
    const free = rows.find((row) => row.includes(null));
    if (free) {
      free[free.indexOf(null)] = i;
      continue;
    }
    const own = EXTRA_ROW[areas[i]?.layer ?? ''];
    const target = own !== undefined && length(own) < MAX_ROW ? own : ([1, 2, 3].sort((a, b) => length(a) - length(b))[0] as number);
    if (length(target) >= MAX_ROW) return { rowLengths: genericRows(areas.length), slotOfArea: areas.map((_, j) => j) };
    (rows[target] as (number | null)[]).push(i);
  }
  const slotOfArea: number[] = areas.map(() => -1);
  rows.flat().forEach((area, slot) => {
    if (area !== null) slotOfArea[area] = slot;
  });
  return { rowLengths: rows.map((row) => row.length), slotOfArea };
}

/** Relative heights of the rows: the two tips are triangles, so they get more room. */
export const rowWeights = (rows: number): number[] => Array.from({ length: rows }, (_, i) => (rows > 1 && (i === 0 || i === rows - 1) ? 1.8 : 1));

export function rhombus(cx: number, cy: number, halfW: number, halfH: number): Point[] {
  return [
    [cx, cy - halfH],
    [cx + halfW, cy],
    [cx, cy + halfH],
    [cx - halfW, cy],
  ];
}

/** Clips a convex polygon to the half-plane where `inside` holds (Sutherland–Hodgman, axis-aligned edges only). */
export function clip(polygon: Point[], axis: 0 | 1, limit: number, keepGreater: boolean): Point[] {
  const inside = (p: Point) => (keepGreater ? p[axis] >= limit : p[axis] <= limit);
  const out: Point[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i] as Point;
    const b = polygon[(i + 1) % polygon.length] as Point;
    const aIn = inside(a);
    const bIn = inside(b);
    if (aIn) out.push(a);
    if (aIn !== bIn) {
      const t = (limit - a[axis]) / (b[axis] - a[axis]);
      out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
    }
  }
  // A vertex lying exactly on the cut line comes out twice.
  return out.filter((p, i) => {
    const q = out[(i + 1) % out.length] as Point;
    return Math.abs(p[0] - q[0]) > 1e-6 || Math.abs(p[1] - q[1]) > 1e-6;
  });
}

/** Horizontal extent of a convex polygon at height y, or null when y misses it. */
export function spanAt(polygon: Point[], y: number): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i] as Point;
    const b = polygon[(i + 1) % polygon.length] as Point;
    if ((a[1] <= y && y <= b[1]) || (b[1] <= y && y <= a[1])) {
      const x = a[1] === b[1] ? null : a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]);
      for (const v of x === null ? [a[0], b[0]] : [x]) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  return lo <= hi ? [lo, hi] : null;
}
