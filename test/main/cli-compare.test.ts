import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { compareOverTime, matchStatements } from '../../core/compare';
import { roundNumbersForExport } from '../../core/scoring/rounding';
import { runCli } from '../../main/cli/run';
import { BUILT_IN_MAPPINGS } from '../../core/compare/built-in-mappings';
import { defaultQuestionnaire, example, repoRoot, shippedQuestionnaire } from '../fixtures/builders';

const EN = { LANG: 'en_GB.UTF-8' };
const FI = { LANG: 'fi_FI.UTF-8' };
const tmp = mkdtempSync(join(tmpdir(), 'timantti-compare-'));
const write = (name: string, doc: unknown) => {
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(doc));
  return path;
};
const nordtek25 = join(repoRoot, 'assessments/examples/nordtek-2025.json');
const nordtek26 = join(repoRoot, 'assessments/examples/nordtek-2026.json');
const harbour = join(repoRoot, 'assessments/examples/harbour-2026.json');

/** nordtek-2026 retaken on questionnaire v2 a year later, with KPIs and a one-member group. */
function nordtek2027(): Assessment {
  const previous = example('nordtek-2026');
  const answers = Object.fromEntries(
    matchStatements(shippedQuestionnaire(), defaultQuestionnaire(), BUILT_IN_MAPPINGS).matched.map((m) => [m.laterId, previous.answers[m.earlierId]!]),
  );
  return {
    ...previous,
    id: 'nordtek-2027',
    date: '2027-03-16',
    createdAt: '2027-03-16T08:00:00.000Z',
    updatedAt: '2027-03-16T08:00:00.000Z',
    questionnaire: defaultQuestionnaire(),
    participants: previous.participants.map((p) => (p.id === 'teemu' ? { ...p, group: 'kenttä' } : p)),
    answers,
    roadmap: undefined,
    kpis: {
      own: [{ id: 'service-visits', name: { fi: 'Huoltokäynnit' }, unit: 'count', higherIsBetter: true }],
      values: [
        { kpiId: 'nps', value: 31, period: '2026' },
        { kpiId: 'churn', value: 7.456, period: '2026-Q4' },
        { kpiId: 'service-visits', value: 1200, period: '2026' },
      ],
    },
  };
}
const nordtek27 = write('nordtek-2027.json', nordtek2027());

describe('timantti compare', () => {
  it('prints each area over time with changes and stage changes, coverage, disagreement, unmatched statements, group gaps and KPIs', async () => {
    const out = await runCli(['compare', nordtek27, nordtek25, nordtek26, '--lang', 'en'], FI);
    expect(out).toMatchObject({ code: 0, stderr: '' });
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe('Nordtek Huolto Oy — 3 assessments');
    // Sorted by date whatever the order given; score [claimed stage], change per step with ↑/↓ stage, first → latest.
    expect(lines).toContainEqual(expect.stringMatching(/^Measurement +1\.5 \[1\] +2\.0 \[2\] +2\.0 \[2\] +\+0\.5 ↑1 +±0\.0 = +\+0\.5 ↑1$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Technology +2\.7 \[3\] +2\.4 \[2\] +2\.5 \[2\] +−0\.3 ↓1 +\+0\.1 = +−0\.2 ↓1$/));
    expect(lines).toContainEqual(expect.stringMatching(/^Overall index +2\.2 \[2\] +2\.5 \[2\] /));
    expect(out.stdout).toContain('Note: the questionnaire versions claim stages on different scales');
    expect(out.stdout).toMatch(
      /Coverage \(statements scored\):\n {2}18 Mar 2025 +45\/45 \(100%\)\n {2}17 Mar 2026 +45\/45 \(100%\)\n {2}16 Mar 2027 +40\/45 \(89%\)/,
    );
    expect(out.stdout).toMatch(/ {2}18 Mar 2025 +21 statements, spread 0\.6\n/);
    expect(out.stdout).toContain('  replaced: str-cx-competitive-advantage → str-vision-mission-purpose (different meaning, not compared)');
    expect(out.stdout).toContain('  only in the earlier: cun-development-with-users\n  only in the later: cun-prospects-and-buying-journey');
    expect(out.stdout).toContain('Statements not compared 18 Mar 2025 → 17 Mar 2026 — statements matched by id:\n  every statement comparable');
    // Groups by name; Teemu alone in 'kenttä' is marked, never named.
    expect(out.stdout).toMatch(/ {2}Area +johto +asiakaspalvelu +kenttä \(1 member\) +Gap\n/);
    expect(out.stdout).toMatch(/Gap between johto and asiakaspalvelu \(johto − asiakaspalvelu\):\n {2}Area +18 Mar 2025 +17 Mar 2026 +16 Mar 2027\n/);
    for (const p of nordtek2027().participants) expect(out.stdout).not.toContain(p.name);
    expect(out.stdout).toContain('  Churn\n    16 Mar 2027  Q4 2026: 7.5%\n');
    // An own KPI named in Finnish only keeps its one name in English output.
    expect(out.stdout).toContain('  Huoltokäynnit\n    16 Mar 2027  2026: 1,200\n');
  });

  it('speaks Finnish', async () => {
    const out = await runCli(['compare', nordtek25, nordtek26], FI);
    expect(out.stdout).toMatch(/^Mittaaminen +1,5 \[1\] +2,0 \[2\] +\+0,5 ↑1$/m);
    expect(out.stdout).toContain('Liiketoiminnan mittareita ei ole kirjattu.');
    // The user's group names stay as written: no inflected frame around them.
    expect(out.stdout).toContain('Ryhmien ero: johto − asiakaspalvelu:');
  });

  it('--json gives exactly the core’s comparison, rounded once like score --json', async () => {
    const out = await runCli(['compare', nordtek25, nordtek27, nordtek26, '--json'], EN);
    expect(out.code).toBe(0);
    const expected = roundNumbersForExport(
      compareOverTime({ assessments: [example('nordtek-2025'), nordtek2027(), example('nordtek-2026')], mappings: BUILT_IN_MAPPINGS }),
    );
    expect(JSON.parse(out.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    const json = JSON.parse(out.stdout) as ReturnType<typeof compareOverTime>;
    expect(json.kpis.find((k) => k.kpiId === 'churn')!.points[0]!.value).toBe(7.46);
    expect(json.overall.points[0]!.score).toBe(Math.round(json.overall.points[0]!.score! * 100) / 100);
  });

  it('refuses another client’s assessment, in the user’s language (exit 1)', async () => {
    expect(await runCli(['compare', nordtek26, harbour], FI)).toEqual({
      code: 1,
      stdout: '',
      stderr: `${harbour}: arvio on asiakkaalta Harbour Logistics Ltd, ei asiakkaalta Nordtek Huolto Oy; vertailuun kelpaavat vain saman asiakkaan arviot\n`,
    });
    expect((await runCli(['compare', nordtek26, harbour, '--lang', 'en'], FI)).stderr).toContain('only assessments of the same client can be compared');
  });

  it('refuses a bad file with the validator’s messages and the same assessment twice', async () => {
    const bad = write('bad-kpi.json', { ...example('nordtek-2026'), kpis: { values: [{ kpiId: 'nps', value: 140, period: 'Q1 2026' }] } });
    const out = await runCli(['compare', nordtek25, bad], FI);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe(
      `${bad}: 2 virhettä\n` +
        '  kpis.values[0].period: jakson pitää olla vuosi (2025), puolivuotinen (2025-H1), neljännes (2026-Q1) tai kuukausi (2026-03)\n' +
        '  kpis.values[0].value: mittarin "nps" arvon pitää olla välillä -100…100 (yksikkö points)\n',
    );
    expect(await runCli(['compare', nordtek25, nordtek25, '--lang', 'en'], FI)).toMatchObject({
      code: 1,
      stderr: `${nordtek25}: the same assessment was given twice\n`,
    });
    const questionnaire = join(repoRoot, 'assessments/questionnaires/b2b-cx-diamond-v1.json');
    expect((await runCli(['compare', nordtek25, questionnaire, '--lang', 'en'], FI)).stderr).toContain('not an assessment');
  });

  it('needs at least two assessments (exit 2)', async () => {
    const out = await runCli(['compare', nordtek25], EN);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^Give at least two assessments of the same client to compare\.\n/);
  });
});
