/** `npm run docs:content`: regenerates the trace tables (questionnaire, then actions) at the end of docs/CONTENT.md. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actionTraceMarkdown, contentTraceMarkdown, levelTraceMarkdown, mappingMarkdown, type QuestionnaireMapping } from '../core/content-trace';
import type { Questionnaire } from '../core/questionnaire/schema';
import type { ActionLibrary } from '../core/roadmap/action-library';

const root = join(import.meta.dirname, '..');
const doc = join(root, 'docs', 'CONTENT.md');
const MARK = '<!-- trace below is generated -->';
const read = <T>(path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;
const q = read<Questionnaire>('assessments/questionnaires/b2b-cx-diamond-v1.json');
const v2 = read<Questionnaire>('assessments/questionnaires/b2b-cx-diamond-v2.json');
const mapping = read<QuestionnaireMapping>('assessments/questionnaires/b2b-cx-diamond-v1-to-v2.json');
const library = JSON.parse(readFileSync(join(root, 'assessments/actions/b2b-cx-diamond-actions-v1.json'), 'utf8')) as ActionLibrary;
const head = readFileSync(doc, 'utf8').split(MARK)[0] ?? '';
writeFileSync(doc, `${head}${MARK}\n\n${mappingMarkdown(mapping)}\n${levelTraceMarkdown(v2)}\n${contentTraceMarkdown(q)}\n${actionTraceMarkdown(library, q)}`);
process.stdout.write(`wrote ${doc}\n`);
