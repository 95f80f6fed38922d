import { languageFromLocale, type Language } from '../../core/settings';

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'validate'; file: string }
  | { kind: 'score'; file: string; json: boolean }
  | {
      kind: 'usage-error';
      message: (t: {
        unknownCommand: (c: string) => string;
        unknownOption: (o: string) => string;
        missingFile: string;
        extraArgument: (a: string) => string;
        badLang: string;
      }) => string;
    };

export interface ParsedCli {
  language: Language;
  command: CliCommand;
}

/** The language for messages: --lang, else the environment's locale. */
function envLanguage(env: NodeJS.ProcessEnv): Language {
  return languageFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}

/** Parses `timantti <command> [options]`; never throws, never exits. */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ParsedCli {
  let language = envLanguage(env);
  let json = false;
  let help = false;
  const positional: string[] = [];
  let error: CliCommand | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value === 'fi' || value === 'en') language = value;
      else error ??= { kind: 'usage-error', message: (t) => t.badLang };
    } else if (arg.startsWith('-') && arg !== '-') error ??= { kind: 'usage-error', message: (t) => t.unknownOption(arg) };
    else positional.push(arg);
  }
  if (error) return { language, command: error };
  const [name, file, extra] = positional;
  if (help || name === undefined || name === 'help') return { language, command: { kind: 'help' } };
  if (name !== 'validate' && name !== 'score') return { language, command: { kind: 'usage-error', message: (t) => t.unknownCommand(name) } };
  if (file === undefined) return { language, command: { kind: 'usage-error', message: (t) => t.missingFile } };
  if (extra !== undefined) return { language, command: { kind: 'usage-error', message: (t) => t.extraArgument(extra) } };
  return { language, command: name === 'validate' ? { kind: 'validate', file } : { kind: 'score', file, json } };
}
