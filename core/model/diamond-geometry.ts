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
