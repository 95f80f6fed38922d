import Box from '@mui/material/Box';
import {
  Chart as ChartJS,
  Filler,
  Legend,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartData,
  type ChartDataset,
  type ChartOptions,
  type TooltipItem,
} from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { Radar } from 'react-chartjs-2';

// Only what a radar needs (tree-shaken; Chart.js uses no eval, so a strict CSP is fine).
// react-chartjs-2's <Radar> registers RadarController too; registering it here keeps this file self-contained.
ChartJS.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

export interface RadarSeries {
  key: string;
  label: string;
  /** One per label, 1..5, or null for "no score" (drawn as a gap). */
  values: (number | null)[];
  kind: 'current' | 'target' | 'previous' | 'group';
}

export interface RadarChartProps {
  /** Area titles, one per axis. */
  labels: string[];
  series: RadarSeries[];
  /** Accessible name of the chart. */
  title: string;
  locale: 'fi' | 'en';
  /** Height in px (default 420); the width follows the container. */
  height?: number;
}

const FONT_FAMILY = '"Inter", "Segoe UI", system-ui, sans-serif';
const TEXT = '#14202e';
const TEXT_SECONDARY = '#44505e';
const GRID = '#d5dce5';
const GROUP_COLOURS = ['#b45309', '#7c3aed', '#be123c', '#0369a1', '#15803d', '#a21caf'];
/** Legend order and drawing order: the current scores on top. */
const KIND_ORDER: Record<RadarSeries['kind'], number> = { current: 0, target: 1, previous: 2, group: 3 };
/** Longest line of an axis label before it wraps. */
const LABEL_LINE = 16;

/** Splits an axis label into lines of whole words, each at most LABEL_LINE characters (a longer word gets a line of its own). */
function wrapLabel(label: string, max = LABEL_LINE): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

type RadarDataset = ChartDataset<'radar', (number | null)[]>;

function styleOf(kind: RadarSeries['kind'], groupIndex: number): Partial<RadarDataset> {
  switch (kind) {
    case 'current':
      return {
        borderColor: '#1d4e89',
        backgroundColor: 'rgba(29, 78, 137, 0.18)',
        fill: true,
        borderWidth: 3,
        pointRadius: 4,
        pointHoverRadius: 6,
        pointBackgroundColor: '#1d4e89',
        pointBorderColor: '#ffffff',
      };
    case 'target':
      return {
        borderColor: '#0f766e',
        backgroundColor: '#0f766e',
        fill: false,
        borderWidth: 2.5,
        borderDash: [8, 5],
        pointRadius: 3,
        pointHoverRadius: 5,
        pointBackgroundColor: '#0f766e',
        pointBorderColor: '#ffffff',
      };
    case 'previous':
      return {
        borderColor: '#6b7280',
        backgroundColor: '#6b7280',
        fill: false,
        borderWidth: 2,
        borderDash: [2, 4],
        borderCapStyle: 'round',
        pointRadius: 2.5,
        pointHoverRadius: 4,
        pointBackgroundColor: '#6b7280',
        pointBorderColor: '#6b7280',
      };
    case 'group': {
      const colour = GROUP_COLOURS[groupIndex % GROUP_COLOURS.length] as string;
      return {
        borderColor: colour,
        backgroundColor: colour,
        fill: false,
        borderWidth: 1.5,
        pointRadius: 2.5,
        pointHoverRadius: 4,
        pointBackgroundColor: colour,
        pointBorderColor: colour,
      };
    }
  }
}

const TARGET_MARKERS: Partial<RadarDataset> = { showLine: false, pointStyle: 'rectRot', pointRadius: 7, pointHoverRadius: 9, pointBorderWidth: 1.5 };

/** The chart’s data: one dataset per series, styled by kind; null values stay null (gaps). */
function toData(labels: string[], series: RadarSeries[]): ChartData<'radar', (number | null)[], string[]> {
  let groups = 0;
  return {
    labels: labels.map((label) => wrapLabel(label)),
    datasets: series.map((s) => {
      const style = styleOf(s.kind, s.kind === 'group' ? groups++ : 0);
      return {
        label: s.label,
        data: [...s.values],
        spanGaps: false,
        order: KIND_ORDER[s.kind],
        ...style,
        // Chart.js fills a gap down to the centre, which reads as a score of 0: with gaps, the line alone.
        fill: style.fill === true && s.values.every((value) => value !== null),
        // A target set for some areas only is a marker on each of those axes, not a line in pieces.
        ...(s.kind === 'target' && s.values.some((value) => value === null) ? TARGET_MARKERS : {}),
      };
    }),
  };
}

function toOptions(labels: string[], locale: RadarChartProps['locale']): ChartOptions<'radar'> {
  const intlLocale = locale === 'fi' ? 'fi-FI' : 'en-GB';
  const oneDecimal = new Intl.NumberFormat(intlLocale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    locale: intlLocale,
    responsive: true,
    maintainAspectRatio: false,
    // Off: nothing moves on a projector, and tests see the final state at once.
    animation: false,
    layout: { padding: 0 },
    scales: {
      r: {
        min: 0,
        max: 5,
        beginAtZero: true,
        grid: { color: GRID },
        angleLines: { color: GRID },
        ticks: {
          stepSize: 1,
          // Drawn by ringLabels, off the axes: Chart.js puts them on the first axis, under its data points.
          display: false,
        },
        pointLabels: {
          color: TEXT,
          padding: 6,
          font: { family: FONT_FAMILY, size: 14, weight: 600 },
        },
      },
    },
    plugins: {
      legend: {
        position: 'bottom',
        labels: { color: TEXT, font: { family: FONT_FAMILY, size: 13 }, boxWidth: 28, boxHeight: 10, padding: 12 },
      },
      tooltip: {
        titleFont: { family: FONT_FAMILY, size: 13, weight: 600 },
        bodyFont: { family: FONT_FAMILY, size: 13 },
        callbacks: {
          // The axis title on one line, as written (the axis itself shows it wrapped).
          title: (items: TooltipItem<'radar'>[]) => labels[items[0]?.dataIndex ?? -1] ?? '',
          label: (item: TooltipItem<'radar'>) => `${item.dataset.label ?? ''}: ${oneDecimal.format(item.parsed.r)}`,
        },
      },
    },
  };
}

type RadialScale = {
  xCenter: number;
  yCenter: number;
  drawingArea: number;
  getIndexAngle(index: number): number;
  getDistanceFromCenterForValue(value: number): number;
};

/**
 * The scale's 1..5 labels on a ray halfway between the last and the first
 * axis, where no data point can sit under them. Also records the drawn
 * radius on the figure (data-radius) for tests of how much of its card the
 * chart uses.
 */
const ringLabels = {
  id: 'timanttiRingLabels',
  afterDatasetsDraw(chart: ChartJS) {
    const scale = chart.scales.r as unknown as RadialScale | undefined;
    const count = chart.data.labels?.length ?? 0;
    if (!scale || count === 0) return;
    const angle = scale.getIndexAngle(0) - Math.PI / count - Math.PI / 2;
    const { ctx } = chart;
    ctx.save();
    ctx.font = `12px ${FONT_FAMILY}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (let value = 1; value <= 5; value++) {
      const r = scale.getDistanceFromCenterForValue(value);
      const x = scale.xCenter + Math.cos(angle) * r;
      const y = scale.yCenter + Math.sin(angle) * r;
      const w = ctx.measureText(String(value)).width + 6;
      ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
      ctx.fillRect(x - w / 2, y - 8, w, 16);
      ctx.fillStyle = TEXT_SECONDARY;
      ctx.fillText(String(value), x, y);
    }
    ctx.restore();
    const figure = chart.canvas.parentElement;
    if (figure) figure.dataset.radius = String(Math.round(scale.drawingArea));
  },
};

const PLUGINS = [ringLabels];

/**
 * Maturity scores on the nine axes of the diamond. The figure carries the
 * exact values passed in (data-series) so end-to-end tests can check them
 * without reading pixels.
 */
export function RadarChart({ labels, series, title, locale, height = 420 }: RadarChartProps) {
  // Keyed by content, not identity: callers may build fresh arrays on every render.
  const labelsKey = JSON.stringify(labels);
  const seriesKey = JSON.stringify(series);
  const data = useMemo(() => toData(JSON.parse(labelsKey) as string[], JSON.parse(seriesKey) as RadarSeries[]), [labelsKey, seriesKey]);
  const options = useMemo(() => toOptions(JSON.parse(labelsKey) as string[], locale), [labelsKey, locale]);
  const chartRef = useRef<ChartJS<'radar', (number | null)[], string[]>>(null);
  useEffect(() => {
    // Canvas text does not redraw itself when a web font arrives: draw again once Inter is in.
    let live = true;
    const fonts = typeof document === 'undefined' ? undefined : document.fonts;
    if (!fonts?.load) return;
    Promise.all([fonts.load(`600 14px ${FONT_FAMILY}`), fonts.load(`13px ${FONT_FAMILY}`)])
      .then(() => {
        if (live) chartRef.current?.update('none');
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return (
    <Box
      component="figure"
      role="img"
      aria-label={title}
      data-testid="radar"
      data-series={JSON.stringify(series.map((s) => ({ key: s.key, values: s.values })))}
      sx={{ m: 0, position: 'relative', width: '100%', height }}
    >
      {/* The figure is the image; the canvas inside it is decoration (react-chartjs-2 would make it a second, unnamed img). */}
      <Radar ref={chartRef} data={data} options={options} plugins={PLUGINS} role="presentation" aria-hidden="true" />
    </Box>
  );
}
