import type { Client } from './client';
import type { AssessmentSummary } from './summary';

/**
 * Text folded for searching: lower case, accents and diacritics removed
 * (NFD splits "ä" into "a" and a combining mark, which is dropped), so
 * "kivimaki" finds "Kivimäki" and "abo" finds "Åbo".
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fi');
}

/** Whether an assessment matches a search: its client's name, its title or any participant's name. */
export function matchesSearch(query: string, client: Pick<Client, 'name'>, summary?: Pick<AssessmentSummary, 'title' | 'participantNames'>): boolean {
  const q = foldForSearch(query.trim());
  if (!q) return true;
  const texts = [client.name, ...(summary ? [summary.title, ...summary.participantNames] : [])];
  return texts.some((text) => foldForSearch(text).includes(q));
}
