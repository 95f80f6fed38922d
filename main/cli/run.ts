import type { Assessment } from '../../core/assessment/schema';
import { formatDate, formatPercent, formatScore } from '../../core/format';
import { scoreAssessment, type AssessmentScores } from '../../core/scoring';
import { areaClaim, overallClaim } from '../../core/scoring/claims';
import { roundNumbersForExport } from '../../core/scoring/rounding';
import type { Language } from '../../core/settings';
import { formatIssue } from '../../core/validation/issues';
import { validateDocument, type TimanttiDocument, type Validated } from '../../core/validation/validate';
import { parseCli } from './args';
import { CLI_TEXT, type CliText } from './messages';
import { readInputFile } from './read-input';
import { runCompareCommand } from './compare-command';
import { textTable } from './table';
import { runReportCommand } from './report-command';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** Shown at most; the rest are counted, so a hopeless file doesn't flood the terminal. */
const MAX_ISSUES_SHOWN = 25;

/** Runs one CLI invocation and returns what to print; the entry point does the printing. */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CliOutput> {
  const { language, command } = parseCli(argv, env);
  const t = CLI_TEXT[language];
  switch (command.kind) {
    case 'help':
      return { code: EXIT.ok, stdout: t.usage, stderr: '' };
    case 'usage-error':
      return { code: EXIT.usage, stdout: '', stderr: `${command.message(t)}\n\n${t.usage}` };
    case 'validate': {
      const doc = await load(command.file, t, language);
      if (!doc.ok) return doc.output;
      return { code: EXIT.ok, stdout: `${t.valid(command.file, t.kinds[doc.value.kind])}\n`, stderr: '' };
    }
    case 'library-list':
    case 'library-import':
    case 'library-export':
    case 'library-check':
      // Loaded only for library commands: the library, its questionnaires and the Excel writer are half
      // of the CLI's code, and a cold `timantti report` or `score` should not compile them.
      return (await import('./library-commands')).runLibraryCommand(command, language, t, env);
    case 'compare':
      return runCompareCommand(command, language, t, (file) => load(file, t, language));
    case 'report':
      return runReportCommand(command, language, t, (file) => load(file, t, language));
    case 'score': {
      const doc = await load(command.file, t, language);
      if (!doc.ok) return doc.output;
      if (doc.value.kind !== 'assessment') return { code: EXIT.invalid, stdout: '', stderr: `${t.notAssessment(command.file, t.kinds[doc.value.kind])}\n` };
      const assessment = doc.value.value;
      const scores = scoreAssessment(assessment);
      return {
        code: EXIT.ok,
        stdout: command.json
          ? `${JSON.stringify(roundNumbersForExport(scoreJson(assessment, scores)), null, 2)}\n`
          : scoreText(assessment, scores, language, t),
        stderr: '',
      };
    }
  }
}

/** Reads and validates a questionnaire or assessment file; the failure is the CLI's output. */
export async function load(file: string, t: CliText, language: Language): Promise<{ ok: true; value: TimanttiDocument } | { ok: false; output: CliOutput }> {
  const read = await readInputFile(file, t);
  if (!read.ok) return { ok: false, output: { code: EXIT.invalid, stdout: '', stderr: `${read.message}\n` } };
  const validated: Validated<TimanttiDocument> = validateDocument(read.text);
  if (validated.ok) return validated;
  const shown = validated.issues.slice(0, MAX_ISSUES_SHOWN).map((issue) => `  ${formatIssue(issue, language)}`);
  const more = validated.issues.length > MAX_ISSUES_SHOWN ? [`  ${t.moreIssues(validated.issues.length - MAX_ISSUES_SHOWN)}`] : [];
  return {
    ok: false,
    output: { code: EXIT.invalid, stdout: '', stderr: [t.invalidHeader(file, validated.issues.length), ...shown, ...more].join('\n') + '\n' },
  };
}

/** The `--json` shape: the scores plus what identifies the assessment. */
export function scoreJson(assessment: Assessment, scores: AssessmentScores) {
  // The stages are what the screens and the report claim: none on too few answers, and v2's cap applied.
  const overall = overallClaim(scores);
  const stageInfo = overall.stage === null ? null : assessment.questionnaire.stages[overall.stage - 1];
  return {
    assessment: { id: assessment.id, title: assessment.title, client: assessment.client, date: assessment.date, language: assessment.language },
    questionnaire: { id: assessment.questionnaire.id, version: assessment.questionnaire.version },
    overall: scores.overall,
    stage: overall.stage,
    stageName: stageInfo ? stageInfo.name : null,
    stageCap: overall.capped ?? null,
    stageThresholds: scores.scale.thresholds,
    coverage: scores.coverage,
    areas: scores.areas.map(({ scale: _scale, ...area }) => ({ ...area, stage: areaClaim({ ...area, scale: scores.scale }).stage })),
    groups: scores.groups,
    participants: scores.participants,
    disagreements: scores.disagreements.map((s) => s.statementId),
  };
}

function scoreText(assessment: Assessment, scores: AssessmentScores, language: Language, t: CliText): string {
  const q = assessment.questionnaire;
  const f = (n: number | null) => formatScore(n, language);
  const lines: string[] = [];
  lines.push(`${assessment.client.name} — ${assessment.title} (${formatDate(assessment.date, language)})`);
  lines.push(
    `${q.title[language]} v${q.version} · ${t.participants(assessment.participants.length)} · ${t.coverage(scores.coverage.answered, scores.coverage.total, formatPercent(scores.coverage.share, language))}`,
  );
  lines.push('');
  const h = t.headings;
  const rows: string[][] = [[h.area, h.score, h.stage, h.target, h.gap, h.sd, h.coverage]];
  for (const area of scores.areas) {
    const title = q.areas.find((a) => a.id === area.areaId)?.title[language] ?? area.areaId;
    rows.push([
      title,
      f(area.score),
      stageCell(areaClaim(area)),
      f(area.target),
      f(area.gap),
      area.spread ? f(area.spread.sd) : '–',
      `${area.coverage.answered}/${area.coverage.total}`,
    ]);
  }
  lines.push(...textTable(rows));
  lines.push('');
  const overall = overallClaim(scores);
  const stage = overall.stage === null ? null : q.stages[overall.stage - 1];
  lines.push(
    scores.overall === null
      ? `${t.overall}: ${t.noScore}`
      : overall.stage === null
        ? `${t.overall} ${f(scores.overall)} — ${t.noStage(overall.scored, overall.total)}`
        : `${t.overall} ${f(scores.overall)} — ${t.stage} ${overall.stage}: ${stage?.name[language] ?? ''}`,
  );
  if (overall.capped) {
    const weakest = q.areas.find((a) => a.id === overall.capped!.areaId)?.title[language] ?? overall.capped.areaId;
    lines.push(t.stageCapped(weakest, overall.capped.areaStage, overall.capped.uncapped));
  }
  lines.push('');
  if (scores.disagreements.length === 0) lines.push(t.noDisagreements);
  else {
    lines.push(`${t.disagreements}:`);
    for (const s of scores.disagreements.slice(0, 5)) {
      const statement = q.areas.flatMap((a) => a.statements).find((st) => st.id === s.statementId);
      lines.push(`  ${statement?.text[language] ?? s.statementId} (${t.range(String(s.spread!.min), String(s.spread!.max))})`);
    }
  }
  return lines.join('\n') + '\n';
}

/** An area's stage as claimed: a number, "(osittainen)" below the coverage rule, or "–" without a score. */
const stageCell = (claim: ReturnType<typeof areaClaim>) => (claim.stage !== null ? String(claim.stage) : claim.partial ? '*' : '–');
