import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../main/handlers';
import type { Library } from '../../main/library/library';
import { createSettingsStore } from '../../main/settings-store';
import { shippedQuestionnaire } from '../fixtures/builders';
import { freshDir, openLibrary } from './library/helpers';
import { handlersWithoutLibrary } from './handler-fixtures';

// The library through the contract, as the renderer calls it: untrusted input in, results out.
const libraries: Library[] = [];
afterEach(async () => {
  for (const l of libraries.splice(0)) await l.close();
});

async function handlers() {
  const dataDir = freshDir();
  const library = await openLibrary(dataDir);
  libraries.push(library);
  return createHandlers({
    version: '1',
    dataDir,
    shell: 'web',
    settings: createSettingsStore(dataDir, 'fi'),
    library: () => ({ library }),
    questionnaires: [shippedQuestionnaire()],
  });
}

describe('library channels', () => {
  it('run a workshop: client, assessment, answers, list', async () => {
    const h = await handlers();
    const client = await h['client:create']({ name: 'Asiakas Oy' });
    expect(client.ok).toBe(true);
    const clientId = client.ok ? client.value.id : '';
    const created = await h['assessment:create']({
      clientId,
      title: 'Arvio',
      date: '2026-11-23',
      language: 'fi',
      participants: [{ id: 'p1', name: 'Pia', group: 'johto' }],
    });
    expect(created).toMatchObject({ ok: true, value: { questionnaire: { id: 'b2b-cx-diamond', version: 1 } } });
    const id = created.ok ? created.value.id : '';
    await expect(h['answer:save']({ assessmentId: id, statementId: 'cun-leaders-meet-customers', participantId: 'p1', value: 3 })).resolves.toMatchObject({
      ok: true,
    });
    await expect(
      h['answer:save']({ assessmentId: id, statementId: 'cun-leaders-meet-customers', participantId: null, value: 'dont-know', note: 'Selvitetään' }),
    ).resolves.toMatchObject({ ok: true });
    const list = await h['assessment:list'](undefined);
    expect(list).toMatchObject({ ok: true, value: [{ id, participants: 1 }] });
    const got = await h['assessment:get']({ id });
    expect(got.ok && got.value.answers['cun-leaders-meet-customers']).toEqual({ votes: { p1: 3 }, agreed: 'dont-know', note: 'Selvitetään' });
    await expect(h['questionnaire:list'](null)).resolves.toMatchObject({ ok: true, value: [{ id: 'b2b-cx-diamond', areas: 9, statements: 45 }] });
  });

  it('reject malformed input before it reaches the library', async () => {
    const h = await handlers();
    for (const input of [
      { assessmentId: 'x', statementId: 'y', participantId: 'p', value: 6 },
      { assessmentId: 'X!', statementId: 'y', participantId: null },
      { statementId: 'y' },
      'answer',
      null,
    ]) {
      await expect(h['answer:save'](input)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('report unknown ids as not-found and refused imports with their issues', async () => {
    const h = await handlers();
    await expect(h['assessment:get']({ id: 'nope' })).resolves.toMatchObject({ ok: false, error: { code: 'not-found' } });
    const refused = await h['library:import']({ content: '{"__proto__": 1}', mode: 'copy' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ code: 'forbidden-key' }] } });
  });

  it('say the library is unavailable, and why, when it could not be opened', async () => {
    const h = handlersWithoutLibrary('locked by pid 42');
    await expect(h['client:list'](undefined)).resolves.toMatchObject({ ok: false, error: { code: 'library-unavailable', message: 'locked by pid 42' } });
    await expect(h['library:status'](undefined)).resolves.toEqual({ ok: true, value: { pending: [], unavailable: 'locked by pid 42' } });
  });
});
