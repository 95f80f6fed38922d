import Box from '@mui/material/Box';
import {
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
  type TooltipItem,
} from 'chart.js';
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';

// Only what a line chart needs (Chart.js uses no eval, so the strict CSP holds).
ChartJS.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface TrendSeries {
  key: string;
  label: string;
  /** One per assessment, 1..5, or null where the area is missing or has no score (a gap, never 0). */
  values: (number | null)[];
  /** The overall index is drawn thick and on top. */
  emphasis?: boolean;
}

export interface TrendChartProps {
  /** The assessments' dates as shown, oldest first. */
  labels: string[];
  series: TrendSeries[];
  /** Accessible name of the chart. */
  title: string;
  locale: 'fi' | 'en';
  height?: number;
}

const FONT_FAMILY = '"Inter", "Segoe UI", system-ui, sans-serif';
const TEXT = '#14202e';
const GRID = '#d5dce5';
// Nine distinguishable colours for the areas, all at least 3:1 against white; the overall index is the app's primary blue.
const COLOURS = ['#b45309', '#7c3aed', '#be123c', '#0369a1', '#15803d', '#a21caf', '#0f766e', '#6b7280', '#854d0e'];
const DASHES = [[], [6, 4], [2, 3], [10, 4, 2, 4]];

function toData(labels: string[], series: TrendSeries[]): ChartData<'line', (number | null)[], string> {
  let i = 0;
  return {
    labels,
    datasets: series.map((s) => {
      if (s.emphasis)
        return {
          label: s.label,
          data: [...s.values],
          borderColor: '#1d4e89',
          backgroundColor: '#1d4e89',
          borderWidth: 4,
          pointRadius: 5,
          order: 0,
          spanGaps: false,
        };
      const n = i++;
      const colour = COLOURS[n % COLOURS.length] as string;
      return {
        label: s.label,
        data: [...s.values],
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 2,
        borderDash: DASHES[n % DASHES.length] as number[],
        pointRadius: 3,
        order: 1,
        spanGaps: false,
      };
    }),
  };
}

function toOptions(locale: TrendChartProps['locale']): ChartOptions<'line'> {
  const intlLocale = locale === 'fi' ? 'fi-FI' : 'en-GB';
  const oneDecimal = new Intl.NumberFormat(intlLocale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    locale: intlLocale,
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    scales: {
      y: { min: 1, max: 5, ticks: { stepSize: 1, color: TEXT, font: { family: FONT_FAMILY, size: 12 } }, grid: { color: GRID } },
      x: { ticks: { color: TEXT, font: { family: FONT_FAMILY, size: 13, weight: 600 } }, grid: { color: GRID } },
    },
    plugins: {
      legend: { position: 'right', labels: { color: TEXT, font: { family: FONT_FAMILY, size: 12 }, boxWidth: 24, boxHeight: 3, padding: 8 } },
      tooltip: {
        callbacks: { label: (item: TooltipItem<'line'>) => `${item.dataset.label ?? ''}: ${item.parsed.y === null ? '–' : oneDecimal.format(item.parsed.y)}` },
      },
    },
  };
}

/**
 * Scores over the assessments, one line per area and the overall index. The
 * figure carries the exact values passed in (data-series), as the radar
 * does, so end-to-end tests can compare them with core's numbers.
 */
export function TrendChart({ labels, series, title, locale, height = 380 }: TrendChartProps) {
  const labelsKey = JSON.stringify(labels);
  const seriesKey = JSON.stringify(series);
  const data = useMemo(() => toData(JSON.parse(labelsKey) as string[], JSON.parse(seriesKey) as TrendSeries[]), [labelsKey, seriesKey]);
  const options = useMemo(() => toOptions(locale), [locale]);
  return (
    <Box
      component="figure"
      role="img"
      aria-label={title}
      data-testid="trend"
      data-series={JSON.stringify(series.map((s) => ({ key: s.key, values: s.values })))}
      sx={{ m: 0, position: 'relative', width: '100%', height }}
    >
      <Line data={data} options={options} role="presentation" aria-hidden="true" />
    </Box>
  );
}
