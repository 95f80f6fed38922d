import type { Language } from '../../core/settings';

/** The CLI's own sentences, in both languages (validation messages live in core). */
export const CLI_TEXT = {
  fi: {
    usage: `Käyttö:
  timantti validate <tiedosto>          tarkistaa kyselylomakkeen, arvioinnin tai
                                        toimenpidekirjaston
  timantti score <arviointi> [--json]   laskee osa-alueiden pisteet, kokonaisindeksin,
                                        kypsyysvaiheen, hajonnan ja kattavuuden
  timantti library list [--json]        listaa kirjaston asiakkaat ja arvioinnit
  timantti library import <tiedosto> [--replace]
                                        tuo arvioinnin tai asiakkaan; olemassa oleva
                                        tuodaan kopiona, ellei anneta --replace
  timantti library export <arviointi-id> | --client <asiakas-id> [--csv | --xlsx] [--out <tiedosto>]
                                        vie arvioinnin tai koko asiakkaan tiedostoon
  timantti library check                tarkistaa jokaisen tiedoston; vioittuneet
                                        siirretään sivuun ja palautetaan varmuuskopiosta
  timantti compare <arviointi> <arviointi>... [--json] [--pdf <pdf>] [--csv <csv>]
                  [--xlsx <xlsx>]
                                        vertaa saman asiakkaan arvioita: osa-alueet ajan
                                        yli, muutokset, vaiheet, kattavuus, erimielisyys,
                                        ryhmien erot ja liiketoiminnan mittarit; --pdf
                                        kirjoittaa vertailuraportin, --csv ja --xlsx
                                        taulukot
  timantti report <arviointi> --out <pdf> [--lang fi|en] [--compare <aiempi>...]
                  [--participants names|roles] [--logo <png|jpg>]
                                        kirjoittaa johdon PDF-raportin; --compare tuo
                                        saman asiakkaan aiemmat arviot vertailuun,
                                        --participants roles jättää nimet pois
Valinnat:
  --lang fi|en   viestien ja raportin kieli (oletus: ympäristön kieli; raportille
                 arvioinnin oma kieli)
  --json         tulos koneluettavana JSONina
  --data <kansio>  kirjaston kansio (oletus: sovelluksen oma, tai TIMANTTI_DATA)
  --help         tämä ohje

Paluuarvot: 0 kunnossa, 1 virheellinen syöte, 2 väärä käyttö.
`,
    valid: (file: string, what: string) => `${file}: kelvollinen ${what}`,
    kinds: { questionnaire: 'kyselylomake', assessment: 'arviointi', 'action-library': 'toimenpidekirjasto' },
    invalidHeader: (file: string, n: number) => `${file}: ${n === 1 ? '1 virhe' : `${n} virhettä`}`,
    moreIssues: (n: number) => `…ja ${n} muuta`,
    notFound: (file: string) => `${file}: tiedostoa ei löydy`,
    unreadable: (file: string, reason: string) => `${file}: tiedostoa ei voi lukea (${reason})`,
    tooLarge: (file: string, mb: number) => `${file}: tiedosto on liian suuri (yli ${mb} Mt)`,
    notUtf8: (file: string) => `${file}: tiedosto ei ole UTF-8-tekstiä`,
    notAssessment: (file: string, what: string) => `${file}: tämä on ${what}, ei arviointi; pisteet ja raportti tehdään arvioinnista`,
    unknownCommand: (c: string) => `Tuntematon komento "${c}".`,
    unknownOption: (o: string) => `Tuntematon valinta "${o}".`,
    missingFile: 'Anna tiedoston nimi.',
    extraArgument: (a: string) => `Ylimääräinen argumentti "${a}".`,
    badLang: 'Valinta --lang vaatii arvon fi tai en.',
    missingValue: (o: string) => `Valinta ${o} vaatii arvon.`,
    missingExportTarget: 'Anna vietävän arvioinnin tunniste tai --client <asiakas-id>.',
    oneExportFormat: 'Valitse joko --csv tai --xlsx, ei molempia.',
    xlsxNeedsAssessment: '--xlsx vie yhden arvion Excel-työkirjaksi: anna arvion tunniste. Asiakkaan kaikki arviot saa CSV:nä (--client <asiakas-id> --csv).',
    missingLibraryCommand: 'Anna kirjastokomento: list, import, export tai check.',
    libraryUnavailable: (reason: string) => `Kirjastoa ei voi avata: ${reason}`,
    listEmpty: (dir: string) => `Kirjasto ${dir} on tyhjä.`,
    listHeadings: ['Päivä', 'Asiakas', 'Arviointi', 'Vaihe', 'Vastattu', 'Tunniste'],
    imported: (n: number, copies: number, replaced: number) => `Tuotiin ${n} arviointia (${copies} kopiona, ${replaced} korvattiin).`,
    importedCopy: (title: string, id: string, originalId: string) => `kopio: "${title}" ${id} (kirjastossa jo ${originalId})`,
    importRefused: (file: string, n: number) => `${file}: tuonti hylättiin, kirjastoon ei muutettu mitään (${n === 1 ? '1 virhe' : `${n} virhettä`}):`,
    exported: (file: string) => `Kirjoitettiin ${file}`,
    exists: (file: string) => `${file} on jo olemassa; anna toinen nimi valinnalla --out`,
    notFoundId: (id: string) => `Tunnistetta "${id}" ei löydy kirjastosta.`,
    checked: (n: number, snapshots: number) => `Tarkistettiin ${n} arviointitiedostoa ja ${snapshots} kysymyssarjan tallennetta.`,
    checkOk: 'Kaikki tiedostot ovat kunnossa.',
    eventText: {
      recovered: (file: string, from: string) => `${file}: vioittunut; siirretty sivuun ja palautettu varmuuskopiosta ${from}`,
      unrecoverable: (file: string) => `${file}: vioittunut eikä ehjää varmuuskopiota löytynyt; siirretty sivuun`,
      'newer-format': (file: string) => `${file}: tehty uudemmalla Timantilla; jätetty koskematta`,
      migrated: (file: string) => `${file}: päivitetty uuteen tiedostomuotoon (alkuperäinen varmuuskopioitu)`,
      missing: (file: string) => `${file}: puuttuu`,
      'snapshot-restored': (file: string) => `${file}: kysymyssarjan tallenne puuttui tai oli vioittunut; kirjoitettu uudelleen samanlaisesta kopiosta`,
      'backup-failed': (file: string, code: string) => `${file}: tallennettu, mutta varmuuskopiota ei voitu kirjoittaa (${code})`,
    },
    headings: { area: 'Osa-alue', score: 'Pisteet', stage: 'Vaihe', target: 'Tavoite', gap: 'Ero tavoitteeseen', sd: 'Hajonta', coverage: 'Vastattu' },
    participants: (n: number) => `${n} osallistujaa`,
    coverage: (answered: number, total: number, pct: string) => `vastattu ${answered}/${total} (${pct})`,
    overall: 'Kokonaisindeksi',
    stage: 'vaihe',
    noScore: 'ei pisteitä',
    noStage: (scored: number, total: number) =>
      `kypsyysvaihetta ei määritetä: vain ${scored}/${total} väittämää pisteytetty (* = osa-alueella liian vähän vastauksia)`,
    stageCapped: (area: string, areaStage: number, uncapped: number) =>
      `Kokonaisvaihe on enintään yhden vaiheen heikointa osa-aluetta korkeampi: ${area} on vaiheessa ${areaStage} (keskiarvo yksin antaisi vaiheen ${uncapped}).`,
    disagreements: 'Suurimmat erimielisyydet',
    noDisagreements: 'Ei merkittäviä erimielisyyksiä (kaikissa väittämissä äänet alle kahden tason päässä toisistaan).',
    range: (min: string, max: string) => `äänet ${min}–${max}`,
    missingOut: 'Anna PDF-tiedoston nimi valinnalla --out <tiedosto>.',
    badParticipants: 'Valinta --participants vaatii arvon names tai roles.',
    otherClient: (file: string, client: string, expected: string) =>
      `${file}: arvio on asiakkaalta ${client}, ei asiakkaalta ${expected}; vertailuun kelpaavat vain saman asiakkaan arviot`,
    sameAssessment: (file: string) => `${file}: sama arvio kuin raportoitava; vertaa aiempaan arvioon`,
    badLogo: (file: string) => `${file}: logon pitää olla PNG- tai JPEG-kuva (enintään 1 Mt)`,
    cannotWrite: (file: string, reason: string) => `${file}: PDF-tiedostoa ei voi kirjoittaa (${reason})`,
    reportWritten: (file: string, pages: number) => `Kirjoitettiin ${file} (${pages} sivua)`,
    fileWritten: (file: string) => `Kirjoitettiin ${file}`,
    compareNeedsTwo: 'Anna vähintään kaksi saman asiakkaan arviointia vertailtavaksi.',
    sameFileTwice: (file: string) => `${file}: sama arviointi on annettu kahdesti`,
    compare: {
      title: (client: string, n: number) => `${client} — ${n} arviointia`,
      questionnaire: (version: number) => `kysely v${version}`,
      change: 'Muutos',
      firstToLatest: 'Ensimmäisestä viimeisimpään',
      overall: 'Kokonaisindeksi',
      legend: 'Pisteet [vaihe]; * = liian vähän vastauksia vaiheelle; – = ei pisteitä tai osa-aluetta ei ole tässä kyselyssä.',
      scaleChanged:
        'Huom.: kyselyn versiot määrittävät vaiheet eri asteikolla (v2:ssa ylin vaihe alkaa 4,5:stä ja kokonaisvaihe on enintään heikoin osa-alue + 1); vaiheen muutos voi johtua asteikosta.',
      capped: (date: string, area: string, areaStage: number, uncapped: number) =>
        `${date}: kokonaisvaihe rajattu, koska ${area} on vaiheessa ${areaStage} (keskiarvo yksin antaisi vaiheen ${uncapped}).`,
      coverage: 'Kattavuus (pisteytetyt väittämät)',
      disagreement: 'Erimielisyys (väittämiä, joissa äänet vähintään kaksi tasoa erillään; äänten keskihajonta)',
      disagreementCell: (flagged: number, spread: string) => `${flagged} väittämää, hajonta ${spread}`,
      improved: 'Eniten parantuneet väittämät',
      declined: 'Eniten heikentyneet väittämät',
      none: 'ei yhtään',
      unmatched: (from: string, to: string) => `Vertailukelvottomat väittämät ${from} → ${to}`,
      basisMapping: 'väittämät yhdistetty kyselyversioiden dokumentoidulla vastaavuudella',
      basisId: 'väittämät yhdistetty tunnisteen perusteella',
      replaced: (from: string, to: string) => `korvattu: ${from} → ${to} (eri merkitys, ei verrata)`,
      removed: (id: string) => `vain aiemmassa: ${id}`,
      added: (id: string) => `vain myöhemmässä: ${id}`,
      areaOnlyBefore: (id: string) => `osa-alue vain aiemmassa: ${id}`,
      areaOnlyAfter: (id: string) => `osa-alue vain myöhemmässä: ${id}`,
      allMatched: 'kaikki väittämät vertailukelpoisia',
      groups: (date: string) => `Ryhmien erot ${date} (suurin ero ensin)`,
      gap: 'Ero',
      oneMember: '(1 jäsen)',
      noGroups: 'Ryhmiä ei ole merkitty.',
      // Group names are the user's words and cannot be inflected: no "ryhmien X ja Y välillä".
      groupPair: (a: string, b: string) => `Ryhmien ero: ${a} − ${b}`,
      trend: { narrowed: 'kaventunut', widened: 'kasvanut', flat: 'ennallaan' },
      kpis: 'Liiketoiminnan mittarit (rinnakkain arvioiden kanssa; syy-yhteyttä ei päätellä)',
      noKpis: 'Liiketoiminnan mittareita ei ole kirjattu.',
      kpiDiffers: '(määritelmä muuttunut arvioiden välillä)',
    },
  },
  en: {
    usage: `Usage:
  timantti validate <file>              checks a questionnaire, an assessment or an
                                        action library
  timantti score <assessment> [--json]  area scores, overall index, maturity stage,
                                        spread and coverage
  timantti library list [--json]        lists the library's clients and assessments
  timantti library import <file> [--replace]
                                        imports an assessment or a client; an existing
                                        id is imported as a copy unless --replace
  timantti library export <assessment-id> | --client <client-id> [--csv | --xlsx] [--out <file>]
                                        exports an assessment or a whole client
  timantti library check                verifies every file; damaged ones are set aside
                                        and restored from a backup
  timantti compare <assessment> <assessment>... [--json] [--pdf <pdf>] [--csv <csv>]
                  [--xlsx <xlsx>]
                                        compares assessments of one client: areas over
                                        time, changes, stages, coverage, disagreement,
                                        group gaps and business KPIs; --pdf writes the
                                        comparison report, --csv and --xlsx the tables
  timantti report <assessment> --out <pdf> [--lang fi|en] [--compare <earlier>...]
                  [--participants names|roles] [--logo <png|jpg>]
                                        writes the executive PDF report; --compare adds
                                        earlier assessments of the same client,
                                        --participants roles leaves names out
Options:
  --lang fi|en   language of the messages and the report (default: from the
                 environment; for the report, the assessment's own language)
  --json         machine-readable JSON output
  --data <dir>   the library's folder (default: the app's own, or TIMANTTI_DATA)
  --help         this help

Exit codes: 0 ok, 1 invalid input, 2 usage error.
`,
    valid: (file: string, what: string) => `${file}: valid ${what}`,
    kinds: { questionnaire: 'questionnaire', assessment: 'assessment', 'action-library': 'action library' },
    invalidHeader: (file: string, n: number) => `${file}: ${n === 1 ? '1 problem' : `${n} problems`}`,
    moreIssues: (n: number) => `…and ${n} more`,
    notFound: (file: string) => `${file}: no such file`,
    unreadable: (file: string, reason: string) => `${file}: cannot read the file (${reason})`,
    tooLarge: (file: string, mb: number) => `${file}: the file is too large (over ${mb} MB)`,
    notUtf8: (file: string) => `${file}: the file is not UTF-8 text`,
    notAssessment: (file: string, what: string) =>
      `${file}: this is ${what.startsWith('a') ? 'an' : 'a'} ${what}, not an assessment; scores and reports come from an assessment`,
    unknownCommand: (c: string) => `Unknown command "${c}".`,
    unknownOption: (o: string) => `Unknown option "${o}".`,
    missingFile: 'Give a file name.',
    extraArgument: (a: string) => `Unexpected argument "${a}".`,
    badLang: '--lang needs fi or en.',
    missingValue: (o: string) => `${o} needs a value.`,
    missingExportTarget: 'Give the id of the assessment to export, or --client <client-id>.',
    oneExportFormat: 'Choose --csv or --xlsx, not both.',
    xlsxNeedsAssessment:
      "--xlsx exports one assessment as an Excel workbook: give its id. All of a client's assessments go to CSV (--client <client-id> --csv).",
    missingLibraryCommand: 'Give a library command: list, import, export or check.',
    libraryUnavailable: (reason: string) => `The library cannot be opened: ${reason}`,
    listEmpty: (dir: string) => `The library ${dir} is empty.`,
    listHeadings: ['Date', 'Client', 'Assessment', 'Stage', 'Answered', 'Id'],
    imported: (n: number, copies: number, replaced: number) => `Imported ${n} assessment(s) (${copies} as copies, ${replaced} replaced).`,
    importedCopy: (title: string, id: string, originalId: string) => `copy: "${title}" ${id} (the library already had ${originalId})`,
    importRefused: (file: string, n: number) => `${file}: import refused, nothing in the library was changed (${n === 1 ? '1 problem' : `${n} problems`}):`,
    exported: (file: string) => `Wrote ${file}`,
    exists: (file: string) => `${file} already exists; choose another name with --out`,
    notFoundId: (id: string) => `No "${id}" in the library.`,
    checked: (n: number, snapshots: number) => `Checked ${n} assessment file(s) and ${snapshots} questionnaire snapshot(s).`,
    checkOk: 'All files are in order.',
    eventText: {
      recovered: (file: string, from: string) => `${file}: damaged; set aside and restored from the backup of ${from}`,
      unrecoverable: (file: string) => `${file}: damaged and no good backup found; set aside`,
      'newer-format': (file: string) => `${file}: made by a newer Timantti; left untouched`,
      migrated: (file: string) => `${file}: upgraded to the current file format (original backed up)`,
      missing: (file: string) => `${file}: missing`,
      'snapshot-restored': (file: string) => `${file}: questionnaire snapshot was missing or damaged; written again from an identical copy`,
      'backup-failed': (file: string, code: string) => `${file}: saved, but its backup could not be written (${code})`,
    },
    headings: { area: 'Area', score: 'Score', stage: 'Stage', target: 'Target', gap: 'Gap', sd: 'Spread', coverage: 'Answered' },
    participants: (n: number) => `${n} participants`,
    coverage: (answered: number, total: number, pct: string) => `answered ${answered}/${total} (${pct})`,
    overall: 'Overall index',
    stage: 'stage',
    noScore: 'no score',
    noStage: (scored: number, total: number) => `no maturity stage: only ${scored} of ${total} statements scored (* = too few answers in the area)`,
    stageCapped: (area: string, areaStage: number, uncapped: number) =>
      `The overall stage is at most one above the weakest area: ${area} is at stage ${areaStage} (the mean alone would give stage ${uncapped}).`,
    disagreements: 'Biggest disagreements',
    noDisagreements: 'No notable disagreement (on every statement the votes were less than two levels apart).',
    range: (min: string, max: string) => `votes ${min}–${max}`,
    missingOut: 'Give the PDF file name with --out <file>.',
    badParticipants: '--participants needs names or roles.',
    otherClient: (file: string, client: string, expected: string) =>
      `${file}: this assessment is of ${client}, not ${expected}; only assessments of the same client can be compared`,
    sameAssessment: (file: string) => `${file}: the same assessment as the one reported; compare with an earlier one`,
    badLogo: (file: string) => `${file}: the logo must be a PNG or JPEG image (1 MB at most)`,
    cannotWrite: (file: string, reason: string) => `${file}: cannot write the PDF (${reason})`,
    reportWritten: (file: string, pages: number) => `Wrote ${file} (${pages} pages)`,
    fileWritten: (file: string) => `Wrote ${file}`,
    compareNeedsTwo: 'Give at least two assessments of the same client to compare.',
    sameFileTwice: (file: string) => `${file}: the same assessment was given twice`,
    compare: {
      title: (client: string, n: number) => `${client} — ${n} assessments`,
      questionnaire: (version: number) => `questionnaire v${version}`,
      change: 'Change',
      firstToLatest: 'First to latest',
      overall: 'Overall index',
      legend: 'Score [stage]; * = too few answers for a stage; – = no score, or the area is not in that questionnaire.',
      scaleChanged:
        'Note: the questionnaire versions claim stages on different scales (in v2 the top stage starts at 4.5 and the overall stage is at most the weakest area + 1); a stage change may come from the scale.',
      capped: (date: string, area: string, areaStage: number, uncapped: number) =>
        `${date}: overall stage capped because ${area} is at stage ${areaStage} (the mean alone would give stage ${uncapped}).`,
      coverage: 'Coverage (statements scored)',
      disagreement: 'Disagreement (statements with votes two or more levels apart; mean spread of the votes)',
      disagreementCell: (flagged: number, spread: string) => `${flagged} statements, spread ${spread}`,
      improved: 'Statements improved most',
      declined: 'Statements declined most',
      none: 'none',
      unmatched: (from: string, to: string) => `Statements not compared ${from} → ${to}`,
      basisMapping: 'statements matched by the documented mapping between the questionnaire versions',
      basisId: 'statements matched by id',
      replaced: (from: string, to: string) => `replaced: ${from} → ${to} (different meaning, not compared)`,
      removed: (id: string) => `only in the earlier: ${id}`,
      added: (id: string) => `only in the later: ${id}`,
      areaOnlyBefore: (id: string) => `area only in the earlier: ${id}`,
      areaOnlyAfter: (id: string) => `area only in the later: ${id}`,
      allMatched: 'every statement comparable',
      groups: (date: string) => `Group gaps ${date} (largest first)`,
      gap: 'Gap',
      oneMember: '(1 member)',
      noGroups: 'No participant groups were set.',
      groupPair: (a: string, b: string) => `Gap between ${a} and ${b} (${a} − ${b})`,
      trend: { narrowed: 'narrowed', widened: 'widened', flat: 'unchanged' },
      kpis: 'Business KPIs (side by side with the assessments; no cause is inferred)',
      noKpis: 'No business KPIs recorded.',
      kpiDiffers: '(definition changed between assessments)',
    },
  },
} satisfies Record<Language, unknown>;

export type CliText = (typeof CLI_TEXT)['fi'];
