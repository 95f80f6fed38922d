import { describe, expect, it } from 'vitest';
import { ASSESSMENT_FORMAT_VERSION, AssessmentSchema } from '../../core/assessment/schema';
import { canonicalJson, dehydrate, hydrate, readStoredAssessment, STORED_ASSESSMENT_FORMAT_VERSION } from '../../core/library/stored-assessment';
import { readJson } from '../fixtures/builders';

const example = AssessmentSchema.parse(readJson('assessments/examples/harbour-2026.json'));
const SHA = 'a'.repeat(64);

describe('canonical JSON', () => {
  it('is the same text whatever order the keys come in, and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' }, u: undefined })).toBe('{"a":{"c":"x","d":[1,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: 2 }));
  });
});

describe('the stored form of an assessment', () => {
  it('holds a reference instead of the questionnaire, and hydrates back to the same document', () => {
    const stored = dehydrate(example, SHA);
    expect(stored).not.toHaveProperty('questionnaire');
    expect(stored).toMatchObject({ formatVersion: STORED_ASSESSMENT_FORMAT_VERSION, questionnaireRef: { id: 'b2b-cx-diamond', version: 1, sha256: SHA } });
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(example).length / 5);
    const read = readStoredAssessment(JSON.parse(JSON.stringify(stored)));
    expect(read.kind).toBe('stored');
    if (read.kind !== 'stored') return;
    expect(AssessmentSchema.parse(hydrate(read.record, example.questionnaire))).toEqual(example);
  });

  it('reads older formats as full documents, refuses newer ones and rejects broken ones', () => {
    expect(readStoredAssessment(example)).toEqual({ kind: 'full', doc: example, from: ASSESSMENT_FORMAT_VERSION });
    expect(readStoredAssessment({ ...example, formatVersion: 2 })).toEqual({ kind: 'full', doc: example, from: 2 });
    expect(readStoredAssessment({ ...example, formatVersion: 1 })).toMatchObject({ kind: 'full', from: 1 });
    expect(readStoredAssessment({ ...dehydrate(example, SHA), formatVersion: 6 })).toEqual({ kind: 'newer', version: 6 });
    expect(readStoredAssessment({ ...dehydrate(example, SHA), questionnaireRef: { id: 'x', version: 1, sha256: 'short' } })).toEqual({ kind: 'unknown' });
    expect(readStoredAssessment({ ...example, formatVersion: 3 })).toEqual({ kind: 'unknown' });
  });
});
