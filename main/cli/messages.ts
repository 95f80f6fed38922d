import type { Language } from '../../core/settings';

/** The CLI's own sentences, in both languages (validation messages live in core). */
export const CLI_TEXT = {
  fi: {
    usage: `Käyttö:
  timantti validate <tiedosto>          tarkistaa kyselylomakkeen tai arvioinnin
  timantti score <arviointi> [--json]   laskee osa-alueiden pisteet, kokonaisindeksin,
                                        kypsyysvaiheen, hajonnan ja kattavuuden
Valinnat:
  --lang fi|en   viestien kieli (oletus: ympäristön kieli)
  --json         tulos koneluettavana JSONina
  --help         tämä ohje

Paluuarvot: 0 kunnossa, 1 virheellinen syöte, 2 väärä käyttö.
`,
    valid: (file: string, what: string) => `${file}: kelvollinen ${what}`,
    questionnaire: 'kyselylomake',
    assessment: 'arviointi',
    invalidHeader: (file: string, n: number) => `${file}: ${n === 1 ? '1 virhe' : `${n} virhettä`}`,
    moreIssues: (n: number) => `…ja ${n} muuta`,
    notFound: (file: string) => `${file}: tiedostoa ei löydy`,
    unreadable: (file: string, reason: string) => `${file}: tiedostoa ei voi lukea (${reason})`,
    tooLarge: (file: string, mb: number) => `${file}: tiedosto on liian suuri (yli ${mb} Mt)`,
    notUtf8: (file: string) => `${file}: tiedosto ei ole UTF-8-tekstiä`,
    notAssessment: (file: string) => `${file}: tämä on kyselylomake; pisteet lasketaan arvioinnista`,
    unknownCommand: (c: string) => `Tuntematon komento "${c}".`,
    unknownOption: (o: string) => `Tuntematon valinta "${o}".`,
    missingFile: 'Anna tiedoston nimi.',
    extraArgument: (a: string) => `Ylimääräinen argumentti "${a}".`,
    badLang: 'Valinta --lang vaatii arvon fi tai en.',
    headings: { area: 'Osa-alue', score: 'Pisteet', stage: 'Vaihe', target: 'Tavoite', gap: 'Kuilu', sd: 'Hajonta', coverage: 'Vastattu' },
    participants: (n: number) => `${n} osallistujaa`,
    coverage: (answered: number, total: number, pct: string) => `vastattu ${answered}/${total} (${pct})`,
    overall: 'Kokonaisindeksi',
    stage: 'vaihe',
    noScore: 'ei pisteitä',
    disagreements: 'Suurimmat erimielisyydet',
    noDisagreements: 'Ei merkittäviä erimielisyyksiä (kaikissa väittämissä äänet alle kahden tason päässä toisistaan).',
    range: (min: string, max: string) => `äänet ${min}–${max}`,
  },
  en: {
    usage: `Usage:
  timantti validate <file>              checks a questionnaire or an assessment
  timantti score <assessment> [--json]  area scores, overall index, maturity stage,
                                        spread and coverage
Options:
  --lang fi|en   language of the messages (default: from the environment)
  --json         machine-readable JSON output
  --help         this help

Exit codes: 0 ok, 1 invalid input, 2 usage error.
`,
    valid: (file: string, what: string) => `${file}: valid ${what}`,
    questionnaire: 'questionnaire',
    assessment: 'assessment',
    invalidHeader: (file: string, n: number) => `${file}: ${n === 1 ? '1 problem' : `${n} problems`}`,
    moreIssues: (n: number) => `…and ${n} more`,
    notFound: (file: string) => `${file}: no such file`,
    unreadable: (file: string, reason: string) => `${file}: cannot read the file (${reason})`,
    tooLarge: (file: string, mb: number) => `${file}: the file is too large (over ${mb} MB)`,
    notUtf8: (file: string) => `${file}: the file is not UTF-8 text`,
    notAssessment: (file: string) => `${file}: this is a questionnaire; scores come from an assessment`,
    unknownCommand: (c: string) => `Unknown command "${c}".`,
    unknownOption: (o: string) => `Unknown option "${o}".`,
    missingFile: 'Give a file name.',
    extraArgument: (a: string) => `Unexpected argument "${a}".`,
    badLang: '--lang needs fi or en.',
    headings: { area: 'Area', score: 'Score', stage: 'Stage', target: 'Target', gap: 'Gap', sd: 'Spread', coverage: 'Answered' },
    participants: (n: number) => `${n} participants`,
    coverage: (answered: number, total: number, pct: string) => `answered ${answered}/${total} (${pct})`,
    overall: 'Overall index',
    stage: 'stage',
    noScore: 'no score',
    disagreements: 'Biggest disagreements',
    noDisagreements: 'No notable disagreement (on every statement the votes were less than two levels apart).',
    range: (min: string, max: string) => `votes ${min}–${max}`,
  },
} satisfies Record<Language, unknown>;

export type CliText = (typeof CLI_TEXT)['fi'];
