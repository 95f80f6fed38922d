import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { contentTraceMarkdown } from '../../core/content-trace';
import { jsonSchemas } from '../../core/json-schemas';
import { repoRoot, shippedQuestionnaire } from '../fixtures/builders';

it('the committed JSON Schemas are what the zod schemas generate (run `npm run schemas`)', () => {
  expect(Object.keys(jsonSchemas()).sort()).toEqual(['action-library.schema.json', 'assessment.schema.json', 'questionnaire.schema.json']);
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    expect(JSON.parse(readFileSync(join(repoRoot, 'assessments', 'schema', name), 'utf8')), name).toEqual(schema);
  }
});

it('docs/CONTENT.md ends with the current trace table (run `npm run docs:content`)', () => {
  expect(readFileSync(join(repoRoot, 'docs', 'CONTENT.md'), 'utf8').endsWith(contentTraceMarkdown(shippedQuestionnaire()))).toBe(true);
});
