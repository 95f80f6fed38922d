import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { actionTraceMarkdown, contentTraceMarkdown, levelTraceMarkdown, mappingMarkdown, type QuestionnaireMapping } from '../../core/content-trace';
import type { Questionnaire } from '../../core/questionnaire/schema';
import type { ActionLibrary } from '../../core/roadmap/action-library';
import { jsonSchemas } from '../../core/json-schemas';
import { readJson, repoRoot, shippedQuestionnaire } from '../fixtures/builders';

it('the committed JSON Schemas are what the zod schemas generate (run `npm run schemas`)', () => {
  expect(Object.keys(jsonSchemas()).sort()).toEqual(['action-library.schema.json', 'assessment.schema.json', 'questionnaire.schema.json']);
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    expect(JSON.parse(readFileSync(join(repoRoot, 'assessments', 'schema', name), 'utf8')), name).toEqual(schema);
  }
});

it('docs/CONTENT.md ends with the v1 → v2 mapping and the current trace tables of the questionnaires and the actions (run `npm run docs:content`)', () => {
  const q = shippedQuestionnaire();
  const library = readJson('assessments/actions/b2b-cx-diamond-actions-v1.json') as ActionLibrary;
  const doc = readFileSync(join(repoRoot, 'docs', 'CONTENT.md'), 'utf8');
  const v2 = readJson('assessments/questionnaires/b2b-cx-diamond-v2.json') as Questionnaire;
  const mapping = readJson('assessments/questionnaires/b2b-cx-diamond-v1-to-v2.json') as QuestionnaireMapping;
  expect(doc.endsWith(`${mappingMarkdown(mapping)}\n${levelTraceMarkdown(v2)}\n${contentTraceMarkdown(q)}\n${actionTraceMarkdown(library, q)}`)).toBe(true);
  for (const s of v2.areas.flatMap((a) => a.statements)) expect(doc, s.id).toContain(`\`${s.id}\``);
  for (const a of library.actions) expect(doc, a.id).toContain(`\`${a.id}\``);
});
