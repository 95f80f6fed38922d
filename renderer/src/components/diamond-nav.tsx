import { clip, placeAreas, rhombus, rowWeights, spanAt, TILE_GAP, VIEW_H, VIEW_W, type Point } from '../../../core/model/diamond-geometry';
import Box from '@mui/material/Box';
import type { FocusEvent, KeyboardEvent } from 'react';
import { useMemo, useState } from 'react';

export interface DiamondArea {
  id: string;
  title: string;
  layer: 'core' | 'foundation' | 'enabler' | 'verification' | 'outcome';
  answered: number;
  total: number;
}

export interface DiamondNavProps {
  areas: DiamondArea[];
  currentAreaId: string;
  onSelect: (areaId: string) => void;
  /** Accessible name of the nav landmark. */
  label: string;
  /** E.g. "3/5 answered": used in each tile's aria-label and <title>. */
  progressLabel: (area: DiamondArea) => string;
  /** Width in px (default 300); everything scales with it. */
  size?: number;
}

export type TileState = 'empty' | 'partial' | 'complete';

// ---------------------------------------------------------------------------
// Geometry. Drawn in a fixed 300-unit-wide viewBox, so at the default size one
// unit is one pixel and every other size scales the whole drawing.

/** The outer rhombus outline sits this far inside the viewBox edge. */
const OUTLINE_INSET = 2;
/** The tiles sit this far (vertically) inside the outline. */
const TILE_INSET = 6;

// Rows, proportions, where each area goes and polygon helpers are core/model/diamond-geometry.ts: the report draws the same diamond.
const GAP = TILE_GAP;

/** A convex polygon grown by `distance` on every side (shrunk when negative). */
function offsetPolygon(polygon: Point[], distance: number): Point[] {
  const n = polygon.length;
  const cx = polygon.reduce((sum, p) => sum + p[0], 0) / n;
  const cy = polygon.reduce((sum, p) => sum + p[1], 0) / n;
  // Each edge as a line n·p = c, moved outwards.
  const lines = polygon.map((a, i) => {
    const b = polygon[(i + 1) % n] as Point;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    let nx = (b[1] - a[1]) / length;
    let ny = -(b[0] - a[0]) / length;
    if (nx * ((a[0] + b[0]) / 2 - cx) + ny * ((a[1] + b[1]) / 2 - cy) < 0) [nx, ny] = [-nx, -ny];
    return { nx, ny, c: nx * a[0] + ny * a[1] + distance };
  });
  return polygon.map((p, i) => {
    const l1 = lines[(i + n - 1) % n] as { nx: number; ny: number; c: number };
    const l2 = lines[i] as { nx: number; ny: number; c: number };
    const det = l1.nx * l2.ny - l1.ny * l2.nx;
    if (Math.abs(det) < 1e-9) return [p[0] + l2.nx * distance, p[1] + l2.ny * distance] as const;
    return [(l1.c * l2.ny - l2.c * l1.ny) / det, (l1.nx * l2.c - l2.nx * l1.c) / det] as const;
  });
}

const OUTLINE = rhombus(VIEW_W / 2, VIEW_H / 2, VIEW_W / 2 - OUTLINE_INSET, VIEW_H / 2 - OUTLINE_INSET);
const TILE_AREA = (() => {
  const halfH = VIEW_H / 2 - OUTLINE_INSET - TILE_INSET;
  return rhombus(VIEW_W / 2, VIEW_H / 2, halfH * (VIEW_W / VIEW_H), halfH);
})();

/** Minimum share of a row's width that any tile gets, relative to an equal split. */
const MIN_SHARE = 0.75;
/** Width that a tile on the slanted edge of the diamond loses around its text. */
const SLANT_LOSS = 12;
/** Nominal title size used to share a row's width between its tiles. */
const NOMINAL_SIZE = 11;

/**
 * Splits `total` into parts proportional to `wants`, but none below
 * MIN_SHARE of an equal split (a short title still gets a real tile).
 */
function share(total: number, wants: number[]): number[] {
  const floor = (total / wants.length) * MIN_SHARE;
  const fixed = new Set<number>();
  for (;;) {
    const freeWant = wants.reduce((sum, want, i) => (fixed.has(i) ? sum : sum + want), 0);
    const freeTotal = total - fixed.size * floor;
    const parts = wants.map((want, i) => (fixed.has(i) ? floor : (want / freeWant) * freeTotal));
    const tooSmall = parts.findIndex((part, i) => !fixed.has(i) && part < floor);
    if (tooSmall < 0) return parts;
    fixed.add(tooSmall);
  }
}

/**
 * Cuts the tile area into rows of the given lengths (the tips taller), and
 * each row into tiles whose widths (at the row's middle) follow what their
 * titles need, given in em per place.
 */
function tilePolygons(rowLengths: number[], needs: number[]): Point[][] {
  const top = OUTLINE_INSET + TILE_INSET;
  const weights = rowWeights(rowLengths.length);
  const unit = (VIEW_H - 2 * top) / weights.reduce((a, b) => a + b, 0);
  const polygons: Point[][] = [];
  let y = top;
  let slot = 0;
  rowLengths.forEach((length, row) => {
    const y0 = y;
    const y1 = y + (weights[row] as number) * unit;
    y = y1;
    const band = clip(clip(TILE_AREA, 1, row === 0 ? y0 : y0 + GAP / 2, true), 1, row === rowLengths.length - 1 ? y1 : y1 - GAP / 2, false);
    const [left, right] = spanAt(band, (y0 + y1) / 2) ?? [0, VIEW_W];
    const wants = Array.from(
      { length },
      (_, col) => (needs[slot + col] as number) * NOMINAL_SIZE + 2 * SIDE_PAD + GAP + (col === 0 || col === length - 1 ? SLANT_LOSS : 0),
    );
    const widths = share(right - left, wants);
    let x = left;
    for (let col = 0; col < length; col++) {
      let tile = band;
      if (col > 0) tile = clip(tile, 0, x + GAP / 2, true);
      x += widths[col] as number;
      if (col < length - 1) tile = clip(tile, 0, x - GAP / 2, false);
      polygons.push(tile);
    }
    slot += length;
  });
  return polygons;
}

// ---------------------------------------------------------------------------
// Text fitting. No DOM measuring: widths come from Inter's advance widths
// (semibold, in 1/100 em), so the layout is the same on screen, in tests and
// in screenshots. Fallback fonts are narrower than Inter, so they fit too.

const ADVANCE_CHARS = ' -,.()/&:0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÄÅÖäåöéü–';
const ADVANCE_WIDTHS = [
  25, 47, 32, 32, 37, 37, 38, 66, 32, 66, 42, 62, 64, 67, 61, 64, 58, 64, 64, 73, 66, 74, 72, 61, 59, 75, 75, 28, 58, 70, 57, 92, 76, 77, 65, 77, 65, 65, 66,
  74, 73, 102, 72, 71, 65, 57, 62, 58, 62, 59, 39, 63, 61, 26, 26, 57, 26, 90, 61, 61, 62, 62, 40, 55, 35, 61, 59, 84, 57, 59, 57, 73, 73, 77, 57, 57, 61, 59,
  61, 50,
];
const SOFT_HYPHEN = '\u00ad';
const ADVANCE = new Map([...ADVANCE_CHARS].map((ch, i) => [ch, (ADVANCE_WIDTHS[i] as number) / 100]));
// A line that ends in a soft hyphen is drawn with a hyphen of this width.
ADVANCE.set(SOFT_HYPHEN, ADVANCE.get('-') as number);

/** Estimated width of text in em (Inter semibold; unknown characters count as wide). */
function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += ADVANCE.get(ch) ?? 0.68;
  return width;
}

const TITLE_MAX = 12.5;
const TITLE_MIN = 9.5;
const LINE_HEIGHT = 1.15;
const COUNT_SIZE = (titleSize: number) => Math.min(11, Math.max(9, titleSize * 0.85));
/** Horizontal room kept free between the text and the tile edge. */
const SIDE_PAD = 3;

interface TextLayout {
  lines: string[];
  fontSize: number;
  countSize: number;
  x: number;
  /** Baselines: one per title line, then the count. */
  baselines: number[];
}

/**
 * Ways to show a title on one or two lines. Soft hyphens mark extra break
 * points ("Asiakas\u00adymmärrys"); a line broken there ends in SOFT_HYPHEN,
 * drawn as a hyphen.
 */
function lineOptions(title: string, forceBreakWords: boolean): string[][] {
  const clean = (s: string) => s.replaceAll(SOFT_HYPHEN, '').trim();
  const options: string[][] = [[clean(title)]];
  for (let i = 1; i < title.length; i++) {
    const ch = title[i - 1] as string;
    if (ch === ' ') options.push([clean(title.slice(0, i - 1)), clean(title.slice(i))]);
    else if (ch === '-' || ch === '–' || ch === '/') options.push([clean(title.slice(0, i)), clean(title.slice(i))]);
    // A hyphenation point only where five letters or more stay on each side: "henkilöstö-kokemus", never "hen-kilöstökokemus".
    else if (ch === SOFT_HYPHEN && /\p{L}{5}$/u.test(clean(title.slice(0, i - 1))) && /^\p{L}{5}/u.test(clean(title.slice(i))))
      options.push([`${clean(title.slice(0, i - 1))}${SOFT_HYPHEN}`, clean(title.slice(i))]);
  }
  if (forceBreakWords) {
    // Last resort for a single very long word: break it with a hyphen, keeping at least four letters on each side.
    for (let i = 4; i <= title.length - 4; i++) {
      if (/\p{L}{4}$/u.test(title.slice(0, i)) && /^\p{L}{4}/u.test(title.slice(i)))
        options.push([`${clean(title.slice(0, i))}${SOFT_HYPHEN}`, clean(title.slice(i))]);
    }
  }
  return options.filter((lines) => lines.every((line) => line.length > 0));
}

/** The narrowest width (in em) the title can be set in, on one or two lines, without breaking words. */
function needEm(title: string): number {
  return Math.min(...lineOptions(title, false).map((lines) => Math.max(...lines.map(textWidthEm))));
}

/** The widest horizontal interval that the polygon covers over the whole band [y0, y1] (convex polygons only). */
function bandInterval(polygon: Point[], y0: number, y1: number): [number, number] | null {
  const a = spanAt(polygon, y0);
  const b = spanAt(polygon, y1);
  if (!a || !b) return null;
  const lo = Math.max(a[0], b[0]);
  const hi = Math.min(a[1], b[1]);
  return lo < hi ? [lo, hi] : null;
}

function tryLayout(polygon: Point[], lines: string[], fontSize: number, centreY: number): TextLayout | null {
  const countSize = COUNT_SIZE(fontSize);
  const lineBox = fontSize * LINE_HEIGHT;
  const countGap = fontSize * 0.3;
  const blockHeight = lines.length * lineBox + countGap + countSize * LINE_HEIGHT;
  const top = centreY - blockHeight / 2;
  // Text boxes: from cap height to descender, roughly 0.75 em above and 0.22 em below the baseline.
  const boxes = [
    ...lines.map((line, i) => ({ width: textWidthEm(line) * fontSize, baseline: top + i * lineBox + fontSize * 0.9, size: fontSize })),
    { width: 0, baseline: top + lines.length * lineBox + countGap + countSize * 0.9, size: countSize },
  ];
  const intervals = boxes.map((box) => bandInterval(polygon, box.baseline - box.size * 0.75, box.baseline + box.size * 0.22));
  if (intervals.some((iv) => iv === null)) return null;
  const ivs = intervals as [number, number][];
  // One shared centre line for the whole block (ragged centres look untidy): the middle of what all lines share.
  const lo = Math.max(...ivs.map((iv) => iv[0]));
  const hi = Math.min(...ivs.map((iv) => iv[1]));
  if (lo >= hi) return null;
  const x = (lo + hi) / 2;
  for (let i = 0; i < boxes.length; i++) {
    const [l, r] = ivs[i] as [number, number];
    const half = (boxes[i] as { width: number }).width / 2 + SIDE_PAD;
    if (x - half < l || x + half > r) return null;
  }
  return { lines, fontSize, countSize, x, baselines: boxes.map((box) => box.baseline) };
}

/** Picks the best of the line options at one font size, or null when none fits. */
function fitAt(polygon: Point[], options: string[][], size: number): TextLayout | null {
  const ys = polygon.map((p) => p[1]);
  const minY = Math.min(...ys);
  const maxY = Math.max(...ys);
  const centroidY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let best: { layout: TextLayout; score: number } | null = null;
  for (const lines of options) {
    const widths = lines.map(textWidthEm);
    for (let cy = minY; cy <= maxY; cy += 1) {
      const layout = tryLayout(polygon, lines, size, cy);
      if (!layout) continue;
      // Prefer fewer lines, then a break between words over one inside a word, then balanced lines, then a block near the tile's middle.
      const hyphenated = lines.some((line) => line.endsWith(SOFT_HYPHEN)) ? 40 : 0;
      const score = lines.length * 100 + hyphenated + (Math.max(...widths) - Math.min(...widths)) * 4 + Math.abs(cy - centroidY) * 0.2;
      if (!best || score < best.score) best = { layout, score };
    }
  }
  return best?.layout ?? null;
}

/** The largest size (in quarter steps, no larger than `max`) at which the title fits on one or two lines without breaking words. */
function largestFit(polygon: Point[], title: string, max: number): number | null {
  const options = lineOptions(title, false);
  for (let size = max; size >= TITLE_MIN; size -= 0.25) if (fitAt(polygon, options, size)) return size;
  return null;
}

/** Lays the title out at `size`, or the largest smaller size that fits; a very long word is broken with a hyphen only as a last resort. */
function fitText(polygon: Point[], title: string, size: number): TextLayout {
  for (const force of [false, true]) {
    const options = lineOptions(title, force);
    for (let s = size; s >= TITLE_MIN; s -= 0.25) {
      const layout = fitAt(polygon, options, s);
      if (layout) return layout;
    }
  }
  // Nothing fits (an extreme title): smallest size, two lines, centred; it may overflow a little.
  const options = lineOptions(title, true);
  const lines = options.reduce((a, b) => (Math.max(...b.map(textWidthEm)) < Math.max(...a.map(textWidthEm)) ? b : a));
  const xs = polygon.map((p) => p[0]);
  const ys = polygon.map((p) => p[1]);
  const x = (Math.min(...xs) + Math.max(...xs)) / 2;
  const countSize = COUNT_SIZE(TITLE_MIN);
  const lineBox = TITLE_MIN * LINE_HEIGHT;
  const top = ys.reduce((a, b) => a + b, 0) / ys.length - (lines.length * lineBox + countSize * 1.5) / 2;
  return {
    lines,
    fontSize: TITLE_MIN,
    countSize,
    x,
    baselines: [...lines.map((_, i) => top + i * lineBox + TITLE_MIN * 0.9), top + lines.length * lineBox + countSize * 1.2],
  };
}

/**
 * One font size for every tile (mixed sizes look untidy): the largest at which
 * all titles fit. A title that fits nowhere near it does not drag the rest down.
 */
function layoutTexts(polygons: Point[][], titles: string[]): TextLayout[] {
  const fits = polygons.map((polygon, i) => largestFit(polygon, titles[i] as string, TITLE_MAX));
  const shared = Math.min(TITLE_MAX, ...fits.filter((size): size is number => size !== null));
  return polygons.map((polygon, i) => fitText(polygon, titles[i] as string, shared));
}

// ---------------------------------------------------------------------------
// Colours. Text contrast is at least 4.5:1 on every fill.

const COLOURS: Record<TileState, { fill: string; title: string; count: string }> = {
  empty: { fill: '#e8ecf1', title: '#14202e', count: '#44505e' },
  partial: { fill: '#c9dcf3', title: '#14202e', count: '#2c3e55' },
  complete: { fill: '#1d4e89', title: '#ffffff', count: '#dce7f5' },
};
const CURRENT_STROKE = '#0f766e';
const OUTLINE_STROKE = '#8aa2bf';
const FOCUS_STROKE = '#14202e';

export function tileState(area: Pick<DiamondArea, 'answered' | 'total'>): TileState {
  if (area.total > 0 && area.answered >= area.total) return 'complete';
  return area.answered > 0 ? 'partial' : 'empty';
}

/** Places, tile shapes and text layout for areas given as [id, title] pairs. */
function layout(areas: [string, string, DiamondArea['layer']][]): { polygons: Point[][]; slotOfArea: number[]; layouts: TextLayout[] } {
  const { rowLengths, slotOfArea } = placeAreas(areas.map(([id, , layer]) => ({ id, layer })));
  const slotCount = rowLengths.reduce((a, b) => a + b, 0);
  const needs = Array.from({ length: slotCount }, () => 0);
  areas.forEach(([, title], i) => (needs[slotOfArea[i] as number] = needEm(title)));
  const known = needs.filter((need) => need > 0);
  const average = known.length ? known.reduce((a, b) => a + b, 0) / known.length : 6;
  const polygons = tilePolygons(
    rowLengths,
    needs.map((need) => need || average),
  );
  const layouts = layoutTexts(
    slotOfArea.map((slot) => polygons[slot] as Point[]),
    areas.map(([, title]) => title),
  );
  return { polygons, slotOfArea, layouts };
}

/**
 * One line of a tile title. Lines are separated by a space in the DOM (not
 * drawn), so the text reads "Kulttuuri ja henkilöstökokemus 5/5" like the
 * button's name. A line broken inside a word gets its hyphen drawn as a
 * shape, keeping the word whole in the DOM ("Asiakasymmärrys").
 */
function TitleLine({ line, x, y, size, fill }: { line: string; x: number; y: number; size: number; fill: string }) {
  if (!line.endsWith(SOFT_HYPHEN)) {
    return (
      <>
        <text x={x} y={y} textAnchor="middle" fontSize={size} fontWeight={600} fill={fill}>
          {line}
        </text>{' '}
      </>
    );
  }
  const word = line.slice(0, -1);
  const end = x + (textWidthEm(line) / 2 - textWidthEm('-')) * size;
  return (
    <>
      <text x={end} y={y} textAnchor="end" fontSize={size} fontWeight={600} fill={fill}>
        {word}
      </text>
      <rect x={end + 0.07 * size} y={y - 0.37 * size} width={0.32 * size} height={0.09 * size} fill={fill} />
    </>
  );
}

const points = (polygon: Point[]) => polygon.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/** The nine areas of the CX diamond as a keyboard-operable navigation control, coloured by progress. */
export function DiamondNav({ areas, currentAreaId, onSelect, label, progressLabel, size = 300 }: DiamondNavProps) {
  // The geometry depends only on the ids and titles; progress changes just recolour.
  const shapeKey = JSON.stringify(areas.map((area) => [area.id, area.title, area.layer]));
  const { polygons, slotOfArea, layouts } = useMemo(() => layout(JSON.parse(shapeKey) as [string, string, DiamondArea['layer']][]), [shapeKey]);
  const used = new Set(slotOfArea);
  const height = Math.round((size * VIEW_H) / VIEW_W);

  // Focus and "current" marks are drawn last, on top of every tile, so no neighbour hides them.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const slotOf = (areaId: string) => {
    const i = areas.findIndex((area) => area.id === areaId);
    return i < 0 ? null : (polygons[slotOfArea[i] as number] as Point[]);
  };
  const currentPolygon = slotOf(currentAreaId);
  const focusedPolygon = focusedId === null ? null : slotOf(focusedId);

  const onKeyDown = (event: KeyboardEvent, areaId: string) => {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      onSelect(areaId);
    }
  };
  const onFocus = (event: FocusEvent<SVGGElement>, areaId: string) => {
    // Mark keyboard focus only, like :focus-visible (mouse users see the hover and the current mark).
    let visible = true;
    try {
      visible = event.currentTarget.matches(':focus-visible');
    } catch {
      // A DOM without :focus-visible support: always mark focus.
    }
    setFocusedId(visible ? areaId : null);
  };

  return (
    <Box
      component="nav"
      aria-label={label}
      sx={{
        display: 'inline-block',
        maxWidth: '100%',
        lineHeight: 0,
        '& svg': { display: 'block', maxWidth: '100%', height: 'auto', overflow: 'visible' },
        '& .tile': { cursor: 'pointer', outline: 'none' },
        '& .tile-text, & .marks': { pointerEvents: 'none', userSelect: 'none' },
        '& .tile:hover .tile-shape': { filter: 'brightness(0.94)' },
      }}
    >
      <svg role="none" viewBox={`0 0 ${VIEW_W} ${VIEW_H}`} width={size} height={height} fontFamily='"Inter", "Segoe UI", system-ui, sans-serif'>
        <polygon points={points(OUTLINE)} fill="#f6f8fb" stroke={OUTLINE_STROKE} strokeWidth={1.5} strokeLinejoin="round" />
        {polygons.map((polygon, i) =>
          used.has(i) ? null : (
            <polygon key={`free-${i}`} points={points(polygon)} fill="none" stroke="#d5dce5" strokeWidth={1} strokeDasharray="3 3" aria-hidden="true" />
          ),
        )}
        {areas.map((area, i) => {
          const polygon = polygons[slotOfArea[i] as number] as Point[];
          const text = layouts[i] as TextLayout;
          const state = tileState(area);
          const colours = COLOURS[state];
          const current = area.id === currentAreaId;
          const name = `${area.title.replaceAll(SOFT_HYPHEN, '')}, ${progressLabel(area)}`;
          return (
            <g
              key={area.id}
              className="tile"
              role="button"
              tabIndex={0}
              aria-label={name}
              aria-current={current ? 'step' : undefined}
              data-area-id={area.id}
              data-layer={area.layer}
              data-state={state}
              data-current={current ? 'true' : undefined}
              onClick={() => onSelect(area.id)}
              onKeyDown={(event) => onKeyDown(event, area.id)}
              onFocus={(event) => onFocus(event, area.id)}
              onBlur={() => setFocusedId(null)}
            >
              {/* Hover tooltip. Not rendered anyway; display: none keeps it out of the "visible text" that label-in-name checks read. */}
              <title style={{ display: 'none' }}>{name}</title>
              <polygon className="tile-shape" points={points(polygon)} fill={colours.fill} strokeLinejoin="round" stroke={colours.fill} strokeWidth={2} />
              {/* The name comes from aria-label; the drawn text repeats it for the eye only. */}
              <g className="tile-text" aria-hidden="true">
                {text.lines.map((line, j) => (
                  <TitleLine key={j} line={line} x={text.x} y={text.baselines[j] as number} size={text.fontSize} fill={colours.title} />
                ))}
                <text x={text.x} y={text.baselines[text.lines.length]} textAnchor="middle" fontSize={text.countSize} fontWeight={400} fill={colours.count}>
                  {`${area.answered}/${area.total}`}
                </text>
              </g>
            </g>
          );
        })}
        <g className="marks" aria-hidden="true">
          {currentPolygon ? (
            <g className="current-mark">
              {/* Mostly outside the tile (in the gap), so it never covers the text; the thin white inner line keeps it visible on dark tiles. */}
              <polygon points={points(offsetPolygon(currentPolygon, -1))} fill="none" stroke="#ffffff" strokeWidth={2} strokeLinejoin="round" />
              <polygon points={points(offsetPolygon(currentPolygon, 1.5))} fill="none" stroke={CURRENT_STROKE} strokeWidth={4} strokeLinejoin="round" />
            </g>
          ) : null}
          {focusedPolygon ? (
            <g className="focus-mark">
              {/* Outside the current mark, dark on a white halo: visible on every fill and background. */}
              <polygon points={points(offsetPolygon(focusedPolygon, 6))} fill="none" stroke="#ffffff" strokeWidth={5} strokeLinejoin="round" />
              <polygon points={points(offsetPolygon(focusedPolygon, 6))} fill="none" stroke={FOCUS_STROKE} strokeWidth={2.5} strokeLinejoin="round" />
            </g>
          ) : null}
        </g>
      </svg>
    </Box>
  );
}

/** Tile colours of the static picture, by layer: the core stands out, as in the model. Text contrast at least 4.5:1. */
export const LAYER_COLOURS: Record<DiamondArea['layer'], { fill: string; title: string }> = {
  outcome: { fill: '#dbe7f6', title: '#14202e' },
  verification: { fill: '#e3edf0', title: '#14202e' },
  enabler: { fill: '#e8ecf1', title: '#14202e' },
  foundation: { fill: '#efeae2', title: '#14202e' },
  core: { fill: '#1d4e89', title: '#ffffff' },
};

export interface DiamondPictureProps {
  areas: Pick<DiamondArea, 'id' | 'title' | 'layer'>[];
  /** The picture's accessible name; the areas themselves are listed beside it for screen readers. */
  label: string;
  size?: number;
}

/**
 * The same diamond as the workshop's navigation (same places, tile shapes and
 * text fitting), drawn as a still picture coloured by layer: the start screen
 * shows the model exactly as the consultant will later navigate it.
 */
export function DiamondPicture({ areas, label, size = 300 }: DiamondPictureProps) {
  const shapeKey = JSON.stringify(areas.map((area) => [area.id, area.title, area.layer]));
  const { polygons, slotOfArea, layouts } = useMemo(() => layout(JSON.parse(shapeKey) as [string, string, DiamondArea['layer']][]), [shapeKey]);
  const height = Math.round((size * VIEW_H) / VIEW_W);
  return (
    <Box
      component="figure"
      sx={{ m: 0, display: 'inline-block', maxWidth: '100%', lineHeight: 0, '& svg': { display: 'block', maxWidth: '100%', height: 'auto' } }}
    >
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
        width={size}
        height={height}
        fontFamily='"Inter", "Segoe UI", system-ui, sans-serif'
      >
        <polygon points={points(OUTLINE)} fill="#f6f8fb" stroke={OUTLINE_STROKE} strokeWidth={1.5} strokeLinejoin="round" />
        {areas.map((area, i) => {
          const polygon = polygons[slotOfArea[i] as number] as Point[];
          const text = layouts[i] as TextLayout;
          const colours = LAYER_COLOURS[area.layer];
          // The layout leaves room for the workshop's answer count under the title; without it the title moves down to the middle.
          const shift = (text.baselines[text.lines.length]! - text.baselines[text.lines.length - 1]!) / 2;
          return (
            <g key={area.id} data-area-id={area.id} data-layer={area.layer} aria-hidden="true">
              <polygon points={points(polygon)} fill={colours.fill} strokeLinejoin="round" stroke={colours.fill} strokeWidth={2} />
              {text.lines.map((line, j) => (
                <TitleLine key={j} line={line} x={text.x} y={(text.baselines[j] as number) + shift} size={text.fontSize} fill={colours.title} />
              ))}
            </g>
          );
        })}
      </svg>
    </Box>
  );
}
