import { parseArgs, type ParseArgsConfig } from 'node:util';
import { languageFromLocale, type Language } from '../../core/settings';
import type { CliText } from './messages';

export type LibraryCommand =
  | { kind: 'library-list'; json: boolean }
  | { kind: 'library-import'; file: string; replace: boolean }
  | { kind: 'library-export'; assessmentId?: string; clientId?: string; out?: string; csv: boolean; xlsx: boolean }
  | { kind: 'library-check' };

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'validate'; file: string }
  | { kind: 'score'; file: string; json: boolean }
  /** `timantti compare <a.json> <b.json>... [--json] [--pdf <out.pdf>] [--csv <out.csv>] [--xlsx <out.xlsx>]`: two or more assessments of one client. */
  | { kind: 'compare'; files: string[]; json: boolean; pdf?: string; csv?: string; xlsx?: string }
  | ReportCommand
  | (LibraryCommand & { dataDir?: string })
  | { kind: 'usage-error'; message: (t: CliText) => string };

/** `timantti report <assessment> --out <pdf> [--lang fi|en] [--compare <earlier>...] [--participants names|roles] [--logo <png|jpg>]` */
export interface ReportCommand {
  kind: 'report';
  file: string;
  out: string;
  /** Given with --lang: the report's language (otherwise the assessment's own). */
  language?: Language;
  compare: string[];
  participants: 'names' | 'roles';
  logo?: string;
}

export interface ParsedCli {
  language: Language;
  command: CliCommand;
}

/** The language for messages: --lang, else the environment's locale. */
function envLanguage(env: NodeJS.ProcessEnv): Language {
  return languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}

/** Every option the CLI knows; `parseArgs` reads them, we word the errors (in the user's language). */
const OPTIONS = {
  lang: { type: 'string' },
  data: { type: 'string' },
  client: { type: 'string' },
  out: { type: 'string' },
  participants: { type: 'string' },
  logo: { type: 'string' },
  pdf: { type: 'string' },
  compare: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  replace: { type: 'boolean' },
  csv: { type: 'boolean' },
  xlsx: { type: 'boolean' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;
type OptionName = keyof typeof OPTIONS;
const isOption = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

/**
 * `--compare a.json b.json` takes every following argument up to the next
 * option; `parseArgs` takes one value per flag, so the list is rewritten as
 * `--compare=a.json --compare=b.json` first (`multiple: true` collects them).
 * A `--compare` with nothing after it becomes `--compare=`, reported as
 * missing its value.
 */
function spreadCompare(argv: readonly string[]): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    // Another option's value is taken as is, even when it reads "--compare".
    if (isOption(name) && name !== 'compare' && OPTIONS[name].type === 'string') {
      args.push(arg, ...(i + 1 < argv.length ? [argv[++i] as string] : []));
      continue;
    }
    if (arg !== '--compare' && arg !== '--compare=') {
      args.push(arg);
      continue;
    }
    const files: string[] = [];
    while (argv[i + 1] !== undefined && !(argv[i + 1] as string).startsWith('-')) files.push(argv[++i] as string);
    args.push(...(files.length ? files.map((f) => `--compare=${f}`) : ['--compare=']));
  }
  return args;
}

/**
 * `timantti compare … --csv out.csv --xlsx out.xlsx`: there `--csv` and
 * `--xlsx` name the file to write (elsewhere they are switches), so their
 * next argument is joined to them as `--csv=out.csv` for `parseArgs`.
 */
function joinCompareOutputs(argv: readonly string[]): string[] {
  let first: string | undefined;
  for (let i = 0; i < argv.length && first === undefined; i++) {
    const arg = argv[i] as string;
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    if (isOption(name) && OPTIONS[name].type === 'string') i++;
    else if (!arg.startsWith('-')) first = arg;
  }
  if (first !== 'compare') return [...argv];
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const next = argv[i + 1];
    if ((arg === '--csv' || arg === '--xlsx') && next !== undefined && !next.startsWith('-')) {
      args.push(`${arg}=${next}`);
      i++;
    } else args.push(arg);
  }
  return args;
}

/** Parses `timantti <command> [options]`; never throws, never exits. */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ParsedCli {
  let language = envLanguage(env);
  const args = spreadCompare(joinCompareOutputs(argv));
  // Not strict: parseArgs' own errors are English sentences. Unknown options
  // and missing values are found in the tokens and worded by CliText instead.
  const { values, positionals, tokens } = parseArgs({ args, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  let error: CliCommand | undefined;
  for (const token of tokens) {
    if (error) break;
    // `--` ends options in parseArgs; Timantti has never accepted it.
    if (token.kind === 'option-terminator') error = { kind: 'usage-error', message: (t) => t.unknownOption('--') };
    if (token.kind !== 'option') continue;
    // The argument as typed ("-hx", "--bogus=1"), not parseArgs' split of it.
    const raw = args[token.index] as string;
    if (!isOption(token.name)) error = { kind: 'usage-error', message: (t) => t.unknownOption(raw) };
    else if (OPTIONS[token.name].type === 'string' && (token.value === undefined || token.value === '')) {
      const name = token.rawName;
      error = { kind: 'usage-error', message: (t) => t.missingValue(name) };
    }
  }
  const text = (name: Exclude<OptionName, 'compare'>): string | undefined => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const flags = new Set((['json', 'help', 'replace', 'csv', 'xlsx'] as const).filter((name) => values[name] !== undefined));
  const compare = ((values.compare ?? []) as string[]).filter((f) => f !== '');
  const lang = text('lang');
  let chosenLanguage: Language | undefined;
  if (lang !== undefined) {
    if (lang === 'fi' || lang === 'en') language = chosenLanguage = lang;
    else error ??= { kind: 'usage-error', message: (t) => t.badLang };
  }
  if (error) return { language, command: error };
  const usage = (message: (t: CliText) => string): ParsedCli => ({ language, command: { kind: 'usage-error', message } });
  const [name, ...rest] = positionals;
  if (flags.has('help') || name === undefined || name === 'help') return { language, command: { kind: 'help' } };
  if (compare.length > 0 && name !== 'report') return usage((t) => t.unknownOption('--compare'));
  const extra = (n: number) => (rest.length > n ? usage((t) => t.extraArgument(rest[n] as string)) : undefined);

  if (name === 'validate' || name === 'score') {
    const file = rest[0];
    if (file === undefined) return usage((t) => t.missingFile);
    return extra(1) ?? { language, command: name === 'validate' ? { kind: 'validate', file } : { kind: 'score', file, json: flags.has('json') } };
  }
  if (name === 'compare') {
    if (rest.length < 2) return usage((t) => t.compareNeedsTwo);
    const file = (name: 'csv' | 'xlsx') => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
    for (const name of ['csv', 'xlsx'] as const) if (values[name] === true) return usage((t) => t.missingValue(`--${name}`));
    const [pdf, csv, xlsx] = [text('pdf'), file('csv'), file('xlsx')];
    return {
      language,
      command: { kind: 'compare', files: rest, json: flags.has('json'), ...(pdf ? { pdf } : {}), ...(csv ? { csv } : {}), ...(xlsx ? { xlsx } : {}) },
    };
  }
  if (name === 'report') {
    const file = rest[0];
    if (file === undefined) return usage((t) => t.missingFile);
    const out = text('out');
    if (out === undefined) return usage((t) => t.missingOut);
    const participants = text('participants') ?? 'names';
    if (participants !== 'names' && participants !== 'roles') return usage((t) => t.badParticipants);
    const logo = text('logo');
    return (
      extra(1) ?? {
        language,
        command: {
          kind: 'report',
          file,
          out,
          compare,
          participants,
          ...(chosenLanguage ? { language: chosenLanguage } : {}),
          ...(logo ? { logo } : {}),
        },
      }
    );
  }
  if (name === 'library') {
    const [sub, arg] = rest;
    const dataDir = text('data');
    const withData = <T extends object>(c: T) => (dataDir === undefined ? c : { ...c, dataDir });
    switch (sub) {
      case 'list':
        return usageIfExtra(rest, 1, usage) ?? { language, command: withData({ kind: 'library-list' as const, json: flags.has('json') }) };
      case 'check':
        return usageIfExtra(rest, 1, usage) ?? { language, command: withData({ kind: 'library-check' as const }) };
      case 'import':
        if (arg === undefined) return usage((t) => t.missingFile);
        return usageIfExtra(rest, 2, usage) ?? { language, command: withData({ kind: 'library-import' as const, file: arg, replace: flags.has('replace') }) };
      case 'export': {
        const clientId = text('client');
        if (arg === undefined && clientId === undefined) return usage((t) => t.missingExportTarget);
        if (flags.has('csv') && flags.has('xlsx')) return usage((t) => t.oneExportFormat);
        // A workbook is one assessment's summary and answers; a client's several go to CSV.
        if (flags.has('xlsx') && arg === undefined) return usage((t) => t.xlsxNeedsAssessment);
        const out = text('out');
        return (
          usageIfExtra(rest, 2, usage) ?? {
            language,
            command: withData({
              kind: 'library-export' as const,
              csv: flags.has('csv'),
              xlsx: flags.has('xlsx'),
              ...(arg ? { assessmentId: arg } : {}),
              ...(clientId ? { clientId } : {}),
              ...(out ? { out } : {}),
            }),
          }
        );
      }
      default:
        return usage((t) => (sub === undefined ? t.missingLibraryCommand : t.unknownCommand(`library ${sub}`)));
    }
  }
  return usage((t) => t.unknownCommand(name));
}

function usageIfExtra(rest: string[], n: number, usage: (m: (t: CliText) => string) => ParsedCli): ParsedCli | undefined {
  return rest.length > n ? usage((t) => t.extraArgument(rest[n] as string)) : undefined;
}
