import { expect, it } from 'vitest';
import { menuTemplate } from '../../main/electron/menu';

const labels = (items: ReturnType<typeof menuTemplate>) => items.map((i) => i.label);

it('builds the menu in Finnish and in English', () => {
  expect(labels(menuTemplate('fi', false))).toEqual(['Tiedosto', 'Muokkaa', 'Näytä', 'Ikkuna', 'Ohje']);
  expect(labels(menuTemplate('en', false))).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
});

it('has the app menu first on macOS', () => {
  expect(labels(menuTemplate('fi', true))[0]).toBe('Timantti');
});
