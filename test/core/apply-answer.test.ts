import { expect, it } from 'vitest';
import { applyAnswer } from '../../core/assessment/apply-answer';

it('sets and clears votes, the agreed answer, notes and evidence, leaving the rest', () => {
  let a = applyAnswer(undefined, { participantId: 'p1', value: 3 });
  expect(a).toEqual({ votes: { p1: 3 } });
  a = applyAnswer(a, { participantId: null, value: 'na', note: 'Ei koske meitä' });
  expect(a).toEqual({ votes: { p1: 3 }, agreed: 'na', note: 'Ei koske meitä' });
  a = applyAnswer(a, { participantId: 'p2', value: 'dont-know', evidence: 'Raportti 2025' });
  expect(a).toEqual({ votes: { p1: 3, p2: 'dont-know' }, agreed: 'na', note: 'Ei koske meitä', evidence: 'Raportti 2025' });
  a = applyAnswer(a, { participantId: 'p1', value: null, note: '' });
  expect(a).toEqual({ votes: { p2: 'dont-know' }, agreed: 'na', evidence: 'Raportti 2025' });
  a = applyAnswer(a, { participantId: null, value: null, evidence: null });
  expect(a).toEqual({ votes: { p2: 'dont-know' } });
});

it('never changes the answer it was given', () => {
  const before = Object.freeze({ votes: Object.freeze({ p1: 2 }) });
  applyAnswer(before, { participantId: 'p1', value: 5 });
  expect(before).toEqual({ votes: { p1: 2 } });
});
