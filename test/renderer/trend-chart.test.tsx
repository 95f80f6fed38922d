import { cleanup, render, screen } from '@testing-library/react';
import type { ChartData } from 'chart.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TrendChart, type TrendSeries } from '../../renderer/src/screens/compare/trend-chart';

// happy-dom has no canvas 2D context: the chart is replaced by a stand-in that shows the props it got.
vi.mock('react-chartjs-2', () => ({
  Line: (props: Record<string, unknown>) => <pre data-testid="line-props">{JSON.stringify(props)}</pre>,
}));

type Data = ChartData<'line', (number | null)[], string>;

const SERIES: TrendSeries[] = [
  { key: 'overall', label: 'Kokonaisindeksi', values: [2.2, 2.5, 10 / 3], emphasis: true },
  { key: 'strategy', label: 'Strategia', values: [2.7, null, 3.5] },
  { key: 'brand', label: 'Brändi', values: [null, 3.3, 3.6] },
];

describe('TrendChart', () => {
  afterEach(cleanup);

  it('is a figure named by the title that carries the exact values, gaps as null', () => {
    render(<TrendChart labels={['18.3.2025', '17.3.2026', '16.3.2027']} series={SERIES} title="Kehitys" locale="fi" />);
    const figure = screen.getByRole('img', { name: 'Kehitys' });
    expect(figure).toBe(screen.getByTestId('trend'));
    const carried = JSON.parse(figure.getAttribute('data-series') ?? '') as { key: string; values: (number | null)[] }[];
    expect(carried).toEqual(SERIES.map((s) => ({ key: s.key, values: s.values })));
    expect(carried[0]?.values[2]).toBe(10 / 3);
  });

  it('draws a missing score as a gap (never 0), the overall index thick and on top', () => {
    render(<TrendChart labels={['a', 'b', 'c']} series={SERIES} title="Kehitys" locale="fi" />);
    const { data } = JSON.parse(screen.getByTestId('line-props').textContent ?? '{}') as { data: Data };
    expect(data.labels).toEqual(['a', 'b', 'c']);
    expect(data.datasets.map((d) => d.data)).toEqual(SERIES.map((s) => s.values));
    expect(data.datasets.every((d) => d.spanGaps === false)).toBe(true);
    const [overall, ...areas] = data.datasets;
    expect(overall?.order).toBe(0);
    for (const area of areas) {
      expect(area.order).toBe(1);
      expect(Number(area.borderWidth)).toBeLessThan(Number(overall?.borderWidth));
    }
    // Areas differ by colour and dash, so they can be told apart without colour too.
    expect(new Set(areas.map((a) => a.borderColor)).size).toBe(areas.length);
    expect(new Set(areas.map((a) => JSON.stringify(a.borderDash))).size).toBe(areas.length);
  });
});
