/** `npm run schemas`: writes assessments/schema/*.schema.json from core's zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../core/json-schemas';

const dir = join(import.meta.dirname, '..', 'assessments', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, name), JSON.stringify(schema, null, 2) + '\n');
  process.stdout.write(`wrote ${join(dir, name)}\n`);
}
