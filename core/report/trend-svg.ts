import { num, points, type Point } from './svg';

export const TREND_COLOURS = { line: '#1d4e89', overall: '#0f766e', grid: '#d5dbe3', tick: '#6b7685' } as const;

/**
 * One small line chart: scores on the 1–5 scale by assessment, oldest on the
 * left, drawn 1:1 in points. A missing score (the area is not in that
 * questionnaire, or nothing was scored) breaks the line: never a point at 0.
 * Carries numbers only (the area's name is set as text above it).
 */
export function trendSvg(values: readonly (number | null)[], width: number, height: number, overall = false): string {
  const left = 10;
  const right = 6;
  const top = 5;
  const bottom = 5;
  const x = (i: number) => (values.length < 2 ? left + (width - left - right) / 2 : left + ((width - left - right) * i) / (values.length - 1));
  const y = (v: number) => top + ((5 - Math.min(5, Math.max(1, v))) * (height - top - bottom)) / 4;
  const parts: string[] = [];
  for (const tick of [1, 2, 3, 4, 5]) {
    parts.push(
      `<line x1="${num(left)}" y1="${num(y(tick))}" x2="${num(width - right)}" y2="${num(y(tick))}" stroke="${TREND_COLOURS.grid}" stroke-width="${tick === 1 || tick === 5 ? 0.6 : 0.35}"/>`,
    );
    if (tick % 2 === 1) parts.push(`<text x="0" y="${num(y(tick) + 2)}" font-family="Inter" font-size="5.5" fill="${TREND_COLOURS.tick}">${tick}</text>`);
  }
  const colour = overall ? TREND_COLOURS.overall : TREND_COLOURS.line;
  let run: Point[] = [];
  const flush = () => {
    if (run.length > 1)
      parts.push(`<polyline points="${points(run)}" fill="none" stroke="${colour}" stroke-width="${overall ? 1.8 : 1.3}" stroke-linejoin="round"/>`);
    run = [];
  };
  values.forEach((v, i) => {
    if (v === null) return flush();
    run.push([x(i), y(v)]);
  });
  flush();
  values.forEach((v, i) => {
    if (v !== null) parts.push(`<circle cx="${num(x(i))}" cy="${num(y(v))}" r="${i === values.length - 1 ? 2.2 : 1.6}" fill="${colour}"/>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}">${parts.join('')}</svg>`;
}
