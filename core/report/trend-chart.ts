export const TREND_COLOURS = { line: '#1d4e89', overall: '#0f766e', grid: '#d5dbe3', tick: '#6b7685' } as const;

/**
 * One small line chart: scores on the 1–5 scale by assessment, oldest on the
 * left, in points. A missing score (the area is not in that questionnaire, or
 * nothing was scored) breaks the line: never a point at 0. Drawn as pdfmake
 * vector drawing (a `canvas` node), not SVG: ten charts parsed from SVG made a
 * cold report about 40 ms slower.
 * Tick numbers are left out: the section's heading names the 1–5 scale and
 * the table above carries every number; the outer grid lines (1 and 5) are
 * drawn darker.
 */
export function trendCanvas(values: readonly (number | null)[], width: number, height: number, overall = false): { canvas: unknown[] } {
  const left = 2;
  const right = 4;
  const top = 4;
  const bottom = 4;
  const x = (i: number) => (values.length < 2 ? left + (width - left - right) / 2 : left + ((width - left - right) * i) / (values.length - 1));
  const y = (v: number) => top + ((5 - Math.min(5, Math.max(1, v))) * (height - top - bottom)) / 4;
  const canvas: unknown[] = [1, 2, 3, 4, 5].map((tick) => ({
    type: 'line',
    x1: left,
    y1: y(tick),
    x2: width - right,
    y2: y(tick),
    lineWidth: tick === 1 || tick === 5 ? 0.6 : 0.35,
    lineColor: TREND_COLOURS.grid,
  }));
  const colour = overall ? TREND_COLOURS.overall : TREND_COLOURS.line;
  let run: { x: number; y: number }[] = [];
  const flush = () => {
    if (run.length > 1) canvas.push({ type: 'polyline', points: run, lineWidth: overall ? 1.8 : 1.3, lineColor: colour, lineJoin: 'round' });
    run = [];
  };
  values.forEach((v, i) => {
    if (v === null) return flush();
    run.push({ x: x(i), y: y(v) });
  });
  flush();
  values.forEach((v, i) => {
    if (v !== null) {
      const r = i === values.length - 1 ? 2.2 : 1.6;
      canvas.push({ type: 'ellipse', x: x(i), y: y(v), r1: r, r2: r, color: colour });
    }
  });
  return { canvas };
}
