import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STORED_ASSESSMENT_FORMAT_VERSION } from '../../core/library/stored-assessment';
import { setKpiValue } from '../../core/kpi/edit';
import { createHandlers } from '../../main/handlers';
import type { Library } from '../../main/library/library';
import { createSettingsStore } from '../../main/settings-store';
import { shippedQuestionnaire } from '../fixtures/builders';
import { freshDir, openLibrary } from './library/helpers';

const libraries: Library[] = [];
afterEach(async () => {
  for (const l of libraries.splice(0)) await l.close();
});

async function handlersFor(dataDir: string) {
  const library = await openLibrary(dataDir);
  libraries.push(library);
  return {
    library,
    h: createHandlers({
      version: '1',
      dataDir,
      shell: 'web',
      settings: createSettingsStore(dataDir, 'fi'),
      library: () => ({ library }),
      questionnaires: [shippedQuestionnaire()],
    }),
  };
}

describe('KPIs saved through assessment:update', () => {
  it('are stored with the assessment (record format 5) and read back after a restart', async () => {
    const dataDir = freshDir();
    const { h, library } = await handlersFor(dataDir);
    const client = await h['client:create']({ name: 'Asiakas Oy' });
    const created = await h['assessment:create']({ clientId: client.ok ? client.value.id : '', title: 'Arvio', date: '2026-11-23', language: 'fi' });
    const id = created.ok ? created.value.id : '';
    const kpis = setKpiValue(setKpiValue(undefined, { kpiId: 'nps', value: 24, period: '2026' }), { kpiId: 'churn', value: 6.5, period: '2026-Q3' });
    await expect(h['assessment:update']({ id, patch: { kpis } })).resolves.toMatchObject({ ok: true, value: { kpis } });
    const record = JSON.parse(readFileSync(join(dataDir, 'library', 'assessments', `${id}.json`), 'utf8')) as { data: Record<string, unknown> };
    expect(record.data).toMatchObject({ formatVersion: STORED_ASSESSMENT_FORMAT_VERSION, kpis });
    await library.close();
    libraries.splice(0);
    const again = await handlersFor(dataDir);
    await expect(again.h['assessment:get']({ id })).resolves.toMatchObject({ ok: true, value: { kpis } });
  });

  it('are refused with the cross-check’s code and JSON path, and nothing is stored', async () => {
    const { h } = await handlersFor(freshDir());
    const client = await h['client:create']({ name: 'Asiakas Oy' });
    const created = await h['assessment:create']({ clientId: client.ok ? client.value.id : '', title: 'Arvio', date: '2026-11-23', language: 'fi' });
    const id = created.ok ? created.value.id : '';
    const refused = await h['assessment:update']({ id, patch: { kpis: { values: [{ kpiId: 'csat', value: 120, period: '2026' }] } } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'kpis.values[0].value', code: 'kpi-out-of-range' }] } });
    const badPeriod = await h['assessment:update']({ id, patch: { kpis: { values: [{ kpiId: 'csat', value: 80, period: 'Q1 2026' }] } } });
    expect(badPeriod).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const got = await h['assessment:get']({ id });
    expect(got.ok && got.value.kpis).toBeUndefined();
  });
});
