/** `npm run docs:content`: regenerates the trace tables (questionnaire, then actions) at the end of docs/CONTENT.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionTraceMarkdown, contentTraceMarkdown } from '../core/content-trace';
import type { Questionnaire } from '../core/questionnaire/schema';
import type { ActionLibrary } from '../core/roadmap/action-library';

const root = join(import.meta.dirname, '..');
const doc = join(root, 'docs', 'CONTENT.md');
const MARK = '<!-- trace below is generated -->';
const q = JSON.parse(readFileSync(join(root, 'assessments/questionnaires/b2b-cx-diamond-v1.json'), 'utf8')) as Questionnaire;
const library = JSON.parse(readFileSync(join(root, 'assessments/actions/b2b-cx-diamond-actions-v1.json'), 'utf8')) as ActionLibrary;
const head = readFileSync(doc, 'utf8').split(MARK)[0] ?? '';
writeFileSync(doc, `${head}${MARK}\n\n${contentTraceMarkdown(q)}\n${actionTraceMarkdown(library, q)}`);
process.stdout.write(`wrote ${doc}\n`);
