import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_MAPPINGS, compareOverTime } from '../../../core/compare';
import { formatDate, formatScore } from '../../../core/format';
import { signedChange } from '../../../core/report/comparison-view';
import { displayedScore } from '../../../core/scoring/claims';
import { comparisonWorkbook } from '../../../main/export/xlsx';
import { runCli } from '../../../main/cli/run';
import { renderReport } from '../../../main/report/render';
import { renderComparisonPdf } from '../../../main/report/render-comparison';
import { BUILT_IN_ACTION_LIBRARY } from '../../../main/action-libraries';
import { freshDir } from '../library/helpers';
import { nordtekSeries } from '../../fixtures/nordtek-2027';
import { pdfText, qpdfCheck, savePdf, unhyphenate } from './pdf-tools';

// A v1 → v1 → v2 series of one client: what the PDFs say is core's comparison.
const series = nordtekSeries();
const [a25, a26, a27] = series as [(typeof series)[0], (typeof series)[0], (typeof series)[0]];
const core = compareOverTime({ assessments: series, mappings: BUILT_IN_MAPPINGS });
const title = (id: string) => a27.questionnaire.areas.find((a) => a.id === id)!.title.fi;
/** The text as laid out on the page (columns kept on one line), to read a table row by row. */
const layoutText = (file: string, page?: number) =>
  spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], { encoding: 'utf8' }).stdout;
const escape = (s: string) => s.replace(/[+()]/g, (c) => `\\${c}`);
const stageChange = (n: number | null) => (n === null ? '–' : n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');
/** A row of the scores table: title, the score in each assessment, the change and the stage change; the stages on the line under it. */
const rowPattern = (name: string, s: typeof core.overall) =>
  new RegExp(
    [name, ...s.points.map((p) => formatScore(p.score, 'fi')), signedChange(s.firstToLatest!.score.delta, 'fi'), stageChange(s.firstToLatest!.stageChange)]
      .map(escape)
      .join(' +') + `\\n +${s.points.map((p) => `vaihe ${p.stage}`).join(' +')}\\n`,
  );

describe('the comparison report (PDF)', () => {
  it('says in Finnish what core computed: every area’s scores by date, the change, the scale note, statements, groups, KPIs and the unmatched list', async () => {
    const report = await renderComparisonPdf([a27, a25, a26], 'fi');
    const file = savePdf(report.pdf);
    expect(qpdfCheck(file).status).toBe(0);
    expect(report.fileName).toBe('Nordtek-Huolto-Oy-vertailu-2027-03-16.pdf');
    expect(report.pages).toBeGreaterThanOrEqual(4);
    const text = unhyphenate(pdfText(file));
    expect(text).toContain('KYPSYYSARVIOIDEN VERTAILU');
    expect(text).toContain('Nordtek Huolto Oy');
    for (const a of series) expect(text).toContain(formatDate(a.date, 'fi'));
    // The scores table, row by row as laid out: every area and the overall index, core's numbers.
    const scores = layoutText(file, 2);
    expect(scores).toMatch(rowPattern('Kokonaisindeksi', core.overall));
    for (const area of core.areas) expect(scores).toMatch(rowPattern(title(area.areaId), area));
    expect(core.areas.some((a) => a.firstToLatest!.stageChange! < 0)).toBe(true);
    expect(text).toContain('Kyselyn versiot määrittävät vaiheet eri asteikolla');
    for (const s of core.improvedStatements) expect(text).toContain(signedChange(s.change!.delta, 'fi'));
    expect(text).toContain('ENITEN HEIKENTYNEET VÄITTÄMÄT');
    expect(text).toContain('johto − asiakaspalvelu');
    expect(text).toMatch(/Suositteluindeksi \(NPS\) 18 \(2024\) 24 \(2025\) 31 \(2026\)/);
    const unmatched = core.matching.reduce((n, m) => n + m.replaced.length + m.removed.length + m.added.length, 0);
    expect(text).toContain(`${unmatched} väittämää ei voi verrata arvioiden välillä`);
    expect(text).toContain('Vertailukelvottomat väittämät');
    expect(text).toContain('Korvattu, eri merkitys');
    expect(text).toContain('Vain myöhemmässä arviossa');
  }, 30_000);

  it('in the executive report: a trend section over all three and the unmatched statements in the appendix', async () => {
    const report = await renderReport({
      assessment: a27,
      earlier: [a25, a26],
      options: { participants: 'roles', language: 'fi' },
      actionLibrary: BUILT_IN_ACTION_LIBRARY,
      now: new Date('2027-03-17T00:00:00Z'),
    });
    const file = savePdf(report.pdf);
    expect(qpdfCheck(file).status).toBe(0);
    const text = unhyphenate(pdfText(file));
    expect(text).toContain('Vertailu 2 aiempaan arvioon. Vertailussa 3 arviota ajalta 18.3.2025–16.3.2027.');
    expect(layoutText(file)).toMatch(rowPattern('Kokonaisindeksi', core.overall));
    expect(text).toContain('Liiketoiminnan mittarit');
    expect(text).toContain('lueteltu kohdassa Vertailukelvottomat väittämät');
    expect(text.lastIndexOf('Vertailukelvottomat väittämät')).toBeGreaterThan(text.indexOf('Kaikki vastaukset'));
  }, 60_000);
});

describe('the comparison workbook and timantti compare --pdf/--csv/--xlsx', () => {
  it('the workbook reads back: scores as numbers, one row per area per assessment, and a KPI sheet', async () => {
    const sheets = await readExcelFile(await comparisonWorkbook(core, series, 'fi'));
    expect(sheets.map((s) => s.sheet)).toEqual(['Vertailu', 'Mittarit']);
    const [scores, kpis] = sheets.map((s) => s.data) as [unknown[][], unknown[][]];
    const present = [core.overall, ...core.areas].reduce((n, s) => n + s.points.filter((p) => p.present).length, 0);
    expect(scores).toHaveLength(present + 1);
    const measurement = scores.filter((r) => r[4] === 'Mittaaminen');
    expect(measurement.map((r) => r[5])).toEqual(core.areas.find((a) => a.areaId === 'measurement')!.points.map((p) => displayedScore(p.score)));
    expect(measurement[0]![2]).toEqual(new Date('2025-03-18T00:00:00Z'));
    expect(kpis.slice(1).map((r) => [r[4], r[5], r[6]])).toEqual([
      ['Suositteluindeksi (NPS)', '2024', 18],
      ['Suositteluindeksi (NPS)', '2025', 24],
      ['Suositteluindeksi (NPS)', '2026', 31],
      ['Asiakaspoistuma', '2025-Q4', 9.1],
      ['Asiakaspoistuma', '2026-Q4', 7.456],
      ['Huoltokäynnit', '2026', 1200],
    ]);
  });

  it('the CLI writes all three files and says so', async () => {
    const dir = freshDir();
    const files = series.map((a, i) => {
      const path = join(dir, `a${i}.json`);
      writeFileSync(path, JSON.stringify(a));
      return path;
    });
    const [pdf, csv, xlsx] = ['v.pdf', 'v.csv', 'v.xlsx'].map((f) => join(dir, f)) as [string, string, string];
    const out = await runCli(['compare', ...files, '--pdf', pdf, '--csv', csv, '--xlsx', xlsx], { LANG: 'fi_FI.UTF-8' });
    expect(out).toMatchObject({ code: 0, stderr: '' });
    expect(out.stdout).toMatch(new RegExp(`^Kirjoitettiin ${pdf} \\(\\d+ sivua\\)\nKirjoitettiin ${csv}\nKirjoitettiin ${xlsx}\n$`));
    expect(qpdfCheck(pdf).status).toBe(0);
    expect(pdfText(pdf)).toContain('Pisteet ja kypsyysvaiheet');
    expect((await readExcelFile(xlsx)).map((s) => s.sheet)).toEqual(['Vertailu', 'Mittarit']);
    const missing = await runCli(['compare', ...files, '--csv'], { LANG: 'en_GB.UTF-8' });
    expect(missing).toMatchObject({ code: 2 });
  }, 60_000);
});
