/**
 * Writes the example assessments in assessments/examples/ (used by tests and
 * demos). Deterministic: the same script gives the same files. The scores
 * are generated from a hand-set profile per client (area means, each
 * participant's tendency to rate high or low) so they look like a real
 * workshop: leadership rates higher than the front line, some statements
 * split the room, a few are not applicable or unknown. Notes are written by hand.
 *
 *   npx tsx scripts/make-examples.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSESSMENT_FORMAT_VERSION, type AnswerValue, type Assessment, type Participant, type StatementAnswer } from '../core/assessment/schema';
import { validateAssessment, validateQuestionnaire } from '../core/validation/validate';
import { prng } from './prng';

const root = join(import.meta.dirname, '..');
const q = validateQuestionnaire(JSON.parse(readFileSync(join(root, 'assessments/questionnaires/b2b-cx-diamond-v1.json'), 'utf8')));
if (!q.ok) throw new Error('questionnaire invalid');
const questionnaire = q.value;

interface Profile {
  seed: number;
  id: string;
  client: { id: string; name: string };
  title: string;
  date: string;
  language: 'fi' | 'en';
  consultant: string;
  participants: (Participant & { bias: number })[];
  areaMeans: Record<string, number>;
  /** Share of statements where the team also agreed a score. */
  agreedShare: number;
  notes: Record<string, string>;
  evidence?: Record<string, string>;
  areas?: Assessment['areas'];
  /** Statements the whole team found not applicable / could not judge. */
  agreedNa?: string[];
  dontKnow?: Record<string, string[]>;
}

const clamp = (n: number) => Math.min(5, Math.max(1, Math.round(n)));

function build(p: Profile): Assessment {
  const rand = prng(p.seed);
  const answers: Record<string, StatementAnswer> = {};
  for (const area of questionnaire.areas) {
    for (const statement of area.statements) {
      const base = (p.areaMeans[area.id] ?? 3) + (rand() - 0.5) * 0.9;
      const votes: Record<string, AnswerValue> = {};
      for (const person of p.participants) {
        const noise = rand() < 0.18 ? (rand() < 0.5 ? -1 : 1) : 0;
        votes[person.id] = clamp(base + person.bias + noise + (rand() - 0.5) * 0.6);
      }
      for (const who of p.dontKnow?.[statement.id] ?? []) votes[who] = 'dont-know';
      const answer: StatementAnswer = { votes };
      if (p.agreedNa?.includes(statement.id)) answer.agreed = 'na';
      else if (rand() < p.agreedShare) {
        const levels = Object.values(votes).filter((v): v is number => typeof v === 'number');
        answer.agreed = clamp(levels.reduce((a, b) => a + b, 0) / levels.length + (rand() < 0.2 ? -0.5 : 0));
      }
      if (p.notes[statement.id]) answer.note = p.notes[statement.id];
      if (p.evidence?.[statement.id]) answer.evidence = p.evidence[statement.id];
      answers[statement.id] = answer;
    }
  }
  const assessment: Assessment = {
    kind: 'timantti-assessment',
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id: p.id,
    client: p.client,
    title: p.title,
    date: p.date,
    language: p.language,
    consultant: p.consultant,
    createdAt: `${p.date}T07:30:00.000Z`,
    updatedAt: `${p.date}T11:45:00.000Z`,
    questionnaire,
    participants: p.participants.map(({ bias: _bias, ...person }) => person),
    answers,
    ...(p.areas ? { areas: p.areas } : {}),
  };
  const checked = validateAssessment(assessment);
  if (!checked.ok) throw new Error(`${p.id}: ${JSON.stringify(checked.issues.slice(0, 3))}`);
  return checked.value;
}

const nordtekPeople: Profile['participants'] = [
  { id: 'anna', name: 'Anna Laaksonen', role: 'Toimitusjohtaja', group: 'johto', bias: 0.45 },
  { id: 'mikko', name: 'Mikko Heinonen', role: 'Myyntijohtaja', group: 'johto', bias: 0.35 },
  { id: 'sari', name: 'Sari Koskinen', role: 'Talousjohtaja', group: 'johto', bias: 0 },
  { id: 'jukka', name: 'Jukka Niemi', role: 'Huoltopäällikkö', group: 'asiakaspalvelu', bias: -0.35 },
  { id: 'laura', name: 'Laura Virtanen', role: 'Asiakaspalvelupäällikkö', group: 'asiakaspalvelu', bias: -0.6 },
  { id: 'teemu', name: 'Teemu Saarinen', role: 'Kenttähuollon esimies', group: 'asiakaspalvelu', bias: -0.3 },
];

const nordtek2026: Profile = {
  seed: 2026,
  id: 'nordtek-2026',
  client: { id: 'nordtek', name: 'Nordtek Huolto Oy' },
  title: 'Asiakaskokemuksen johtamisen kypsyysarvio 2026',
  date: '2026-03-17',
  language: 'fi',
  consultant: 'Kaisa Rantanen',
  participants: nordtekPeople,
  areaMeans: {
    'customer-understanding': 2.7,
    strategy: 3.2,
    brand: 3.4,
    culture: 2.9,
    organization: 2.3,
    emotion: 2.1,
    technology: 2.6,
    measurement: 1.9,
    'business-benefits': 2.1,
  },
  agreedShare: 0.75,
  areas: {
    'customer-understanding': { weight: 1.5, target: 3.5 },
    organization: { target: 3 },
    emotion: { target: 3 },
    measurement: { target: 3 },
    'business-benefits': { target: 3 },
    strategy: { target: 3.5 },
  },
  dontKnow: { 'tec-bold-investment': ['laura', 'teemu'], 'ben-leading-indicator': ['teemu'] },
  notes: {
    'cun-leaders-meet-customers':
      'Toimitusjohtaja tapaa viittä suurinta asiakasta säännöllisesti, muut johtajat harvoin. Huollon mukaan tapaamisten havainnot eivät kulje johtoryhmään asti.',
    'cun-all-customer-roles':
      'Ostajat ja kunnossapitopäälliköt tunnetaan hyvin. Tehtaiden operaattorit ja hankintajohto jäävät katveeseen, vaikka he päättävät jatkosopimuksista.',
    'str-cx-competitive-advantage':
      'Strategiassa lukee "asiakkaan luotettavin kunnossapitokumppani", mutta lupausta ei ole avattu kyvykkyyksiksi eikä tavoitteiksi.',
    'org-cx-owner':
      'Nimettyä omistajaa ei ole. Myyntijohtaja on hoitanut asiaa oman toimensa ohella. Sovittiin, että omistajuus ratkaistaan kesäkuun johtoryhmässä.',
    'org-break-silos':
      'Huolto ja varaosamyynti raportoivat eri mittareilla. Asiakas saa kaksi laskua ja kaksi yhteyshenkilöä samasta laitteesta – tästä tuli selvin erimielisyys.',
    'emo-memorable-peaks-endings': 'Huoltokäynnin päätteeksi ei ole sovittua loppukatselmusta. Asiakas saa huoltoraportin noin viikon viiveellä.',
    'cul-employee-mandate':
      'Kenttäasentajat eivät voi päättää pienistäkään hyvityksistä ilman esimiehen hyväksyntää. Johto arvioi tämän selvästi paremmaksi kuin kenttä.',
    'tec-integrated-customer-view':
      'CRM ja huoltojärjestelmä eivät keskustele keskenään. Kuukausiraportti kootaan käsin Exceliin, "MacGyver-Excel" kuten talousjohtaja sanoi.',
    'mea-framework': 'NPS-kysely kerran vuodessa, vastausprosentti 12 %. Mittaamisen viitekehystä ei ole määritelty.',
    'mea-results-to-action': 'Tulokset esitellään johtoryhmälle kerran vuodessa, mutta niistä ei synny nimettyjä toimenpiteitä.',
    'ben-business-case': 'Talousjohtaja: emme pysty laskemaan, mitä asiakaspoistuma maksaa. Luvut tarvitaan ennen kuin investointeja priorisoidaan.',
    'bra-experience-shapes-brand': 'Näkyvyys messuilla ja alan mediassa on ennätystasolla, mutta suositteluhalukkuus ei ole noussut.',
  },
  evidence: {
    'mea-framework': 'Asiakastyytyväisyyskysely 2025: NPS +12, vastaajia 41.',
    'ben-friction-savings': 'Reklamaatiot 2025: 37 kpl, joista 21 liittyi käyttöönottoon.',
  },
};

const nordtek2025: Profile = {
  ...nordtek2026,
  seed: 2025,
  id: 'nordtek-2025',
  title: 'Asiakaskokemuksen johtamisen kypsyysarvio 2025',
  date: '2025-03-18',
  participants: nordtekPeople.filter((p) => p.id !== 'teemu'),
  areaMeans: {
    'customer-understanding': 2.3,
    strategy: 2.7,
    brand: 3.5,
    culture: 2.6,
    organization: 2.0,
    emotion: 2.0,
    technology: 2.6,
    measurement: 1.6,
    'business-benefits': 1.7,
  },
  agreedShare: 0.6,
  areas: { 'customer-understanding': { weight: 1.5, target: 3 }, measurement: { target: 2.5 } },
  dontKnow: { 'tec-bold-investment': ['laura'] },
  notes: {
    'org-cx-owner': 'Asiakaskokemukselle ei ole omistajaa. Keskusteltiin, kuuluuko se myynnille vai huollolle.',
    'mea-framework': 'Ainoa mittari on vuosittainen NPS-kysely. Tuloksia ei käsitellä yksiköissä.',
  },
  evidence: {},
};

const harbour2026: Profile = {
  seed: 7,
  id: 'harbour-2026',
  client: { id: 'harbour-logistics', name: 'Harbour Logistics Ltd' },
  title: 'CX management maturity assessment 2026',
  date: '2026-09-08',
  language: 'en',
  consultant: 'Kaisa Rantanen',
  participants: [
    { id: 'emma', name: 'Emma Clarke', role: 'Managing Director', group: 'leadership', bias: 0.4 },
    { id: 'oliver', name: 'Oliver Grant', role: 'Commercial Director', group: 'leadership', bias: 0.2 },
    { id: 'priya', name: 'Priya Shah', role: 'Head of Customer Operations', group: 'front line', bias: -0.4 },
    { id: 'tom', name: 'Tom Reilly', role: 'Key Account Manager', group: 'front line', bias: -0.1 },
  ],
  areaMeans: {
    'customer-understanding': 3.3,
    strategy: 3.6,
    brand: 2.8,
    culture: 3.4,
    organization: 3.1,
    emotion: 2.6,
    technology: 3.9,
    measurement: 3.2,
    'business-benefits': 2.9,
  },
  agreedShare: 0.55,
  areas: { 'customer-understanding': { target: 4 }, emotion: { target: 3.5 }, brand: { target: 3.5 }, 'business-benefits': { target: 3.5 } },
  agreedNa: ['tec-bold-investment'],
  notes: {
    'cun-development-with-users':
      'Product changes to the booking portal are tested with two large shippers, but never with the warehouse staff who use it every day.',
    'bra-customer-advocates': 'Three customers have given public references this year, all through the Commercial Director’s personal network.',
    'emo-defining-moments': 'Onboarding of a new shipper takes six weeks and nobody owns the first-shipment moment. Priya: "that is where we lose them".',
    'tec-bold-investment': 'Agreed as not applicable: the platform decision was made by the parent group and is outside this team’s remit.',
    'mea-touchpoint-metrics': 'CSAT after each delivery exception, CES in the portal; no relationship metric for key accounts yet.',
    'ben-business-goals': 'Churn is reported by finance quarterly but is not linked to any CX measure.',
  },
};

for (const profile of [nordtek2025, nordtek2026, harbour2026]) {
  const file = join(root, 'assessments/examples', `${profile.id}.json`);
  writeFileSync(file, JSON.stringify(build(profile), null, 2) + '\n');
  process.stdout.write(`wrote ${file}\n`);
}
