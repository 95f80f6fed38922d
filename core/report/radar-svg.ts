import { escapeXml, num, points, wrapLabel, type LabelWidth, type Point } from './svg';

export interface RadarSeries {
  /** Values per axis on the 1–5 scale; null leaves a gap (the point sits at the centre). */
  values: (number | null)[];
  kind: 'current' | 'target' | 'earlier';
}

export interface RadarInput {
  /** Axis labels: questionnaire area names. */
  labels: string[];
  series: RadarSeries[];
  measure: LabelWidth;
}

export const RADAR_COLOURS = { current: '#1d4e89', target: '#0f766e', earlier: '#8a94a3', grid: '#d5dbe3', label: '#14202e', tick: '#6b7685' } as const;

/** Drawn 1:1 across the page's text width, so sizes here are points on paper. */
export const RADAR_WIDTH = 466;
export const RADAR_HEIGHT = 318;
const CX = RADAR_WIDTH / 2;
const CY = RADAR_HEIGHT / 2;
/** Room around the plot for the axis labels (they are clipped at the viewBox edge otherwise). */
const RADIUS = 116;
const LABEL_SIZE = 8.5;
const LABEL_GAP = 10;
const MIN = 1;
const MAX = 5;

const at = (axis: number, count: number, value: number): Point => {
  const angle = -Math.PI / 2 + (2 * Math.PI * axis) / count;
  const r = (RADIUS * (Math.min(MAX, Math.max(0, value)) - 0)) / MAX;
  return [CX + r * Math.cos(angle), CY + r * Math.sin(angle)];
};

/**
 * The radar as an SVG string: rings 1–5, one axis per area, the current
 * scores filled, the target dashed (only when any target is set), the
 * earlier assessment thin and grey.
 */
export function radarSvg({ labels, series, measure }: RadarInput): string {
  const n = labels.length;
  const parts: string[] = [];
  for (let ring = MIN; ring <= MAX; ring++) {
    const ps = labels.map((_, i) => at(i, n, ring));
    parts.push(`<polygon points="${points(ps)}" fill="none" stroke="${RADAR_COLOURS.grid}" stroke-width="${ring === MAX ? 0.9 : 0.6}"/>`);
  }
  labels.forEach((_, i) => {
    const [x, y] = at(i, n, MAX);
    parts.push(`<line x1="${num(CX)}" y1="${num(CY)}" x2="${num(x)}" y2="${num(y)}" stroke="${RADAR_COLOURS.grid}" stroke-width="0.6"/>`);
  });
  const order: RadarSeries['kind'][] = ['earlier', 'target', 'current'];
  for (const kind of order) {
    for (const s of series.filter((x) => x.kind === kind)) {
      const ps = s.values.map((v, i) => at(i, n, v ?? 0));
      const colour = RADAR_COLOURS[kind];
      const complete = s.values.every((v) => v !== null);
      // An area without a score is a gap in the line, never a point at the centre (that would read as zero).
      const segments = (attributes: string) =>
        s.values.forEach((v, i) => {
          const next = (i + 1) % n;
          if (v === null || s.values[next] === null || s.values[next] === undefined || n < 2) return;
          const [x1, y1] = ps[i] as Point;
          const [x2, y2] = ps[next] as Point;
          parts.push(`<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" ${attributes}/>`);
        });
      if (kind === 'current') {
        if (complete)
          parts.push(`<polygon points="${points(ps)}" fill="${colour}" fill-opacity="0.14" stroke="${colour}" stroke-width="1.6" stroke-linejoin="round"/>`);
        else segments(`stroke="${colour}" stroke-width="1.6"`);
        s.values.forEach((v, i) => {
          if (v === null) return;
          const [x, y] = ps[i] as Point;
          parts.push(`<circle cx="${num(x)}" cy="${num(y)}" r="2" fill="${colour}"/>`);
        });
      } else if (kind === 'target') {
        // Dashed only between neighbouring areas that both have a target; a lone target is a marker.
        segments(`stroke="${colour}" stroke-width="1.2" stroke-dasharray="4 3"`);
        s.values.forEach((v, i) => {
          if (v === null) return;
          const [x, y] = ps[i] as Point;
          parts.push(`<rect x="${num(x - 2.2)}" y="${num(y - 2.2)}" width="4.4" height="4.4" fill="#ffffff" stroke="${colour}" stroke-width="1"/>`);
        });
      } else if (complete) {
        parts.push(`<polygon points="${points(ps)}" fill="none" stroke="${colour}" stroke-width="1" stroke-dasharray="1.5 2"/>`);
      } else {
        segments(`stroke="${colour}" stroke-width="1" stroke-dasharray="1.5 2"`);
      }
    }
  }
  for (let ring = MIN; ring <= MAX; ring++) {
    const [x, y] = at(0, n, ring);
    parts.push(`<text x="${num(x + 3)}" y="${num(y - 2)}" font-family="Inter" font-size="6.5" fill="${RADAR_COLOURS.tick}">${ring}</text>`);
  }
  labels.forEach((label, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    const r = RADIUS + LABEL_GAP;
    const x = CX + r * cos;
    const y = CY + r * sin;
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    // A label may use the room to the edge of the drawing on its side.
    const room = anchor === 'middle' ? 150 : anchor === 'start' ? RADAR_WIDTH - x - 2 : x - 2;
    const lines = wrapLabel(label, Math.min(room, 140), LABEL_SIZE, measure, 3);
    const lineHeight = LABEL_SIZE * 1.2;
    // Labels above the plot grow upwards, below it downwards, at the sides centred on the axis.
    const top =
      sin < -0.5 ? y - (lines.length - 1) * lineHeight : sin > 0.5 ? y + LABEL_SIZE * 0.8 : y - ((lines.length - 1) * lineHeight) / 2 + LABEL_SIZE * 0.35;
    lines.forEach((line, j) => {
      parts.push(
        `<text x="${num(x)}" y="${num(top + j * lineHeight)}" font-family="Inter" font-size="${LABEL_SIZE}" font-weight="bold" fill="${RADAR_COLOURS.label}" text-anchor="${anchor}">${escapeXml(line)}</text>`,
      );
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${RADAR_WIDTH}" height="${RADAR_HEIGHT}" viewBox="0 0 ${RADAR_WIDTH} ${RADAR_HEIGHT}">${parts.join('')}</svg>`;
}
