import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from '../../core/text/order';

const isoDate = fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString());

describe('compareCodeUnits', () => {
  it('orders ISO dates and times as time does (what the collator used to do, without ICU)', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(Math.sign(compareCodeUnits(a, b))).toBe(Math.sign(Date.parse(a) - Date.parse(b)));
        expect(Math.sign(compareCodeUnits(a.slice(0, 10), b.slice(0, 10)))).toBe(Math.sign(a.slice(0, 10).localeCompare(b.slice(0, 10))));
      }),
    );
  });
  it('sorts a list of dates newest last and is 0 only for equal strings', () => {
    expect(['2026-03-01', '2025-12-31', '2026-01-15'].sort(compareCodeUnits)).toEqual(['2025-12-31', '2026-01-15', '2026-03-01']);
    expect(compareCodeUnits('2025-H1', '2025-H1')).toBe(0);
    expect(compareCodeUnits('2025-H1', '2025-H2')).toBeLessThan(0);
  });
});
