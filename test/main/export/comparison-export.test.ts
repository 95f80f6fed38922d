import readExcelFile from 'read-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_MAPPINGS, compareOverTime } from '../../../core/compare';
import { comparisonCsv } from '../../../core/library/csv';
import { createHandlers } from '../../../main/handlers';
import type { Library } from '../../../main/library/library';
import { createSettingsStore } from '../../../main/settings-store';
import { nordtekSeries } from '../../fixtures/nordtek-2027';
import { freshDir, seeded } from '../library/helpers';

// The comparison exports through the contract: the same tables the CLI writes, in the UI language.
const libraries: Library[] = [];
afterEach(async () => {
  for (const l of libraries.splice(0)) await l.close();
});

async function setup() {
  const dataDir = freshDir();
  const { library, assessment: foreign } = await seeded(dataDir);
  libraries.push(library);
  const series = nordtekSeries();
  for (const a of series) await library.importValue(a, 'copy');
  const imported = (await library.listAssessments()).filter((s) => s.clientId === series[0]!.client.id);
  const h = createHandlers({ version: '1', dataDir, shell: 'web', settings: createSettingsStore(dataDir, 'fi-FI'), library: () => ({ library }) });
  const ids = imported.map((s) => s.id);
  const stored = await Promise.all(ids.map((id) => library.getAssessment(id)));
  return { h, ids, stored, foreign };
}

describe('export:comparison-csv and export:comparison-xlsx', () => {
  it('return core’s comparison of the chosen assessments as the CSV and the workbook', async () => {
    const { h, ids, stored } = await setup();
    expect(ids).toHaveLength(3);
    const csv = await h['export:comparison-csv']({ assessmentIds: ids });
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    expect(csv.value.fileName).toBe('Nordtek-Huolto-Oy_vertailu_2027-03-16.csv');
    const core = compareOverTime({ assessments: stored, mappings: BUILT_IN_MAPPINGS });
    expect(csv.value.content).toBe(comparisonCsv(core, stored, 'fi'));
    expect(csv.value.content.split('\r\n')[0]).toContain('Asiakas;Arvio;Päivämäärä;Kyselyn versio;Osa-alue;Pisteet');
    const xlsx = await h['export:comparison-xlsx']({ assessmentIds: ids });
    expect(xlsx.ok).toBe(true);
    if (!xlsx.ok) return;
    expect(xlsx.value.fileName).toBe('Nordtek-Huolto-Oy_vertailu_2027-03-16.xlsx');
    const sheets = await readExcelFile(Buffer.from(xlsx.value.base64, 'base64'));
    expect(sheets.map((s) => s.sheet)).toEqual(['Vertailu', 'Mittarit']);
    expect(sheets[1]!.data).toHaveLength(1 + core.kpis.reduce((n, k) => n + k.points.length, 0));
  });

  it('refuses another client’s assessment, the same one twice and a single one', async () => {
    const { h, ids, foreign } = await setup();
    for (const channel of ['export:comparison-csv', 'export:comparison-xlsx'] as const) {
      await expect(h[channel]({ assessmentIds: [ids[0]!, foreign.id] })).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid-input', path: '$.assessmentIds' },
      });
      await expect(h[channel]({ assessmentIds: [ids[0]!, ids[0]!] })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      await expect(h[channel]({ assessmentIds: [ids[0]!] })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});
