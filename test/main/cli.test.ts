import { roundForExport } from '../../core/scoring/rounding';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../core/scoring';
import { runCli } from '../../main/cli/run';
import type { Questionnaire } from '../../core/questionnaire/schema';
import { example, readJson, repoRoot } from '../fixtures/builders';

const file = (relative: string) => join(repoRoot, relative);
const EN = { LANG: 'en_GB.UTF-8' };
const FI = { LANG: 'fi_FI.UTF-8' };
const tmp = mkdtempSync(join(tmpdir(), 'timantti-cli-'));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe('timantti validate', () => {
  it.each(['assessments/questionnaires/b2b-cx-diamond-v1.json', 'assessments/examples/nordtek-2026.json', 'assessments/examples/harbour-2026.json'])(
    'accepts %s (exit 0)',
    async (f) => {
      const out = await runCli(['validate', file(f)], EN);
      expect(out).toMatchObject({ code: 0, stderr: '' });
      expect(out.stdout).toMatch(/: valid (questionnaire|assessment)\n$/);
    },
  );

  it('accepts the built-in action library and says what it is, in both languages', async () => {
    const path = file('assessments/actions/b2b-cx-diamond-actions-v1.json');
    expect(await runCli(['validate', path], EN)).toEqual({ code: 0, stdout: `${path}: valid action library\n`, stderr: '' });
    expect(await runCli(['validate', path], FI)).toEqual({ code: 0, stdout: `${path}: kelvollinen toimenpidekirjasto\n`, stderr: '' });
  });

  it('reports a dependency cycle in an action library (exit 1)', async () => {
    const lib = readJson('assessments/actions/b2b-cx-diamond-actions-v1.json') as { actions: { id: string; dependsOn?: string[] }[] };
    lib.actions.find((a) => a.id === 'str-commit-leadership')!.dependsOn = ['org-name-cx-owner'];
    const out = await runCli(['validate', write('cycle.json', JSON.stringify(lib)), '--lang', 'en'], FI);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/: 1 problem\n {2}actions\[\d+\]\.dependsOn: the action dependencies form a cycle \(/);
  });

  it('exits 1 with the file, path and problem in the user’s language', async () => {
    const broken = structuredClone(example('harbour-2026'));
    delete (broken.questionnaire.areas[3]!.statements[2]!.levels[4]!.text as { fi?: string }).fi;
    const path = write('broken.json', JSON.stringify(broken));
    const fi = await runCli(['validate', path], FI);
    expect(fi.code).toBe(1);
    expect(fi.stderr).toBe(`${path}: 1 virhe\n  questionnaire.areas[3].statements[2].levels[4].text.fi: suomenkielinen teksti puuttuu\n`);
    const en = await runCli(['validate', path, '--lang', 'en'], FI);
    expect(en.stderr).toContain('missing Finnish text');
  });

  it('never prints a stack trace for garbage', async () => {
    for (const [name, content] of [
      ['empty.json', ''],
      ['nul.json', Buffer.alloc(64)],
      ['latin1.json', Buffer.from([0x7b, 0x22, 0xe4, 0x22, 0x7d])],
      ['truncated.json', JSON.stringify(example('nordtek-2026')).slice(0, 5000)],
    ] as const) {
      const out = await runCli(['validate', write(name, content)], EN);
      expect(out.code, name).toBe(1);
      expect(out.stderr, name).not.toMatch(/\bat .*\.(ts|js):\d+/);
      expect(out.stderr.split('\n')[0], name).toContain(name);
    }
  });

  it('reports a missing file as invalid input', async () => {
    const out = await runCli(['validate', join(tmp, 'nope.json')], FI);
    expect(out).toMatchObject({ code: 1, stderr: `${join(tmp, 'nope.json')}: tiedostoa ei löydy\n` });
  });

  it('caps a flood of problems', async () => {
    const broken = structuredClone(example('harbour-2026')) as unknown as { answers: Record<string, { votes: Record<string, unknown> }> };
    for (const answer of Object.values(broken.answers)) answer.votes.emma = 9;
    const out = await runCli(['validate', write('flood.json', JSON.stringify(broken))], EN);
    expect(out.stderr).toMatch(/^.*: 45 problems\n/);
    expect(out.stderr).toContain('…and 20 more');
  });
});

describe('timantti score', () => {
  it('prints the table in Finnish number format', async () => {
    const out = await runCli(['score', file('assessments/examples/nordtek-2026.json')], FI);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Nordtek Huolto Oy — Asiakaskokemuksen johtamisen kypsyysarvio 2026 (17.3.2026)');
    expect(out.stdout).toMatch(/Asiakasymmärrys\s+\d,\d\s+\d\s+3,5/);
    expect(out.stdout).toMatch(/Kokonaisindeksi \d,\d — vaihe \d: /);
  });

  it('--json gives exactly the core scores', async () => {
    const out = await runCli(['score', file('assessments/examples/harbour-2026.json'), '--json'], EN);
    const json = JSON.parse(out.stdout);
    const scores = scoreAssessment(example('harbour-2026'));
    // Exported numbers are the core's, rounded once to two decimals (docs/SCORING.md).
    expect(json.overall).toBe(roundForExport(scores.overall!));
    expect(json.stage).toBe(scores.stage);
    expect(json.areas.map((a: { score: number }) => a.score)).toEqual(scores.areas.map((a) => (a.score === null ? null : roundForExport(a.score))));
    expect(out.stdout).not.toMatch(/\d\.\d{3,}/);
    expect(json.coverage).toEqual(scores.coverage);
    expect(json.stageName.en).toBeTruthy();
  });

  it('claims the stages the screens and the report claim: none at 36 % scored, and v2’s cap with its reason', async () => {
    const v2 = readJson('assessments/questionnaires/b2b-cx-diamond-v2.json') as Questionnaire;
    const ids = v2.areas.flatMap((a) => a.statements.map((s) => s.id));
    const agreed = (level: (id: string) => number | null) =>
      Object.fromEntries(ids.flatMap((id) => (level(id) === null ? [] : [[id, { votes: { p1: level(id) }, agreed: level(id) }]])));
    const base = { ...example('harbour-2026'), questionnaire: v2, participants: [{ id: 'p1', name: 'P1' }] };
    delete (base as { areas?: unknown }).areas;

    const partial = write('partial.json', JSON.stringify({ ...base, answers: agreed((id) => (ids.indexOf(id) < 16 ? 4 : null)) }));
    const fi = await runCli(['score', partial], FI);
    expect(fi.stdout).toMatch(/Kokonaisindeksi 4,0 — kypsyysvaihetta ei määritetä: vain 16\/45 väittämää pisteytetty/);
    expect(JSON.parse((await runCli(['score', partial, '--json'], EN)).stdout).stage).toBeNull();

    const capped = write('capped.json', JSON.stringify({ ...base, answers: agreed((id) => (id.startsWith('mea-') ? 1 : 5)) }));
    const en = await runCli(['score', capped], EN);
    expect(en.stdout).toContain('Overall index 4.6 — stage 2: Initiated');
    expect(en.stdout).toContain('The overall stage is at most one above the weakest area: Measurement is at stage 1 (the mean alone would give stage 5).');
    const json = JSON.parse((await runCli(['score', capped, '--json'], EN)).stdout);
    expect([json.stage, json.stageCap, json.stageThresholds]).toEqual([2, { areaId: 'measurement', areaStage: 1, uncapped: 5 }, [1.8, 2.6, 3.4, 4.5]]);
  });

  it('refuses to score a questionnaire or an action library (exit 1)', async () => {
    expect(await runCli(['score', file('assessments/questionnaires/b2b-cx-diamond-v1.json')], EN)).toMatchObject({ code: 1 });
    const path = file('assessments/actions/b2b-cx-diamond-actions-v1.json');
    expect(await runCli(['score', path], EN)).toEqual({
      code: 1,
      stdout: '',
      stderr: `${path}: this is an action library, not an assessment; scores and reports come from an assessment\n`,
    });
    expect((await runCli(['score', path], FI)).stderr).toBe(`${path}: tämä on toimenpidekirjasto, ei arviointi; pisteet ja raportti tehdään arvioinnista\n`);
  });
});

describe('usage', () => {
  it.each([[['frobnicate']], [['validate']], [['score', 'a', 'b']], [['validate', 'x', '--bogus']], [['validate', 'x', '--lang', 'sv']]])(
    'exits 2 for %j',
    async (argv) => {
      const out = await runCli(argv, EN);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain('Usage:');
    },
  );

  it('prints help with exit 0', async () => {
    expect(await runCli(['--help'], FI)).toMatchObject({ code: 0, stdout: expect.stringContaining('Käyttö:') });
    expect(await runCli([], EN)).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage:') });
  });
});
