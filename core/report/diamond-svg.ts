import { escapeXml, num, points, wrapLabel, type LabelWidth, type Point } from './svg';
import { clip, placeAreas, rowWeights, spanAt, TILE_GAP, VIEW_H, VIEW_W } from '../model/diamond-geometry';

export interface DiamondTile {
  areaId: string;
  /** The questionnaire's area name. */
  title: string;
  /** The formatted score ("3,4") or "–". */
  score: string;
  /** 1..5, or null: no stage claimed (no or too few answers). */
  stage: number | null;
}

/** Fills per stage, light to dark in the app's blue; text colours keep 4.5:1 contrast. */
export const STAGE_FILLS: Record<number, { fill: string; text: string }> = {
  1: { fill: '#e3ebf5', text: '#14202e' },
  2: { fill: '#bdd1ea', text: '#14202e' },
  3: { fill: '#86a9d4', text: '#14202e' },
  4: { fill: '#3f6fa8', text: '#ffffff' },
  5: { fill: '#1d4e89', text: '#ffffff' },
};
export const NO_STAGE_FILL = { fill: '#ffffff', text: '#44505e', stroke: '#9aa5b3' };

const INSET = 2;
const TITLE_SIZE = 9.2;
const SCORE_SIZE = 12;

// The same rows and proportions as the workshop's diamond (core/model/diamond-geometry.ts).
const W = VIEW_W;
const H = VIEW_H;
const GAP = TILE_GAP;
/** The tile polygons, row by row, for rows of the given lengths. */
function tiles(rowLengths: readonly number[]): Point[][] {
  const weights = rowWeights(rowLengths.length);
  const outline: Point[] = [
    [W / 2, INSET],
    [W - INSET, H / 2],
    [W / 2, H - INSET],
    [INSET, H / 2],
  ];
  const unit = (H - 2 * INSET) / weights.reduce((a, b) => a + b, 0);
  const out: Point[][] = [];
  let y = INSET;
  rowLengths.forEach((length, r) => {
    const y0 = y;
    const y1 = y + (weights[r] as number) * unit;
    y = y1;
    const band = clip(clip(outline, 1, r === 0 ? y0 : y0 + GAP / 2, true), 1, r === rowLengths.length - 1 ? y1 : y1 - GAP / 2, false);
    const [left, right] = spanAt(band, (y0 + y1) / 2) ?? [0, 0];
    const width = (right - left) / length;
    for (let c = 0; c < length; c++) {
      let tile = band;
      if (c > 0) tile = clip(tile, 0, left + c * width + GAP / 2, true);
      if (c < length - 1) tile = clip(tile, 0, left + (c + 1) * width - GAP / 2, false);
      out.push(tile);
    }
  });
  return out;
}

/**
 * The diamond with each area filled by its maturity stage, its name and
 * score inside. Areas of other questionnaires (unknown ids) take the free
 * places in order, and areas beyond the nine widen the middle rows
 * (`placeAreas`, shared with the workshop's diamond): every area is drawn.
 */
export function diamondSvg(areas: readonly DiamondTile[], measure: LabelWidth): string {
  const { rowLengths, slotOfArea } = placeAreas(areas.map((area) => ({ id: area.areaId })));
  const placed = new Map<number, DiamondTile>(areas.map((area, i) => [slotOfArea[i] as number, area]));
  const slotCount = rowLengths.reduce((a, b) => a + b, 0);

  const SIZES = [TITLE_SIZE, TITLE_SIZE - 0.6, TITLE_SIZE - 1.2, TITLE_SIZE - 1.8];
  const polygons = tiles(rowLengths);
  /** Where a tile's text goes at a size: the widest block that fits over its whole height (side tiles narrow to a point). */
  const fit = (polygon: Point[], slot: number, title: string, size: number) => {
    const ys = polygon.map((p) => p[1]);
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    // The tips are triangles: their text sits towards the wide end.
    const centreY = slot === 0 ? top + (bottom - top) * 0.7 : slot === slotCount - 1 ? top + (bottom - top) * 0.32 : (top + bottom) / 2;
    const lineHeight = size * 1.18;
    let [l, r] = spanAt(polygon, centreY) ?? [0, 0];
    let lines = wrapLabel(title, Math.max(30, r - l - 10), size, measure, 3);
    for (let pass = 0; pass < 2; pass++) {
      const block = lines.length * lineHeight + SCORE_SIZE * 1.1;
      const [l0, r0] = spanAt(polygon, centreY - block / 2) ?? [0, 0];
      const [l1, r1] = spanAt(polygon, centreY + block / 2) ?? [0, 0];
      [l, r] = [Math.max(l0, l1), Math.min(r0, r1)];
      lines = wrapLabel(title, Math.max(20, r - l - 8), size, measure, 3);
    }
    const ok = lines.every((line) => measure(line, size) <= r - l - 4);
    return { size, lineHeight, lines, x: (l + r) / 2, centreY, ok };
  };
  // One title size for every tile (mixed sizes look untidy): the largest at which all fit.
  const size =
    SIZES.find((candidate) =>
      polygons.every((polygon, slot) => !placed.get(slot) || fit(polygon, slot, (placed.get(slot) as DiamondTile).title, candidate).ok),
    ) ?? (SIZES[SIZES.length - 1] as number);

  const parts: string[] = [];
  polygons.forEach((polygon, slot) => {
    const area = placed.get(slot);
    const colours = area?.stage ? (STAGE_FILLS[area.stage] ?? NO_STAGE_FILL) : NO_STAGE_FILL;
    const stroke = area?.stage ? 'none' : NO_STAGE_FILL.stroke;
    parts.push(
      `<polygon points="${points(polygon)}" fill="${colours.fill}" stroke="${stroke}" stroke-width="0.8"${area?.stage ? '' : ' stroke-dasharray="3 2"'}/>`,
    );
    if (!area) return;
    const layout = fit(polygon, slot, area.title, size);
    const { lineHeight, lines, x } = layout;
    const block = lines.length * lineHeight + SCORE_SIZE * 1.1;
    const first = layout.centreY - block / 2 + size * 0.8;
    lines.forEach((line, i) => {
      parts.push(
        `<text x="${num(x)}" y="${num(first + i * lineHeight)}" font-family="Inter" font-size="${size}" fill="${colours.text}" text-anchor="middle">${escapeXml(line)}</text>`,
      );
    });
    parts.push(
      `<text x="${num(x)}" y="${num(first + lines.length * lineHeight + SCORE_SIZE * 0.9)}" font-family="Inter" font-weight="bold" font-size="${SCORE_SIZE}" fill="${colours.text}" text-anchor="middle">${escapeXml(area.score)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
}
