/** Finnish UI texts. The source of truth for keys: en.ts must match this shape. */
export const fi = {
  app: {
    name: 'Timantti',
    tagline: 'B2B-asiakaskokemuksen johtamisen kypsyysarvio',
    skipToContent: 'Siirry sisältöön',
  },
  language: {
    label: 'Kieli',
    fi: 'Suomi',
    en: 'English',
  },
  start: {
    title: 'Asiakaskokemuksen timantti',
    lead: 'Arvioi asiakkaan johtoryhmän kanssa, miten hyvin asiakaskokemusta johdetaan: yhdeksän osa-aluetta, viisi tasoa kussakin. Tuloksena tutkakaavio, kypsyystaso ja johdolle raportti tiekarttoineen.',
    diamondHeading: 'Timantin yhdeksän osa-aluetta',
    offline: 'Toimii ilman verkkoyhteyttä. Asiakastiedot pysyvät tällä tietokoneella.',
  },
  layers: {
    core: 'Ydin',
    foundation: 'Perusfundamentit',
    enabler: 'Mahdollistajat',
    verification: 'Todentaminen',
    outcome: 'Lopputulos',
  },
  areas: {
    'customer-understanding': 'Asiakasymmärrys',
    strategy: 'Strategia',
    brand: 'Brändi',
    culture: 'Kulttuuri ja henkilöstökokemus',
    organization: 'Organisaatio ja prosessit',
    emotion: 'Tunnekokemus',
    technology: 'Teknologia',
    measurement: 'Mittaaminen',
    'business-benefits': 'Liiketoimintahyödyt',
  },
  about: {
    version: 'Versio {{version}}',
    dataDir: 'Tiedot: {{dataDir}}',
    shellDesktop: 'Työpöytäsovellus',
    shellWeb: 'Selaintila',
  },
  errors: {
    'invalid-input': 'Syöte ei kelpaa.',
    'unknown-channel': 'Tuntematon toiminto.',
    forbidden: 'Toiminto estettiin.',
    'not-found': 'Tietoa ei löytynyt.',
    conflict: 'Tieto on muuttunut toisaalla.',
    'storage-failed': 'Tallennus epäonnistui. Tiedot ovat yhä muistissa; yritetään uudelleen.',
    'library-unavailable': 'Arviointikirjastoa ei voitu avata: se on ehkä auki toisessa Timantti-ikkunassa tai komentorivityökalussa.',
    'newer-format': 'Tiedosto on tehty uudemmalla Timantin versiolla. Päivitä Timantti.',
    internal: 'Odottamaton virhe.',
    loadFailed: 'Sovelluksen tietoja ei saatu ladattua: {{message}}',
  },
};

/** Every UI text, keyed the same way in each language. */
export type Messages = typeof fi;
