import { languageFromLocale, type Language } from '../../core/settings';
import type { CliText } from './messages';

export type LibraryCommand =
  | { kind: 'library-list'; json: boolean }
  | { kind: 'library-import'; file: string; replace: boolean }
  | { kind: 'library-export'; assessmentId?: string; clientId?: string; out?: string; csv: boolean }
  | { kind: 'library-check' };

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'validate'; file: string }
  | { kind: 'score'; file: string; json: boolean }
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

const VALUE_OPTIONS = new Set(['--lang', '--data', '--client', '--out', '--participants', '--logo']);
const FLAG_OPTIONS = new Set(['--json', '--help', '-h', '--replace', '--csv']);

/** Parses `timantti <command> [options]`; never throws, never exits. */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ParsedCli {
  let language = envLanguage(env);
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  const compare: string[] = [];
  let error: CliCommand | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string | undefined]) : [arg, undefined];
    if (name === '--compare') {
      // One or more files: `--compare a.json b.json`, `--compare=a.json`, or the flag repeated.
      const before = compare.length;
      if (inline !== undefined && inline !== '') compare.push(inline);
      else while (argv[i + 1] !== undefined && !(argv[i + 1] as string).startsWith('-')) compare.push(argv[++i] as string);
      if (compare.length === before) error ??= { kind: 'usage-error', message: (t) => t.missingValue(name) };
    } else if (FLAG_OPTIONS.has(name)) flags.add(name === '-h' ? '--help' : name);
    else if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') error ??= { kind: 'usage-error', message: (t) => t.missingValue(name) };
      else values.set(name, value);
    } else if (arg.startsWith('-') && arg !== '-') error ??= { kind: 'usage-error', message: (t) => t.unknownOption(arg) };
    else positional.push(arg);
  }
  const lang = values.get('--lang');
  let chosenLanguage: Language | undefined;
  if (lang !== undefined) {
    if (lang === 'fi' || lang === 'en') language = chosenLanguage = lang;
    else error ??= { kind: 'usage-error', message: (t) => t.badLang };
  }
  if (error) return { language, command: error };
  const usage = (message: (t: CliText) => string): ParsedCli => ({ language, command: { kind: 'usage-error', message } });
  const [name, ...rest] = positional;
  if (flags.has('--help') || name === undefined || name === 'help') return { language, command: { kind: 'help' } };
  if (compare.length > 0 && name !== 'report') return usage((t) => t.unknownOption('--compare'));
  const extra = (n: number) => (rest.length > n ? usage((t) => t.extraArgument(rest[n] as string)) : undefined);

  if (name === 'validate' || name === 'score') {
    const file = rest[0];
    if (file === undefined) return usage((t) => t.missingFile);
    return extra(1) ?? { language, command: name === 'validate' ? { kind: 'validate', file } : { kind: 'score', file, json: flags.has('--json') } };
  }
  if (name === 'report') {
    const file = rest[0];
    if (file === undefined) return usage((t) => t.missingFile);
    const out = values.get('--out');
    if (out === undefined) return usage((t) => t.missingOut);
    const participants = values.get('--participants') ?? 'names';
    if (participants !== 'names' && participants !== 'roles') return usage((t) => t.badParticipants);
    const logo = values.get('--logo');
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
    const dataDir = values.get('--data');
    const withData = <T extends object>(c: T) => (dataDir === undefined ? c : { ...c, dataDir });
    switch (sub) {
      case 'list':
        return usageIfExtra(rest, 1, usage) ?? { language, command: withData({ kind: 'library-list' as const, json: flags.has('--json') }) };
      case 'check':
        return usageIfExtra(rest, 1, usage) ?? { language, command: withData({ kind: 'library-check' as const }) };
      case 'import':
        if (arg === undefined) return usage((t) => t.missingFile);
        return usageIfExtra(rest, 2, usage) ?? { language, command: withData({ kind: 'library-import' as const, file: arg, replace: flags.has('--replace') }) };
      case 'export': {
        const clientId = values.get('--client');
        if (arg === undefined && clientId === undefined) return usage((t) => t.missingExportTarget);
        const out = values.get('--out');
        return (
          usageIfExtra(rest, 2, usage) ?? {
            language,
            command: withData({
              kind: 'library-export' as const,
              csv: flags.has('--csv'),
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
