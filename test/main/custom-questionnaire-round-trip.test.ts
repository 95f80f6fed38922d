import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import type { Channel } from '../../core/ipc/channels';
import type { HandlerTable } from '../../core/ipc/handler-table';
import type { Questionnaire } from '../../core/questionnaire/schema';
import { scoreAssessment } from '../../core/scoring';
import { BUILT_IN_ACTION_LIBRARY } from '../../main/action-libraries';
import { createHandlers } from '../../main/handlers';
import type { Library } from '../../main/library/library';
import { createReportPdf } from '../../main/report/create-report';
import { createSettingsStore } from '../../main/settings-store';
import { repoRoot, shippedQuestionnaire } from '../fixtures/builders';
import { EXAMPLE_CUSTOM_PATH, sixAreaQuestionnaire, tenAreaQuestionnaire } from '../fixtures/custom-questionnaires';
import { freshDir, openLibrary } from './library/helpers';
import { pdfText, qpdfCheck, savePdf } from './report/pdf-tools';

vi.setConfig({ testTimeout: 120_000 });

const libraries: Library[] = [];
afterEach(async () => {
  for (const l of libraries.splice(0)) await l.close();
});

/** A library behind the handler table, called the way the renderer calls it. */
async function app() {
  const dataDir = freshDir();
  const library = await openLibrary(dataDir);
  libraries.push(library);
  const handlers = createHandlers({
    version: '1',
    dataDir,
    shell: 'web',
    settings: createSettingsStore(dataDir, 'fi'),
    library: () => ({ library }),
    questionnaires: [shippedQuestionnaire()],
    actionLibrary: BUILT_IN_ACTION_LIBRARY,
  });
  return async <K extends Channel>(channel: K, input?: unknown) => {
    const result = await (handlers[channel] as HandlerTable[K])(input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${JSON.stringify(result.error.issues ?? result.error.message)}`);
    return result.value;
  };
}

/** Creates an assessment with the questionnaire and answers every statement (levels cycling 1..5, one "don't know"). */
async function workshop(call: Awaited<ReturnType<typeof app>>, q: Questionnaire): Promise<Assessment> {
  const client = await call('client:create', { name: 'Kumppani Oy' });
  const created = await call('assessment:create', {
    clientId: client.id,
    title: 'Kumppanuusarvio',
    date: '2026-05-04',
    language: 'fi',
    questionnaire: { id: q.id, version: q.version },
    participants: [
      { id: 'anna', name: 'Anna', group: 'johto' },
      { id: 'olli', name: 'Olli', group: 'myynti' },
    ],
    areas: { [q.areas.at(-1)!.id]: { weight: 2, target: 4 } },
  });
  const ids = created.questionnaire.areas.flatMap((a) => a.statements.map((s) => s.id));
  for (const [i, statementId] of ids.entries()) {
    await call('answer:save', { assessmentId: created.id, statementId, participantId: 'anna', value: (i % 5) + 1 });
    await call('answer:save', { assessmentId: created.id, statementId, participantId: 'olli', value: i === 0 ? 'dont-know' : ((i + 2) % 5) + 1 });
    await call('answer:save', { assessmentId: created.id, statementId, participantId: null, value: ((i + 1) % 5) + 1, note: `Huomio ${i}` });
  }
  return call('assessment:get', { id: created.id });
}

describe('a custom questionnaire, end to end', () => {
  it('import, create an assessment, answer, score, export and re-import elsewhere: the same assessment and the same scores', async () => {
    const call = await app();
    const imported = await call('questionnaire:import', { content: readFileSync(join(repoRoot, EXAMPLE_CUSTOM_PATH), 'utf8') });
    expect(imported.questionnaire).toMatchObject({ id: 'kumppanuustimantti', origin: 'custom', areas: 5 });
    const custom = await call('questionnaire:get', { id: 'kumppanuustimantti', version: 1 });

    const assessment = await workshop(call, custom);
    expect(assessment.questionnaire).toEqual(custom);
    const scores = scoreAssessment(assessment);
    expect(scores.areas.map((a) => a.areaId)).toEqual(['customer-understanding', 'strategy', 'partnerships', 'measurement', 'business-benefits']);
    expect(scores.areas.every((a) => a.score !== null)).toBe(true);
    expect(scores.overall).not.toBeNull();

    const exported = await call('export:assessment', { id: assessment.id });
    // Another laptop, without the questionnaire in its library: the assessment brings its snapshot.
    const elsewhere = await app();
    expect((await elsewhere('questionnaire:list')).map((q) => q.id)).toEqual(['b2b-cx-diamond']);
    const result = await elsewhere('library:import', { content: exported.content, mode: 'copy' });
    expect(result.assessments).toEqual([expect.objectContaining({ id: assessment.id, action: 'create' })]);
    const again = await elsewhere('assessment:get', { id: assessment.id });
    expect(again).toEqual(assessment);
    expect(scoreAssessment(again)).toEqual(scores);
    // Its questionnaire is not offered there for new assessments (it was not imported as one).
    expect((await elsewhere('questionnaire:list')).map((q) => q.id)).toEqual(['b2b-cx-diamond']);
  });

  it.each([
    ['ten areas', tenAreaQuestionnaire, 'Kumppanuudet'],
    ['six areas', sixAreaQuestionnaire, 'Mittaaminen'],
  ])('with %s, scores and renders a valid report naming every area', async (_name, make, mustShow) => {
    const call = await app();
    const q = make();
    await call('questionnaire:import', { content: JSON.stringify(q) });
    const assessment = await workshop(call, q);
    expect(scoreAssessment(assessment).areas).toHaveLength(q.areas.length);
    const report = await createReportPdf({
      assessment,
      earlier: [],
      options: { participants: 'roles', language: 'fi' },
      actionLibrary: BUILT_IN_ACTION_LIBRARY,
      now: new Date('2026-05-05T09:00:00Z'),
    });
    const file = savePdf(report.pdf);
    expect(qpdfCheck(file).status).toBe(0);
    const text = pdfText(file).replace(/\s+/g, ' ');
    expect(text).toContain(mustShow);
    // The model's description of the nine-area diamond would misname these areas' roles.
    expect(text).toContain('Kyselylomakkeen osa-alueet timantin muodossa');
    expect(text).not.toContain('Timanttimallin ytimessä');
    // The method names the consultant's questionnaire, not the built-in model.
    expect(text).toContain(`Arvio perustuu kyselylomakkeeseen ”${q.title.fi}”.`);
    expect(text).not.toContain('Arvio perustuu B2B-asiakaskokemuksen timanttimalliin');
    for (const area of q.areas) expect(text.replaceAll('\u00ad', '')).toContain(area.title.fi.split(' ')[0]);
  });
});
