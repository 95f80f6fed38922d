import { cleanup, render, screen } from '@testing-library/react';
import type { ChartData, ChartOptions, TooltipItem } from 'chart.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RadarChart, type RadarSeries } from '../../renderer/src/components/radar-chart';

// happy-dom has no canvas 2D context: the chart is replaced by a stand-in that
// shows the props it got (as JSON) and keeps them for the callbacks.
const captured = vi.hoisted(() => ({ props: null as null | Record<string, unknown> }));
vi.mock('react-chartjs-2', () => ({
  Radar: (props: Record<string, unknown>) => {
    captured.props = props;
    const { ref: _ref, ...rest } = props;
    return <pre data-testid="radar-props">{JSON.stringify(rest)}</pre>;
  },
}));

type Data = ChartData<'radar', (number | null)[], string[]>;
type Dataset = Data['datasets'][number];

const LABELS = [
  'Asiakasymmärrys',
  'Strategia',
  'Brändi',
  'Kulttuuri ja henkilöstökokemus',
  'Organisaatio ja prosessit',
  'Tunnekokemus',
  'Teknologia',
  'Mittaaminen',
  'Liiketoimintahyödyt',
];

const SERIES: RadarSeries[] = [
  { key: 'current', label: 'Nykytila', kind: 'current', values: [10 / 3, 2.75, 4, null, 2.2, 3, 3.8, 1.6, 2.5] },
  { key: 'target', label: 'Tavoite', kind: 'target', values: [4, 4, 4.5, 4, 3.5, 4, 4, 3.5, 4] },
  { key: 'previous', label: 'Edellinen', kind: 'previous', values: [2.8, 2.5, 3.5, 3, 2, 2.5, 3, 1.2, 2] },
  { key: 'g-johto', label: 'Johto', kind: 'group', values: [3.8, 3.2, 4.2, 3.5, 2.5, 3.2, 4, 2, 3] },
  { key: 'g-myynti', label: 'Myynti', kind: 'group', values: [3, 2.5, null, 2.8, 2, 2.8, 3.5, 1.4, 2.2] },
];

function renderChart(props: Partial<Parameters<typeof RadarChart>[0]> = {}) {
  render(<RadarChart labels={LABELS} series={SERIES} title="Kypsyysprofiili" locale="fi" {...props} />);
  const shown = JSON.parse(screen.getByTestId('radar-props').textContent ?? '{}') as { data: Data; options: ChartOptions<'radar'>; role: string };
  return { ...shown, live: captured.props as { data: Data; options: ChartOptions<'radar'> } };
}

const byLabel = (data: Data, label: string) => data.datasets.find((d) => d.label === label) as Dataset & Record<string, unknown>;

describe('RadarChart', () => {
  afterEach(cleanup);

  it('is a figure named by the title that carries the exact values', () => {
    renderChart();
    const figure = screen.getByRole('img', { name: 'Kypsyysprofiili' });
    expect(figure.tagName).toBe('FIGURE');
    expect(figure).toBe(screen.getByTestId('radar'));
    const carried = JSON.parse(figure.getAttribute('data-series') ?? '') as { key: string; values: (number | null)[] }[];
    expect(carried).toEqual(SERIES.map((s) => ({ key: s.key, values: s.values })));
    // No rounding: 10/3 comes back as the same double.
    expect(carried[0]?.values[0]).toBe(10 / 3);
    expect(carried[0]?.values[3]).toBeNull();
  });

  it('passes one dataset per series with the values as given, nulls kept as gaps', () => {
    const { data } = renderChart();
    expect(data.datasets.map((d) => d.label)).toEqual(['Nykytila', 'Tavoite', 'Edellinen', 'Johto', 'Myynti']);
    data.datasets.forEach((dataset, i) => {
      expect(dataset.data).toEqual(SERIES[i]?.values);
      expect(dataset.spanGaps).toBe(false);
    });
  });

  it('wraps long axis titles into lines of whole words of at most 16 characters', () => {
    const { data, live } = renderChart();
    expect(data.labels).toEqual([
      ['Asiakasymmärrys'],
      ['Strategia'],
      ['Brändi'],
      ['Kulttuuri ja', 'henkilöstökokemus'],
      ['Organisaatio ja', 'prosessit'],
      ['Tunnekokemus'],
      ['Teknologia'],
      ['Mittaaminen'],
      ['Liiketoimintahyödyt'],
    ]);
    // The tooltip shows the title on one line, as written.
    const title = live.options.plugins?.tooltip?.callbacks?.title as (items: { dataIndex: number }[]) => string;
    expect(title([{ dataIndex: 3 }])).toBe('Kulttuuri ja henkilöstökokemus');
  });

  it('styles each kind: solid filled current, dashed target, dotted previous, distinct thin groups', () => {
    const { data } = renderChart({ series: SERIES.map((s) => (s.kind === 'current' ? { ...s, values: s.values.map((v) => v ?? 3) } : s)) });
    const current = byLabel(data, 'Nykytila');
    expect(current.borderColor).toBe('#1d4e89');
    expect(current.fill).toBe(true);
    expect(current.borderDash).toBeUndefined();
    expect(current.backgroundColor).toMatch(/^rgba\(29, 78, 137, 0\.\d+\)$/);

    const target = byLabel(data, 'Tavoite');
    expect(target.borderColor).toBe('#0f766e');
    expect(target.fill).toBe(false);
    expect((target.borderDash as number[]).length).toBe(2);
    expect((target.borderDash as number[])[0]).toBeGreaterThan(4); // dashes

    const previous = byLabel(data, 'Edellinen');
    expect(previous.borderColor).toBe('#6b7280');
    expect(previous.fill).toBe(false);
    expect((previous.borderDash as number[])[0]).toBeLessThan((previous.borderDash as number[])[1] as number); // dots

    const groups = [byLabel(data, 'Johto'), byLabel(data, 'Myynti')];
    expect(new Set(groups.map((g) => g.borderColor)).size).toBe(2);
    for (const group of groups) {
      expect(group.fill).toBe(false);
      expect(group.borderWidth as number).toBeLessThan(current.borderWidth as number);
      expect(['#1d4e89', '#0f766e', '#6b7280']).not.toContain(group.borderColor);
    }
    // Current is drawn last (on top).
    expect(Math.min(...data.datasets.map((d) => d.order as number))).toBe(current.order);
  });

  it('leaves a gap in the current series unfilled (a fill would dip to 0)', () => {
    const { data } = renderChart();
    expect(byLabel(data, 'Nykytila').fill).toBe(false);
  });

  it('uses a 0–5 scale labelled 1–5, no animation, legend at the bottom', () => {
    const { options, live } = renderChart();
    expect(options.animation).toBe(false);
    const r = options.scales?.r as { min: number; max: number; ticks: { stepSize: number }; pointLabels: { font: { size: number } } };
    expect([r.min, r.max, r.ticks.stepSize]).toEqual([0, 5, 1]);
    expect(r.pointLabels.font.size).toBeGreaterThanOrEqual(13);
    expect(r.pointLabels.font.size).toBeLessThanOrEqual(14);
    expect(options.plugins?.legend?.position).toBe('bottom');
    // Chart.js would draw the scale's numbers on the first axis, under its data points: a plugin draws them instead.
    expect((live.options.scales?.r?.ticks as { display: boolean }).display).toBe(false);
  });

  it('draws the scale 1–5 on a ray halfway between two axes, never on an axis, and records the radius drawn', () => {
    renderChart();
    const [plugin] = (captured.props as { plugins: { afterDatasetsDraw(chart: unknown): void }[] }).plugins;
    const drawn: { text: string; x: number; y: number }[] = [];
    const figure = document.createElement('figure');
    const canvas = document.createElement('canvas');
    figure.append(canvas);
    const axis = (i: number) => (i * 2 * Math.PI) / 9;
    plugin!.afterDatasetsDraw({
      canvas,
      data: { labels: LABELS },
      scales: { r: { xCenter: 200, yCenter: 200, drawingArea: 180, getIndexAngle: axis, getDistanceFromCenterForValue: (v: number) => v * 36 } },
      ctx: {
        save() {},
        restore() {},
        fillRect() {},
        measureText: () => ({ width: 7 }),
        fillText: (text: string, x: number, y: number) => drawn.push({ text, x, y }),
      },
    });
    expect(drawn.map((d) => d.text)).toEqual(['1', '2', '3', '4', '5']);
    for (const { x, y } of drawn) {
      // Angle from the top, clockwise, as Chart.js measures its axes.
      const angle = (Math.atan2(y - 200, x - 200) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
      const nearest = Math.min(...LABELS.map((_, i) => Math.min(Math.abs(angle - axis(i)), 2 * Math.PI - Math.abs(angle - axis(i)))));
      expect(nearest).toBeCloseTo(Math.PI / 9, 5);
    }
    expect(figure.dataset.radius).toBe('180');
  });

  it('draws a target set for some areas only as markers on those axes, not as a line in pieces', () => {
    const complete = byLabel(renderChart().data, 'Tavoite');
    expect(complete.showLine).toBeUndefined();
    cleanup();
    const partial = SERIES.map((s) => (s.kind === 'target' ? { ...s, values: [4, null, 4.5, null, null, 4, null, null, 4] } : s));
    const target = byLabel(renderChart({ series: partial }).data, 'Tavoite');
    expect(target.showLine).toBe(false);
    expect(target.pointStyle).toBe('rectRot');
    expect(target.pointRadius as number).toBeGreaterThanOrEqual(6);
    expect(target.data).toEqual([4, null, 4.5, null, null, 4, null, null, 4]);
  });

  it.each([
    ['fi', 'Nykytila: 3,4', 'Nykytila: 4,0'],
    ['en', 'Nykytila: 3.4', 'Nykytila: 4.0'],
  ] as const)('formats tooltip values with one decimal in %s', (locale, fraction, whole) => {
    const { live } = renderChart({ locale });
    const label = live.options.plugins?.tooltip?.callbacks?.label as (item: TooltipItem<'radar'>) => string;
    const item = (r: number) => ({ dataset: { label: 'Nykytila' }, parsed: { r } }) as unknown as TooltipItem<'radar'>;
    expect(label(item(3.4444))).toBe(fraction);
    expect(label(item(4))).toBe(whole);
  });

  it('hides the canvas from assistive technology (the figure is the image)', () => {
    const { role } = renderChart();
    expect(role).toBe('presentation');
    expect((captured.props as Record<string, unknown>)['aria-hidden']).toBe('true');
    expect(screen.getAllByRole('img')).toHaveLength(1);
  });

  it('sets the height', () => {
    renderChart({ height: 300 });
    expect(getComputedStyle(screen.getByTestId('radar')).height).toBe('300px');
  });
});
