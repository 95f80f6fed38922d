import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AREA_IDS, AREA_LAYER } from '../../core/model/areas';
import { DIAMOND_ROWS } from '../../core/model/diamond-geometry';
import { DiamondNav } from '../../renderer/src/components/diamond-nav';
import { hyphenate, loadHyphenation } from '../../renderer/src/hyphenation';
import { initI18n } from '../../renderer/src/i18n';
import { StartScreen } from '../../renderer/src/screens/start-screen';

// Issue 11: the start screen and the workshop laid the areas out differently.
// The start screen now draws the workshop's diamond, tile for tile.

const shapes = (container: HTMLElement) =>
  Object.fromEntries(AREA_IDS.map((id) => [id, container.querySelector(`[data-area-id="${id}"] polygon`)?.getAttribute('points') ?? null]));

describe('the start screen’s diamond', () => {
  afterEach(cleanup);

  for (const language of ['fi', 'en'] as const) {
    it(`is the workshop navigation’s picture, every area in the same place and shape (${language})`, async () => {
      const i18n = await initI18n(language);
      await loadHyphenation(language);
      const start = render(<StartScreen compact />);
      const picture = shapes(start.container);
      // The workshop gets the same titles (hyphenated the same way) from the questionnaire.
      const titles = Object.fromEntries(
        AREA_IDS.map((id) => [id, start.container.querySelector(`[data-area-id="${id}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '']),
      );
      cleanup();
      const nav = render(
        <DiamondNav
          areas={AREA_IDS.map((id) => ({ id, title: hyphenate(i18n.t(`areas.${id}`), language), layer: AREA_LAYER[id], answered: 0, total: 5 }))}
          currentAreaId="strategy"
          onSelect={vi.fn()}
          label="nav"
          progressLabel={() => ''}
        />,
      );
      const workshop = Object.fromEntries(
        AREA_IDS.map((id) => [id, nav.container.querySelector(`[data-area-id="${id}"] .tile-shape`)?.getAttribute('points') ?? null]),
      );
      expect(Object.values(picture).every((points) => points !== null && points.length > 0)).toBe(true);
      expect(picture).toEqual(workshop);
      for (const id of AREA_IDS) expect(titles[id]?.replaceAll('\u00ad', ''), id).toBe(i18n.t(`areas.${id}`).replaceAll('\u00ad', '').replace(/\s+/g, ' '));
    });
  }

  it('is one labelled picture, not nine buttons, with the layers listed top to bottom as the picture reads', async () => {
    await initI18n('en');
    render(<StartScreen compact />);
    expect(screen.getByRole('img', { name: /customer-experience diamond/i })).toBeTruthy();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    const layers = within(screen.getByRole('list', { name: 'The layers of the diamond, top to bottom' })).getAllByRole('listitem');
    expect(layers.map((li) => li.getAttribute('data-layer'))).toEqual(['outcome', 'verification', 'enabler', 'core', 'foundation']);
    // The top row of the picture is the first layer listed, the bottom row the last.
    expect(AREA_LAYER[DIAMOND_ROWS[0]![0] as keyof typeof AREA_LAYER]).toBe('outcome');
    expect(AREA_LAYER[DIAMOND_ROWS.at(-1)![0] as keyof typeof AREA_LAYER]).toBe('foundation');
    expect(layers[2]?.textContent).toBe('EnablersOrganisation and processes · Emotional experience · Technology');
  });
});
