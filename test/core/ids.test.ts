import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveId, isValidId } from '../../core/model/ids';
import { IdSchema } from '../../core/questionnaire/schema';
import { formatIssue } from '../../core/validation/issues';
import { validateDocument } from '../../core/validation/validate';
import { assessment, participants, questionnaire } from '../fixtures/builders';

describe('the one id rule', () => {
  it.each(['constructor', 'prototype', 'con', 'nul', 'aux', 'prn', 'com1', 'com9', 'lpt1', 'lpt9'])('refuses %s', (id) => {
    expect(IdSchema.safeParse(id).success).toBe(false);
    expect(isValidId(id)).toBe(false);
  });

  it.each(['con-1', 'console', 'com10', 'anna', 'a-2'])('accepts %s', (id) => expect(IdSchema.safeParse(id).success).toBe(true));

  it('says why a reserved id is refused, in both languages', () => {
    const doc = assessment(questionnaire({ strategy: ['s1'] }), participants('con'));
    const issues = (validateDocument(JSON.stringify(doc)) as { ok: false; issues: Parameters<typeof formatIssue>[0][] }).issues;
    expect(issues.map((i) => formatIssue(i, 'en'))).toEqual([expect.stringMatching(/^participants\[0\]\.id: the id is reserved/)]);
    expect(formatIssue(issues[0]!, 'fi')).toMatch(/tunniste on varattu/);
  });
});

describe('ids derived from names', () => {
  it.each([
    ['Constructor', 'p-constructor'],
    ['Prototype', 'p-prototype'],
    ['Con', 'p-con'],
    ['COM1', 'p-com1'],
    ['Äijälä Åsa', 'aijala-asa'],
    ['2nd opinion', 'p-2nd-opinion'],
    ['', 'p'],
    ['!!!', 'p'],
    ['Aaaaaaaaaa Bbbbbbbbbb Cccccccccc Dddddd Eeeee (cut at 40 ends in a hyphen)', 'aaaaaaaaaa-bbbbbbbbbb-cccccccccc-dddddd'],
  ])('%j → %s', (name, id) => expect(deriveId(name, new Set(), 'p')).toBe(id));

  it('are unique against those taken', () => {
    expect(deriveId('Anna', new Set(['anna', 'anna-2']), 'p')).toBe('anna-3');
  });

  it('always pass the id rule, whatever the name (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 5 }), (name, takenNames) => {
        const taken = new Set(takenNames.map((n) => deriveId(n, new Set(), 'p')));
        const id = deriveId(name, taken, 'p');
        expect(isValidId(id)).toBe(true);
        expect(IdSchema.safeParse(id).success).toBe(true);
        expect(taken.has(id)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
