import { describe, expect, it } from 'vitest';
import { diamondSvg } from '../../core/report/diamond-svg';
import { radarSvg } from '../../core/report/radar-svg';
import { escapeXml } from '../../core/report/svg';

const measure = (text: string, size: number) => text.length * size * 0.55;

describe('the report charts', () => {
  it('escape area names, so a custom questionnaire cannot inject markup', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
    const svg = radarSvg({ labels: ['<script>alert(1)</script>', 'B & C'], series: [{ kind: 'current', values: [3, null] }], measure });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('B &amp; C');
  });

  it('draw the target dashed only between areas that have one', () => {
    const svg = radarSvg({
      labels: ['a', 'b', 'c', 'd'],
      series: [
        { kind: 'current', values: [2, 3, 4, 2] },
        { kind: 'target', values: [4, 4, null, null] },
      ],
      measure,
    });
    expect(svg.match(/stroke-dasharray="4 3"/g)?.length).toBe(1);
  });

  it('colour each diamond tile by its stage and mark an area without a stage', () => {
    const svg = diamondSvg(
      [
        { areaId: 'customer-understanding', title: 'Asiakasymmärrys', score: '2,3', stage: 2 },
        { areaId: 'strategy', title: 'Strategia', score: '4,5', stage: 5 },
        { areaId: 'brand', title: 'Brändi', score: '2,0', stage: null },
      ],
      measure,
    );
    expect(svg).toContain('fill="#bdd1ea"');
    expect(svg).toContain('fill="#1d4e89"');
    expect(svg).toContain('stroke-dasharray="3 2"');
    for (const text of ['Asiakasymmärrys', '2,3', 'Strategia', '4,5', 'Brändi']) expect(svg).toContain(text);
  });

  it('draws every area of a questionnaire with more than the nine areas, the extra one in a middle row', () => {
    const nine = ['business-benefits', 'measurement', 'technology', 'organization', 'customer-understanding', 'emotion', 'strategy', 'brand', 'culture'];
    const tiles = [...nine, 'partnerships'].map((areaId, i) => ({ areaId, title: `Alue ${i}`, score: '3,0', stage: 3 }));
    const svg = diamondSvg(tiles, measure);
    expect(svg.match(/<polygon /g)).toHaveLength(10);
    for (const tile of tiles) expect(svg).toContain(`>${tile.title}<`);
  });
});
