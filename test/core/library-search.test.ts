import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from '../../core/library/search';

describe('library search (issue 11 point 9)', () => {
  const summary = { title: 'Kypsyysarvio 2026', participantNames: ['Anna Laaksonen', 'Jörg Müller'] };
  it('ignores case and diacritics', () => {
    expect(foldForSearch('Kivimäki ÅBO Øre')).toBe('kivimaki abo øre');
    expect(matchesSearch('kivimaki', { name: 'Kivimäki Oy' })).toBe(true);
    expect(matchesSearch('abo', { name: 'Åbo Akademi' })).toBe(true);
    expect(matchesSearch('KIVIMÄKI', { name: 'kivimaki' })).toBe(true);
  });
  it('matches the title and participant names, and nothing else', () => {
    expect(matchesSearch('laaksonen', { name: 'Nordtek' }, summary)).toBe(true);
    expect(matchesSearch('muller', { name: 'Nordtek' }, summary)).toBe(true);
    expect(matchesSearch('arvio 20', { name: 'Nordtek' }, summary)).toBe(true);
    expect(matchesSearch('laaksonen', { name: 'Nordtek' })).toBe(false);
    expect(matchesSearch('virtanen', { name: 'Nordtek' }, summary)).toBe(false);
    expect(matchesSearch('  ', { name: 'Nordtek' }, summary)).toBe(true);
  });
});
