import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiamondNav, type DiamondArea } from '../../renderer/src/components/diamond-nav';

const FI: [string, string, DiamondArea['layer']][] = [
  ['customer-understanding', 'Asiakasymmärrys', 'core'],
  ['strategy', 'Strategia', 'foundation'],
  ['brand', 'Brändi', 'foundation'],
  ['culture', 'Kulttuuri ja henkilöstökokemus', 'foundation'],
  ['organization', 'Organisaatio ja prosessit', 'enabler'],
  ['emotion', 'Tunnekokemus', 'enabler'],
  ['technology', 'Teknologia', 'enabler'],
  ['measurement', 'Mittaaminen', 'verification'],
  ['business-benefits', 'Liiketoimintahyödyt', 'outcome'],
];
const EN_TITLES = [
  'Customer understanding',
  'Strategy',
  'Brand',
  'Culture and employee experience',
  'Organization and processes',
  'Emotional experience',
  'Technology',
  'Measurement',
  'Business benefits',
];
const ANSWERED = [5, 2, 0, 5, 1, 0, 3, 5, 0];

const areas = (titles = FI.map(([, title]) => title)): DiamondArea[] =>
  FI.map(([id, , layer], i) => ({ id, title: titles[i] as string, layer, answered: ANSWERED[i] as number, total: 5 }));
const progressLabel = (area: DiamondArea) => `${area.answered}/${area.total} vastattu`;

function renderNav(props: Partial<Parameters<typeof DiamondNav>[0]> = {}) {
  const onSelect = vi.fn();
  const view = render(<DiamondNav areas={areas()} currentAreaId="strategy" onSelect={onSelect} label="Osa-alueet" progressLabel={progressLabel} {...props} />);
  return { onSelect, ...view };
}

const tile = (container: HTMLElement, id: string) => container.querySelector(`[data-area-id="${id}"]`) as SVGGElement;

/** Centre of the bounding box of an SVG `points` list. */
function centreOfPoints(points: string | null | undefined): [number, number] {
  const pairs = (points ?? '').split(' ').map((pair) => pair.split(',').map(Number));
  const xs = pairs.map((p) => p[0] as number);
  const ys = pairs.map((p) => p[1] as number);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

/** Centre of a tile's shape. */
const centreOf = (element: Element) => centreOfPoints(element.querySelector('.tile-shape')?.getAttribute('points'));

describe('DiamondNav', () => {
  afterEach(cleanup);

  it('is a labelled nav with nine buttons named by title and progress', () => {
    renderNav();
    const nav = screen.getByRole('navigation', { name: 'Osa-alueet' });
    const buttons = within(nav).getAllByRole('button');
    expect(buttons).toHaveLength(9);
    expect(buttons.map((button) => button.getAttribute('aria-label'))).toEqual(FI.map(([, title], i) => `${title}, ${ANSWERED[i]}/5 vastattu`));
    expect(screen.getByRole('button', { name: 'Kulttuuri ja henkilöstökokemus, 5/5 vastattu' })).toBeTruthy();
    for (const button of buttons) {
      expect(button.getAttribute('tabindex')).toBe('0');
      // The hover tooltip repeats the name.
      expect(button.querySelector('title')?.textContent).toBe(button.getAttribute('aria-label'));
    }
  });

  it('selects an area on click, Enter and Space', () => {
    const { onSelect } = renderNav();
    fireEvent.click(screen.getByRole('button', { name: /^Teknologia,/ }));
    expect(onSelect).toHaveBeenLastCalledWith('technology');
    fireEvent.keyDown(screen.getByRole('button', { name: /^Brändi,/ }), { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('brand');
    const space = fireEvent.keyDown(screen.getByRole('button', { name: /^Mittaaminen,/ }), { key: ' ' });
    expect(onSelect).toHaveBeenLastCalledWith('measurement');
    expect(space).toBe(false); // default prevented: Space does not scroll the page
    fireEvent.keyDown(screen.getByRole('button', { name: /^Mittaaminen,/ }), { key: 'a' });
    expect(onSelect).toHaveBeenCalledTimes(3);
  });

  it('marks the current area with aria-current="step" and a visible outline', () => {
    const { container, rerender, onSelect } = renderNav();
    expect(container.querySelectorAll('[aria-current]')).toHaveLength(1);
    expect(tile(container, 'strategy').getAttribute('aria-current')).toBe('step');
    const mark = container.querySelector('.current-mark polygon[stroke="#0f766e"]');
    expect(mark?.getAttribute('stroke-width')).toBe('4');
    const [mx, my] = centreOfPoints(mark?.getAttribute('points'));
    const [tx, ty] = centreOf(tile(container, 'strategy'));
    // Drawn just outside the tile's own edge.
    expect(Math.abs(mx - tx)).toBeLessThan(3);
    expect(Math.abs(my - ty)).toBeLessThan(3);
    rerender(<DiamondNav areas={areas()} currentAreaId="emotion" onSelect={onSelect} label="Osa-alueet" progressLabel={progressLabel} />);
    expect(tile(container, 'strategy').hasAttribute('aria-current')).toBe(false);
    expect(tile(container, 'emotion').getAttribute('aria-current')).toBe('step');
  });

  it('colours tiles by progress: empty, partial, complete', () => {
    const { container } = renderNav();
    const state = (id: string) => tile(container, id).getAttribute('data-state');
    expect(state('customer-understanding')).toBe('complete');
    expect(state('strategy')).toBe('partial');
    expect(state('brand')).toBe('empty');
    const fill = (id: string) => tile(container, id).querySelector('.tile-shape')?.getAttribute('fill');
    expect(fill('customer-understanding')).toBe('#1d4e89');
    expect(fill('brand')).toBe('#e8ecf1');
    expect(fill('strategy')).not.toBe(fill('brand'));
    // White text on the completed (dark) tile.
    expect(tile(container, 'customer-understanding').querySelector('.tile-text text')?.getAttribute('fill')).toBe('#ffffff');
    // An area with no statements is not "complete".
    const { container: other } = render(
      <DiamondNav
        areas={[{ id: 'strategy', title: 'Strategia', layer: 'foundation', answered: 0, total: 0 }]}
        currentAreaId="x"
        onSelect={() => {}}
        label="Toinen"
        progressLabel={progressLabel}
      />,
    );
    expect(tile(other, 'strategy').getAttribute('data-state')).toBe('empty');
  });

  it('draws the diamond top to bottom with customer understanding at the centre', () => {
    const { container } = renderNav();
    const svg = container.querySelector('svg') as SVGSVGElement;
    const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number) as [number, number, number, number];
    const [cx, cy] = centreOf(tile(container, 'customer-understanding'));
    expect(Math.abs(cx - width / 2)).toBeLessThan(8);
    expect(Math.abs(cy - height / 2)).toBeLessThan(8);
    const y = (id: string) => centreOf(tile(container, id))[1];
    expect(y('business-benefits')).toBeLessThan(y('measurement'));
    expect(y('measurement')).toBeLessThan(y('organization'));
    expect(y('technology')).toBeCloseTo(y('measurement'), 5);
    expect(y('organization')).toBeCloseTo(y('emotion'), 5);
    expect(y('emotion')).toBeLessThan(y('strategy'));
    expect(y('brand')).toBeCloseTo(y('strategy'), 5);
    expect(y('strategy')).toBeLessThan(y('culture'));
    expect(centreOf(tile(container, 'organization'))[0]).toBeLessThan(cx);
    expect(centreOf(tile(container, 'emotion'))[0]).toBeGreaterThan(cx);
  });

  it('scales with size', () => {
    const { container } = renderNav({ size: 450 });
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg.getAttribute('width')).toBe('450');
    const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number) as [number, number, number, number];
    expect(Number(svg.getAttribute('height'))).toBe(Math.round((450 * height) / width));
  });

  it.each([
    ['Finnish', FI.map(([, title]) => title)],
    ['English', EN_TITLES],
  ])('sets %s titles in one readable size, words unbroken, at most two lines', (_language, titles) => {
    const { container } = renderNav({ areas: areas(titles) });
    const sizes = new Set<number>();
    titles.forEach((title, i) => {
      const group = tile(container, FI[i]?.[0] as string).querySelector('.tile-text') as SVGGElement;
      const lines = [...group.querySelectorAll('text')].slice(0, -1);
      expect(lines.length).toBeGreaterThanOrEqual(1);
      expect(lines.length).toBeLessThanOrEqual(2);
      for (const line of lines) sizes.add(Number(line.getAttribute('font-size')));
      // The drawn text reads like the name: whole words, then the count.
      expect(group.textContent?.replace(/\s+/g, ' ').trim()).toBe(`${title} ${ANSWERED[i]}/5`);
    });
    expect(sizes.size).toBe(1);
    // The viewBox is 300 units wide: at the default size one unit is one pixel.
    expect([...sizes][0]).toBeGreaterThanOrEqual(10);
  });

  it('breaks at a soft hyphen without putting it in the name', () => {
    const long = 'Asiakas\u00adymmärrysjohtaminen';
    const { container } = renderNav({ areas: areas([long, ...FI.slice(1).map(([, title]) => title)]) });
    const button = tile(container, 'customer-understanding');
    expect(button.getAttribute('aria-label')).toBe('Asiakasymmärrysjohtaminen, 5/5 vastattu');
    const lines = [...button.querySelectorAll('.tile-text text')].map((text) => text.textContent);
    expect(lines).toEqual(['Asiakas', 'ymmärrysjohtaminen', '5/5']);
    expect(button.querySelector('.tile-text rect')).not.toBeNull(); // the drawn hyphen
  });

  it('puts a tenth area in its layer’s middle row, keeping the nine in their places', () => {
    const centreY = (g: SVGGElement) => {
      const ys = (g.querySelector('polygon')?.getAttribute('points') ?? '').split(' ').map((p) => Number(p.split(',')[1]));
      return (Math.min(...ys) + Math.max(...ys)) / 2;
    };
    const { container } = renderNav();
    const before = Object.fromEntries(FI.map(([id]) => [id, centreY(tile(container, id))]));
    cleanup();
    const ten = renderNav({ areas: [...areas(), { id: 'partnerships', title: 'Kumppanuudet', layer: 'enabler', answered: 0, total: 3 }] }).container;
    // Same rows as before (the tips stay single), the new tile beside customer understanding.
    for (const [id] of FI) expect(centreY(tile(ten, id))).toBeCloseTo(before[id] as number, 0);
    expect(centreY(tile(ten, 'partnerships'))).toBeCloseTo(before['customer-understanding'] as number, 0);
    expect(ten.querySelectorAll('polygon[stroke-dasharray]')).toHaveLength(0);
  });

  it('places unknown ids in free places and copes with more than nine areas', () => {
    const known = areas().slice(0, 7);
    const { container } = renderNav({ areas: [...known, { id: 'new-area', title: 'Uusi alue', layer: 'enabler', answered: 1, total: 2 }] });
    expect(screen.getAllByRole('button')).toHaveLength(8);
    expect(tile(container, 'new-area').getAttribute('aria-label')).toBe('Uusi alue, 1/2 vastattu');
    cleanup();
    const many = [
      ...areas(),
      { id: 'x1', title: 'Extra one', layer: 'enabler' as const, answered: 0, total: 1 },
      { id: 'x2', title: 'Extra two', layer: 'enabler' as const, answered: 1, total: 1 },
    ];
    const { onSelect } = renderNav({ areas: many });
    expect(screen.getAllByRole('button')).toHaveLength(11);
    fireEvent.keyDown(screen.getByRole('button', { name: /^Extra two,/ }), { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('x2');
  });
});
