import { resolve } from 'node:path';
import type { Assessment } from '../../core/assessment/schema';
import { comparisonCsv } from '../../core/library/csv';
import { writeFileDurable } from '../storage/atomic-write';
import { compareOverTime, type ComparisonOverTime, type ScorePoint, type ScoreStep } from '../../core/compare';
import { formatDate, formatPercent, formatScore } from '../../core/format';
import { kpiName } from '../../core/kpi/definitions';
import { formatKpiPeriod, formatKpiValue } from '../../core/kpi/format';
import { directionOf } from '../../core/scoring/compare';
import { roundNumbersForExport } from '../../core/scoring/rounding';
import type { Language } from '../../core/settings';
import { BUILT_IN_MAPPINGS } from '../../core/compare/built-in-mappings';
import type { ParsedCli } from './args';
import type { CliText } from './messages';
import { assessmentFrom, type Loaded } from './report-command';
import type { CliOutput } from './run';
import { textTable } from './table';

type CompareCommand = Extract<ParsedCli['command'], { kind: 'compare' }>;
const invalid = (message: string): CliOutput => ({ code: 1, stdout: '', stderr: `${message}\n` });

/**
 * `timantti compare`: validates every file (the validator's messages, in
 * the user's language), refuses another client's assessment or the same one
 * twice, then prints the core's comparison as tables, or with `--json`
 * exactly the core's numbers, rounded once as `score --json` rounds them.
 */
export async function runCompareCommand(command: CompareCommand, language: Language, t: CliText, load: (file: string) => Promise<Loaded>): Promise<CliOutput> {
  const assessments: Assessment[] = [];
  for (const file of command.files) {
    const read = await assessmentFrom(file, t, load);
    if (!read.ok) return read.output;
    const first = assessments[0];
    if (first && read.value.client.id !== first.client.id) return invalid(t.otherClient(file, read.value.client.name, first.client.name));
    if (assessments.some((a) => a.id === read.value.id)) return invalid(t.sameFileTwice(file));
    assessments.push(read.value);
  }
  const comparison = compareOverTime({ assessments, mappings: BUILT_IN_MAPPINGS });
  if (command.pdf || command.csv || command.xlsx) return writeOutputs(command, comparison, assessments, language, t);
  if (command.json) return { code: 0, stdout: `${JSON.stringify(roundNumbersForExport(comparison), null, 2)}\n`, stderr: '' };
  return { code: 0, stdout: compareText(comparison, assessments, language, t), stderr: '' };
}

/**
 * `--pdf`, `--csv`, `--xlsx`: the comparison report and the tables, each
 * written durably; with `--json` the numbers are printed too.
 */
async function writeOutputs(
  command: CompareCommand,
  comparison: ComparisonOverTime,
  assessments: readonly Assessment[],
  language: Language,
  t: CliText,
): Promise<CliOutput> {
  const lines: string[] = [];
  const write = async (file: string, bytes: Uint8Array | string, line: (out: string) => string): Promise<CliOutput | undefined> => {
    const out = resolve(file);
    try {
      await writeFileDurable(out, bytes);
    } catch (err) {
      return invalid(t.cannotWrite(file, (err as NodeJS.ErrnoException).code ?? String(err)));
    }
    lines.push(line(out));
    return undefined;
  };
  if (command.pdf) {
    // Loaded only here: pdfmake and the fonts would slow every other command's start.
    const { renderComparisonPdf } = await import('../report/render-comparison');
    const report = await renderComparisonPdf(assessments, language);
    const failed = await write(command.pdf, report.pdf, (out) => t.reportWritten(out, report.pages));
    if (failed) return failed;
  }
  if (command.csv) {
    const failed = await write(command.csv, comparisonCsv(comparison, assessments, language), t.fileWritten);
    if (failed) return failed;
  }
  if (command.xlsx) {
    const { comparisonWorkbook } = await import('../export/xlsx');
    const failed = await write(command.xlsx, await comparisonWorkbook(comparison, assessments, language), t.fileWritten);
    if (failed) return failed;
  }
  const json = command.json ? `${JSON.stringify(roundNumbersForExport(comparison), null, 2)}\n` : '';
  return { code: 0, stdout: json || `${lines.join('\n')}\n`, stderr: json ? `${lines.join('\n')}\n` : '' };
}

/** A change with its sign: "+0,4", "−0,2", "±0,0" (a change under MIN_CHANGE is flat). */
function signed(delta: number | null, language: Language): string {
  if (delta === null) return '–';
  const direction = directionOf(delta);
  return `${direction === 'up' ? '+' : direction === 'down' ? '−' : '±'}${formatScore(direction === 'flat' ? 0 : Math.abs(delta), language)}`;
}

const stageCell = (p: ScorePoint) => (p.stage !== null ? `[${p.stage}]` : p.partial ? '[*]' : '');
const stageChangeCell = (s: ScoreStep | null) =>
  s === null || s.stageChange === null ? '' : s.stageChange === 0 ? ' =' : ` ${s.stageChange > 0 ? '↑' : '↓'}${Math.abs(s.stageChange)}`;

function compareText(c: ComparisonOverTime, inputs: readonly Assessment[], language: Language, t: CliText): string {
  const tc = t.compare;
  const byId = new Map(inputs.map((a) => [a.id, a]));
  const sorted = c.assessments.map((a) => byId.get(a.assessmentId) as Assessment);
  const latestFirst = [...sorted].reverse();
  const f = (n: number | null) => formatScore(n, language);
  const date = (a: { date: string }) => formatDate(a.date, language);
  const areaTitle = (id: string) => latestFirst.flatMap((a) => a.questionnaire.areas).find((a) => a.id === id)?.title[language] ?? id;
  const statementText = (id: string) =>
    latestFirst.flatMap((a) => a.questionnaire.areas.flatMap((x) => x.statements)).find((s) => s.id === id)?.text[language] ?? id;
  const lines: string[] = [];
  const latest = sorted[sorted.length - 1] as Assessment;
  lines.push(tc.title(latest.client.name, sorted.length));
  sorted.forEach((a, i) => lines.push(`  ${i + 1}. ${a.title} (${date(a)}) · ${tc.questionnaire(a.questionnaire.version)}`));
  lines.push('');

  // Areas and overall over time: each assessment's score [stage], then each step's change, then first → latest.
  const steps = c.assessments.slice(1).map((a, i) => `${t.compare.change} ${i + 1}→${i + 2}`);
  const header = [t.headings.area, ...sorted.map(date), ...steps, ...(sorted.length > 2 ? [tc.firstToLatest] : [])];
  const row = (title: string, s: { points: ScorePoint[]; steps: ScoreStep[]; firstToLatest: ScoreStep | null }) => [
    title,
    ...s.points.map((p) => (p.present ? `${f(p.score)} ${stageCell(p)}`.trim() : '–')),
    ...s.steps.map((st) => `${signed(st.score.delta, language)}${stageChangeCell(st)}`),
    ...(sorted.length > 2 ? [`${signed(s.firstToLatest!.score.delta, language)}${stageChangeCell(s.firstToLatest)}`] : []),
  ];
  lines.push(...textTable([header, ...c.areas.map((a) => row(areaTitle(a.areaId), a)), row(tc.overall, c.overall)]));
  lines.push(tc.legend);
  if (c.overall.steps.some((s) => s.scaleChanged)) lines.push(tc.scaleChanged);
  c.overall.points.forEach((p, i) => {
    if (p.capped) lines.push(tc.capped(date(sorted[i]!), areaTitle(p.capped.areaId), p.capped.areaStage, p.capped.uncapped));
  });
  lines.push('');

  const coverage = (p: ScorePoint) =>
    `${p.coverage.scored}/${p.coverage.total} (${formatPercent(p.coverage.total ? p.coverage.scored / p.coverage.total : 0, language)})`;
  const disagreement = (p: ScorePoint) => tc.disagreementCell(p.disagreement.flagged, f(p.disagreement.meanSpread));
  lines.push(`${tc.coverage}:`);
  lines.push(...textTable(sorted.map((a, i) => [`  ${date(a)}`, coverage(c.overall.points[i]!)])));
  lines.push(`${tc.disagreement}:`);
  lines.push(...textTable(sorted.map((a, i) => [`  ${date(a)}`, disagreement(c.overall.points[i]!)])));
  lines.push('');

  for (const [heading, list] of [
    [tc.improved, c.improvedStatements],
    [tc.declined, c.declinedStatements],
  ] as const) {
    lines.push(`${heading}:`);
    if (list.length === 0) lines.push(`  ${tc.none}`);
    for (const s of list)
      lines.push(`  ${signed(s.change!.delta, language)}  ${statementText(s.statementId)} (${f(s.change!.before)} → ${f(s.change!.after)})`);
  }
  lines.push('');

  c.matching.forEach((m, i) => {
    lines.push(`${tc.unmatched(date(sorted[i]!), date(sorted[i + 1]!))} — ${m.basis === 'mapping' ? tc.basisMapping : tc.basisId}:`);
    const items = [
      ...m.areasOnlyBefore.map(tc.areaOnlyBefore),
      ...m.areasOnlyAfter.map(tc.areaOnlyAfter),
      ...m.replaced.map((r) => tc.replaced(r.earlierId, r.laterId)),
      ...m.removed.map((s) => tc.removed(s.statementId)),
      ...m.added.map((s) => tc.added(s.statementId)),
    ];
    lines.push(...(items.length ? items : [tc.allMatched]).map((x) => `  ${x}`));
  });
  lines.push('');

  const groups = c.groups.perAssessment[c.groups.perAssessment.length - 1]!;
  if (groups.groups.length === 0) lines.push(tc.noGroups);
  else {
    lines.push(`${tc.groups(date(latest))}:`);
    // Groups by their group name only: a one-member group is marked, never named after its member.
    const label = (g: { group: string; members: number }) => (g.members === 1 ? `${g.group} ${tc.oneMember}` : g.group);
    lines.push(
      ...textTable([
        [t.headings.area, ...groups.groups.map(label), tc.gap],
        ...groups.areas.map((r) => [areaTitle(r.areaId), ...r.groups.map((g) => f(g.score)), f(r.gap)]),
        [tc.overall, ...groups.overall.groups.map((g) => f(g.score)), f(groups.overall.gap)],
      ]).map((l) => `  ${l}`),
    );
    for (const pair of c.groups.pairs) {
      lines.push(`${tc.groupPair(pair.groups[0], pair.groups[1])}:`);
      const gapRow = (title: string, g: (typeof pair)['overall']) => [
        title,
        ...g.gaps.map((x) => (x === null ? '–' : signed(x, language))),
        g.trend ? tc.trend[g.trend] : '',
      ];
      lines.push(
        ...textTable([
          [t.headings.area, ...sorted.map(date), ''],
          ...pair.areas.map((a) => gapRow(areaTitle(a.areaId), a)),
          gapRow(tc.overall, pair.overall),
        ]).map((l) => `  ${l}`),
      );
    }
  }
  lines.push('');

  if (c.kpis.length === 0) lines.push(tc.noKpis);
  else {
    lines.push(`${tc.kpis}:`);
    for (const k of c.kpis) {
      lines.push(`  ${kpiName(k.definition, language)}${k.definitionsDiffer ? ` ${tc.kpiDiffers}` : ''}`);
      for (const p of k.points)
        lines.push(`    ${formatDate(p.date, language)}  ${formatKpiPeriod(p.period, language)}: ${formatKpiValue(p.value, k.definition.unit, language)}`);
    }
  }
  return lines.join('\n') + '\n';
}
