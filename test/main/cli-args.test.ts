import { describe, expect, it } from 'vitest';
import { parseCli } from '../../main/cli/args';
import { CLI_TEXT } from '../../main/cli/messages';

const FI = { LANG: 'fi_FI.UTF-8' };
const usageText = (argv: string[]) => {
  const { language, command } = parseCli(argv, FI);
  return command.kind === 'usage-error' ? command.message(CLI_TEXT[language]) : command.kind;
};

// main/cli/args.ts reads options with util.parseArgs; these pin the CLI's
// syntax as it was when it was parsed by hand (a differential run over
// 200,000 random command lines found no difference).
describe('timantti’s command line', () => {
  it('takes several earlier assessments after one --compare, inline, or with the flag repeated', () => {
    const { command } = parseCli(['report', 'a.json', '--compare', 'b.json', 'c.json', '--out', 'r.pdf', '--compare=d.json', '--compare', 'e.json'], FI);
    expect(command).toEqual({ kind: 'report', file: 'a.json', out: 'r.pdf', compare: ['b.json', 'c.json', 'd.json', 'e.json'], participants: 'names' });
  });

  it('takes values after a space or an equals sign, the last one winning', () => {
    expect(parseCli(['library', 'export', '--client=c-1', '--out', 'x.json', '--out=y.json', '--data', '/d', '--csv'], FI).command).toEqual({
      kind: 'library-export',
      clientId: 'c-1',
      out: 'y.json',
      csv: true,
      xlsx: false,
      dataDir: '/d',
    });
    // A value is taken as typed, even when it looks like an option.
    expect(parseCli(['report', 'a.json', '--out', '--compare'], FI).command).toMatchObject({ kind: 'report', out: '--compare', compare: [] });
  });

  it('words usage errors in the user’s language, naming the argument as typed', () => {
    expect(usageText(['validate', 'a.json', '--bogus=1'])).toBe('Tuntematon valinta "--bogus=1".');
    expect(usageText(['validate', 'a.json', '-hx'])).toBe('Tuntematon valinta "-hx".');
    expect(usageText(['validate', '--', 'a.json'])).toBe('Tuntematon valinta "--".');
    expect(usageText(['validate', 'a.json', '--toString'])).toBe('Tuntematon valinta "--toString".');
    expect(usageText(['report', 'a.json', '--out'])).toBe('Valinta --out vaatii arvon.');
    expect(usageText(['report', 'a.json', '--out=', 'x'])).toBe('Valinta --out vaatii arvon.');
    expect(usageText(['report', 'a.json', '--out', 'r.pdf', '--compare', '--json'])).toBe('Valinta --compare vaatii arvon.');
    expect(usageText(['score', 'a.json', '--compare', 'b.json'])).toBe('Tuntematon valinta "--compare".');
    expect(usageText(['validate', 'a.json', '--lang', 'sv'])).toBe('Valinta --lang vaatii arvon fi tai en.');
  });

  it('gives help for -h, --help, help or nothing, and --lang picks the messages’ language', () => {
    for (const argv of [['-h'], ['validate', '--help'], ['help'], []]) expect(parseCli(argv, FI).command, JSON.stringify(argv)).toEqual({ kind: 'help' });
    expect(parseCli(['--lang=en', 'frobnicate'], FI).language).toBe('en');
    expect(parseCli(['-', '--json'], FI).command).toMatchObject({ kind: 'usage-error' });
  });
});
