import { expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { fi } from '../../renderer/src/i18n/fi';

const keys = (obj: object, prefix = ''): string[] =>
  Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));

it('has every key in both Finnish and English, none empty', () => {
  expect(keys(en).sort()).toEqual(keys(fi).sort());
  const get = (obj: object, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
  for (const key of keys(fi)) {
    expect(String(get(fi, key)).trim(), `fi ${key}`).not.toBe('');
    expect(String(get(en, key)).trim(), `en ${key}`).not.toBe('');
  }
});

it('uses the same interpolation variables in both languages', () => {
  const vars = (s: string) => [...s.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
  const get = (obj: object, key: string) => String(key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj));
  for (const key of keys(fi)) expect(vars(get(en, key)), key).toEqual(vars(get(fi, key)));
});
