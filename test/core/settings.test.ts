import { expect, it } from 'vitest';
import { AREA_IDS, AREA_LAYER, areasOfLayer, LAYER_IDS } from '../../core/model/areas';
import { languageFromLocale, SettingsPatchSchema } from '../../core/settings';

it('picks Finnish for Finnish locales and English otherwise', () => {
  expect(languageFromLocale('fi-FI')).toBe('fi');
  expect(languageFromLocale('FI')).toBe('fi');
  expect(languageFromLocale('sv-FI')).toBe('en');
  expect(languageFromLocale(undefined)).toBe('en');
});

it('accepts only known settings', () => {
  expect(SettingsPatchSchema.safeParse({ language: 'en' }).success).toBe(true);
  expect(SettingsPatchSchema.safeParse({ language: 'sv' }).success).toBe(false);
  expect(SettingsPatchSchema.safeParse({ theme: 'dark' }).success).toBe(false);
});

it('puts each of the nine areas in exactly one layer of the diamond', () => {
  expect(AREA_IDS).toHaveLength(9);
  expect(LAYER_IDS.flatMap(areasOfLayer).sort()).toEqual([...AREA_IDS].sort());
  expect(areasOfLayer('core')).toEqual(['customer-understanding']);
  expect(AREA_LAYER['business-benefits']).toBe('outcome');
});
