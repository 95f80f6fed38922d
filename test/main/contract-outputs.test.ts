import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../core/ipc/channels';
import { contract } from '../../core/ipc/contract';
import type { HandlerTable } from '../../core/ipc/handler-table';
import { BUILT_IN_ACTION_LIBRARY } from '../../main/action-libraries';
import { createHandlers } from '../../main/handlers';
import type { Library } from '../../main/library/library';
import { createSettingsStore } from '../../main/settings-store';
import { repoRoot, shippedQuestionnaire } from '../fixtures/builders';
import { EXAMPLE_CUSTOM_PATH } from '../fixtures/custom-questionnaires';
import { fakeComparisonPdf, fakeReportPdf } from '../fixtures/fake-report';
import { fakeClock, freshDir, openLibrary } from './library/helpers';
import { handlersWithoutLibrary } from './handler-fixtures';
import { fakeVoting } from '../fixtures/fake-voting';

// The renderer checks every reply against the channel's output schema, and
// zod drops keys the schema does not name. A field main sends that the
// schema lacks would reach no screen, and nothing would say so. Here every
// channel is called the way the renderer calls it and every key of every
// reply must survive the check.

const libraries: Library[] = [];
afterEach(async () => {
  for (const l of libraries.splice(0)) await l.close();
});

/** JSON paths present in `sent` but missing from `kept`. */
function dropped(sent: unknown, kept: unknown, path = '$'): string[] {
  if (sent === null || typeof sent !== 'object') return [];
  const target = (kept ?? {}) as Record<string, unknown>;
  return Object.entries(sent).flatMap(([key, value]) =>
    value === undefined ? [] : key in target ? dropped(value, target[key], `${path}.${key}`) : [`${path}.${key}`],
  );
}

async function setUp(dataDir: string, shell: 'web' | 'desktop') {
  const clock = fakeClock();
  const library = await openLibrary(dataDir, { now: clock.now });
  libraries.push(library);
  const handlers = createHandlers({
    version: '1',
    dataDir,
    shell,
    settings: createSettingsStore(dataDir, 'fi'),
    library: () => ({ library }),
    questionnaires: [shippedQuestionnaire()],
    actionLibrary: BUILT_IN_ACTION_LIBRARY,
    renderReport: fakeReportPdf,
    renderComparison: fakeComparisonPdf,
    voting: fakeVoting(),
    ...(shell === 'desktop' ? { saveReport: async () => ({ savedTo: join(dataDir, 'raportti.pdf'), opened: true }) } : {}),
  });
  const seen = new Set<Channel>();
  /** Calls a channel, expects success, and returns the reply after checking nothing in it is dropped. */
  const call = async <K extends Channel>(channel: K, input?: unknown) => {
    const result = await (handlers[channel] as HandlerTable[K])(input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    const checked = contract[channel].output.safeParse(result.value);
    expect(checked.success, channel).toBe(true);
    expect(dropped(result.value, checked.data), channel).toEqual([]);
    seen.add(channel);
    return result.value;
  };
  return { library, clock, call, seen };
}

describe('every reply survives the renderer’s output check', () => {
  it('on every channel', async () => {
    const dataDir = freshDir();
    const { call, seen, clock, library } = await setUp(dataDir, 'web');
    await call('app:info');
    await call('settings:get');
    await call('diagnostics:collect');
    await call('settings:set', { language: 'en' });
    await call('questionnaire:import', { content: readFileSync(join(repoRoot, EXAMPLE_CUSTOM_PATH), 'utf8') });
    await call('questionnaire:retire', { id: 'kumppanuustimantti', version: 1, retired: true });
    await call('questionnaire:get', { id: 'kumppanuustimantti', version: 1 });
    expect(await call('questionnaire:list')).toHaveLength(2);
    const client = await call('client:create', { name: 'Nordtek Huolto Oy', notes: 'Teollisuus' });
    await call('client:update', { id: client.id, notes: 'Teollisuus, 400 henkeä' });
    await call('client:list');
    const assessment = await call('assessment:create', {
      clientId: client.id,
      title: 'Kypsyysarvio 2026',
      date: '2026-03-17',
      language: 'fi',
      consultant: 'Kaisa',
      participants: [{ id: 'anna', name: 'Anna', role: 'toimitusjohtaja', group: 'johto' }],
      areas: { measurement: { weight: 2, target: 4 } },
    });
    for (const [statementId, value] of [
      ['org-cx-owner', 3],
      ['mea-framework', 'na'],
      ['str-cx-capabilities', 'dont-know'],
    ] as const) {
      clock.advance(6 * 60_000);
      await call('answer:save', { assessmentId: assessment.id, statementId, participantId: 'anna', value, note: 'Muistiinpano', evidence: 'Pöytäkirja' });
    }
    await call('assessment:update', { id: assessment.id, patch: { title: 'Kypsyysarvio kevät 2026' } });
    await call('assessment:get', { id: assessment.id });
    await call('assessment:list');
    await call('roadmap:generate', { assessmentId: assessment.id });
    const generated = await call('assessment:get', { id: assessment.id });
    await call('roadmap:save', { assessmentId: assessment.id, items: generated.roadmap?.items ?? [] });
    await call('report:create', { assessmentId: assessment.id, options: { participants: 'names' } });
    const later = await call('assessment:create', { clientId: client.id, title: 'Kypsyysarvio 2027', date: '2027-03-17', language: 'fi' });
    await call('report:comparison', { assessmentIds: [assessment.id, later.id] });
    await call('export:comparison-csv', { assessmentIds: [assessment.id, later.id] });
    await call('export:comparison-xlsx', { assessmentIds: [assessment.id, later.id] });
    await library.flush();
    const [backup] = await call('backup:list', { assessmentId: assessment.id });
    await call('backup:restore', { assessmentId: assessment.id, name: backup!.name });
    const exported = await call('export:assessment', { id: assessment.id });
    await call('export:client', { clientId: client.id });
    await call('export:csv', { assessmentIds: [assessment.id] });
    await call('export:xlsx', { id: assessment.id });
    expect(await call('library:import-preview', { content: exported.content })).toMatchObject({ conflicts: [{ id: assessment.id }] });
    await call('library:import', { content: exported.content, mode: 'copy' });
    const deleted = await call('assessment:delete', { id: assessment.id });
    await call('recycle:list');
    await call('recycle:restore', { entry: deleted.entry });
    await call('library:status');
    const gone = await call('client:create', { name: 'Poistuva Oy' });
    await call('assessment:create', { clientId: gone.id, title: 'Arvio', date: '2026-05-01', language: 'fi' });
    expect((await call('client:delete', { id: gone.id })).recycled).toHaveLength(1);

    // Events: damage the file after it has backups, and open the library again.
    await library.close();
    writeFileSync(join(dataDir, 'library', 'assessments', `${assessment.id}.json`), '{"sha256": nope');
    const again = await setUp(dataDir, 'web');
    const events = await again.call('library:events');
    expect(events.map((e) => e.kind)).toContain('recovered');
    for (const channel of again.seen) seen.add(channel);

    const desktop = await setUp(freshDir(), 'desktop');
    const other = await desktop.library.createClient({ name: 'Harbour Logistics' });
    const a = await desktop.library.createAssessment({ clientId: other.id, title: 'Review', date: '2026-01-01', language: 'en' });
    expect(await desktop.call('report:create', { assessmentId: a.id, options: { participants: 'roles' } })).toMatchObject({ opened: true });

    // Phone voting: the service is a fake here (main/voting's own tests run the real one); the replies' shapes are what is checked.
    await call('voting:interfaces');
    await call('voting:start', { assessmentId: assessment.id, address: '127.0.0.1', seats: { mode: 'anonymous', count: 3 }, statementId: 'x1' });
    await call('voting:state', { since: 0, waitMs: 0 });
    await call('voting:follow', { statementId: 'x2' });
    await call('voting:remove', { seatId: 'seat-1' });
    await call('voting:stop');

    expect([...seen].sort()).toEqual(Object.keys(contract).sort());
  });

  it('when the library is unavailable', async () => {
    const handlers = handlersWithoutLibrary('held by pid 42');
    const result = await handlers['library:status'](undefined);
    expect(result.ok && dropped(result.value, contract['library:status'].output.parse(result.value))).toEqual([]);
    expect(result).toEqual({ ok: true, value: { pending: [], unavailable: 'held by pid 42' } });
  });
});
