import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DiagnosticsSchema, formatDiagnostics, type Diagnostics } from '../../core/diagnostics';
import { runCli } from '../../main/cli/run';
import { createHandlers } from '../../main/handlers';
import type { Library } from '../../main/library/library';
import { log, setupLogging } from '../../main/log/logger';
import { createSettingsStore } from '../../main/settings-store';
import { shippedQuestionnaire } from '../fixtures/builders';
import { freshDir, openLibrary } from './library/helpers';
import { handlersWithoutLibrary } from './handler-fixtures';

// Client content that must never reach a log line or the diagnostics.
const CLIENT = 'Nordtek Huolto Oy';
const CLIENT_NOTES = 'Toimitusjohtaja vaihtuu keväällä';
const TITLE = 'Syysarvio Pohjoisen yksikkö';
const PERSON = 'Pirjo Mäkelä';
const ANSWER_NOTE = 'Asiakaspalautetta ei kerätä lainkaan';
const EVIDENCE = 'Johtoryhmän pöytäkirja 14.10.';
const SECRETS = [CLIENT, CLIENT_NOTES, TITLE, PERSON, ANSWER_NOTE, EVIDENCE];

const libraries: Library[] = [];
afterEach(async () => {
  for (const l of libraries.splice(0)) await l.close();
});

async function workshop() {
  const dataDir = freshDir();
  const logFile = setupLogging({ dir: join(dataDir, 'logs'), process: 'main', console: false });
  // A settings file damaged by hand, with client content in it.
  writeFileSync(join(dataDir, 'settings.json'), `{"sha256":"0","data":{"note":"${CLIENT}`);
  const library = await openLibrary(dataDir);
  libraries.push(library);
  const h = createHandlers({
    version: '9.8.7',
    dataDir,
    shell: 'desktop',
    settings: createSettingsStore(dataDir, 'fi'),
    library: () => ({ library }),
    questionnaires: [shippedQuestionnaire()],
    // A PDF engine whose error quotes the text it choked on.
    renderReport: () => Promise.reject(new Error(`cannot break "${ANSWER_NOTE}" into lines`)),
  });
  const client = await h['client:create']({ name: CLIENT, notes: CLIENT_NOTES });
  const clientId = client.ok ? client.value.id : '';
  const created = await h['assessment:create']({
    clientId,
    title: TITLE,
    date: '2026-11-23',
    language: 'fi',
    participants: [{ id: 'p1', name: PERSON, group: 'johto' }],
  });
  const assessmentId = created.ok ? created.value.id : '';
  await h['answer:save']({ assessmentId, statementId: 'cun-leaders-meet-customers', participantId: 'p1', value: 2, note: ANSWER_NOTE, evidence: EVIDENCE });
  await h['settings:get'](undefined);
  expect(await h['report:create']({ assessmentId, options: { participants: 'roles' } })).toMatchObject({ ok: false, error: { code: 'internal' } });
  return { dataDir, logFile, h, assessmentId, library };
}

describe('the log and the diagnostics hold no client content', () => {
  it('logs the failures of a workshop without a name, note or answer', async () => {
    const { logFile, assessmentId } = await workshop();
    const text = readFileSync(logFile, 'utf8');
    // The swallowed failures of before are now in the log…
    expect(text).toContain('[warn] settings: settings.json is unreadable; using the defaults');
    expect(text).toContain(`[error] report: rendering ${assessmentId} failed: Error: cannot break "…" into lines`);
    // …and what made them is not.
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
  });

  it('collects counts, versions, event kinds and the log’s lines, and nothing of the client', async () => {
    const { h } = await workshop();
    // Even a log line that slipped (say, a library's message we do not control) is blanked.
    log.warn(`an unexpected message naming ${CLIENT} and ${TITLE}`);
    const result = await h['diagnostics:collect'](undefined);
    expect(result.ok).toBe(true);
    const d = DiagnosticsSchema.parse(result.ok ? result.value : null) satisfies Diagnostics;
    expect(d.app).toEqual({ name: 'Timantti', version: '9.8.7', shell: 'desktop' });
    expect(d.versions.node).toBe(process.versions.node);
    expect(d.library).toEqual({ open: true, clients: 1, assessments: 1, recycleBin: 0, pendingSaves: 0 });
    expect(d.dataDir).toMatchObject({ exists: true, writable: true });
    expect(d.log.lines.some((l) => l.includes('report: rendering'))).toBe(true);
    expect(d.log.lines.at(-1)).toContain('an unexpected message naming [name] and [name]');
    const copied = JSON.stringify(d) + formatDiagnostics(d);
    for (const secret of SECRETS) expect(copied, secret).not.toContain(secret);
  });

  it('records the kinds of library events the user was shown, and logs each', async () => {
    const { h, library, logFile } = await workshop();
    const at = '2026-11-24T10:00:00.000Z';
    vi.spyOn(library, 'takeEvents').mockReturnValueOnce([
      { kind: 'backup-failed', file: join('/d', 'library', 'assessments', 'a-1.json'), code: 'ENOSPC', at },
    ]);
    expect(await h['library:events'](undefined)).toMatchObject({ ok: true, value: [{ kind: 'backup-failed' }] });
    const result = await h['diagnostics:collect'](undefined);
    expect(result.ok && result.value.recentEvents).toEqual([{ kind: 'backup-failed', at }]);
    expect(readFileSync(logFile, 'utf8')).toContain('[warn] library event shown to the user: backup-failed a-1.json (ENOSPC)');
  });
});

describe('diagnostics without a library', () => {
  it('still answers, saying why the library is unavailable', async () => {
    const h = handlersWithoutLibrary('the library is already open in another Timantti process');
    const result = await h['diagnostics:collect'](null);
    expect(result.ok && result.value.library).toEqual({
      open: false,
      unavailable: 'the library is already open in another Timantti process',
      clients: 0,
      assessments: 0,
      recycleBin: 0,
      pendingSaves: 0,
    });
    expect(result.ok && formatDiagnostics(result.value)).toContain('Library: unavailable (the library is already open in another Timantti process)');
  });
});

describe('the CLI says what it could not read, and logs it', () => {
  it('reports an unreadable import file as unreadable (not "no such file") with its code', async () => {
    const dir = freshDir();
    const logFile = setupLogging({ dir: join(dir, 'logs'), process: 'cli', console: false });
    const loop = join(dir, 'loop.json');
    symlinkSync(loop, loop);
    mkdirSync(join(dir, 'data'));
    const out = await runCli(['library', 'import', loop, '--data', join(dir, 'data')], { LANG: 'en_GB.UTF-8' });
    expect(out).toMatchObject({ code: 1, stderr: `${loop}: cannot read the file (ELOOP)\n` });
    expect(readFileSync(logFile, 'utf8')).toContain('[warn] cli: library import could not read its input file: ELOOP (stat)');
  });
});
