import { expect, it } from 'vitest';
import { formatDate, formatPercent, formatScore } from '../../core/format';

it('formats scores, shares and dates the way each language writes them', () => {
  expect(formatScore(3.4, 'fi')).toBe('3,4');
  expect(formatScore(3.4, 'en')).toBe('3.4');
  expect(formatScore(3, 'fi')).toBe('3,0');
  expect(formatScore(null, 'fi')).toBe('–');
  expect(formatScore(-0.01, 'en')).toBe('0.0');
  expect(formatPercent(0.978, 'fi')).toBe('98\u00a0%');
  expect(formatPercent(0.978, 'en')).toBe('98%');
  expect(formatDate('2026-11-22', 'fi')).toBe('22.11.2026');
  expect(formatDate('2026-11-22', 'en')).toBe('22 Nov 2026');
});
