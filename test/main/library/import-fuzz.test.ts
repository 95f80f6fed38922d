import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../../../core/assessment/schema';
import { importIntoLibrary } from '../../../main/library/import-file';
import type { Library } from '../../../main/library/library';
import { fingerprint, seeded } from './helpers';

// Imports are hostile input. Whatever the bytes, the outcome is either valid
// data in the library or a typed rejection that changed nothing, and
// Object.prototype is never touched.
describe('import fuzzing (fast-check)', () => {
  let library: Library;
  let dataDir: string;
  let valid: string;

  beforeAll(async () => {
    const s = await seeded();
    library = s.library;
    dataDir = s.dataDir;
    await library.saveAnswer({ assessmentId: s.assessment.id, statementId: 'org-cx-owner', participantId: 'anna', value: 2, note: 'Hyvä 👍' });
    valid = (await library.exportAssessment(s.assessment.id)).content;
  });
  afterAll(() => library.close());

  async function check(input: Uint8Array | string, mode: 'copy' | 'replace') {
    await library.flush();
    const before = fingerprint(dataDir);
    const outcome = await importIntoLibrary(library, input, mode);
    await library.flush();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('isAdmin');
    if (outcome.ok) {
      for (const a of outcome.result.assessments) expect(AssessmentSchema.safeParse(await library.getAssessment(a.id)).success).toBe(true);
    } else {
      expect(outcome.issues.length).toBeGreaterThan(0);
      for (const issue of outcome.issues) expect(typeof issue.code).toBe('string');
      expect(fingerprint(dataDir)).toBe(before);
    }
  }

  it('random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('copy' as const, 'replace' as const), (bytes, mode) => check(bytes, mode)),
      { numRuns: 150 },
    );
  });

  it('random JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), (value) => check(JSON.stringify(value), 'replace')),
      { numRuns: 150 },
    );
  });

  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 50 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 20 }) }),
    fc.record({ kind: fc.constant('proto' as const), at: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype') }),
    fc.record({ kind: fc.constant('value' as const), at: fc.nat(), json: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)) }),
  );

  function mutate(text: string, m: { kind: string; at: number; length?: number; text?: string; key?: string; json?: string }): string {
    const at = m.at % text.length;
    switch (m.kind) {
      case 'delete':
        return text.slice(0, at) + text.slice(at + (m.length ?? 1));
      case 'insert':
        return text.slice(0, at) + (m.text ?? '') + text.slice(at);
      case 'proto': {
        const brace = text.indexOf('{', at);
        return brace < 0 ? text : `${text.slice(0, brace + 1)}"${m.key}":{"polluted":true,"isAdmin":true},${text.slice(brace + 1)}`;
      }
      default: {
        // Replace the value after some colon with another JSON value.
        const colon = text.indexOf(': ', at);
        if (colon < 0) return text;
        const end = text.slice(colon + 2).search(/[,\n}\]]/);
        return text.slice(0, colon + 2) + (m.json ?? 'null') + text.slice(colon + 2 + Math.max(end, 0));
      }
    }
  }

  it('mutated valid export files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom('copy' as const, 'replace' as const), async (mutations, mode) => {
        await check(
          mutations.reduce((text, m) => mutate(text, m), valid),
          mode,
        );
      }),
      { numRuns: 200 },
    );
    // 200 imports take ~5 s on a 2-core machine: a generous limit, not a speed claim.
  }, 30_000);
});
