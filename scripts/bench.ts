/**
 * Benchmarks the durable assessment library (main/library/) on
 * generated libraries of 1,000 and 5,000 realistic assessments, against a
 * single-file lowdb-style baseline with the same durability, and rewrites
 * docs/PERFORMANCE.md with the results.
 *
 *   npm run bench
 *
 * The libraries are written straight in the on-disk format (one record file
 * per assessment and client, see main/library/layout.ts and record-file.ts)
 * in fresh temp folders, which are removed afterwards. Library.open then
 * rebuilds index.json from them: that is the "rebuild" measurement.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, open as openFile, readFile, readdir, rm, stat, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { format as prettierFormat, resolveConfig as prettierConfig } from 'prettier';
import { applyAnswer } from '../core/assessment/apply-answer';
import type { AnswerChange } from '../core/assessment/changes';
import { ASSESSMENT_FORMAT_VERSION, type AnswerValue, type Assessment, type StatementAnswer } from '../core/assessment/schema';
import { DAILY_KEEP_DAYS, RECENT_KEEP } from '../core/library/retention';
import { canonicalJson, dehydrate } from '../core/library/stored-assessment';
import { summarize } from '../core/library/summary';
import { validateQuestionnaire } from '../core/validation/validate';
import { libraryLayout } from '../main/library/layout';
import { Library } from '../main/library/library';
import { encodeRecord } from '../main/library/record-file';
import { writeFileDurable } from '../main/storage/atomic-write';
import { prng } from './prng';

const root = join(import.meta.dirname, '..');
const OUT = join(root, 'docs', 'PERFORMANCE.md');

const SIZES = [1000, 5000] as const;
const CLIENTS = 200;
/** Library saves per size: SAVE_ROUNDS rounds over SAVE_ASSESSMENTS assessments. */
const SAVE_ASSESSMENTS = 25;
const SAVE_ROUNDS = 10;
const BASELINE_SAVES: Record<number, number> = { 1000: 30, 5000: 20 };
const COLD_OPENS = 3;
const LIST_RUNS = 20;
const GET_PROBES = 20;
const MICRO_RUNS = 50;

const TARGET_SAVE_MS = 10;
const TARGET_RATIO = 20;
const TARGET_LIST_MS = 200;
/** A save may cost at most this many times a bare durable write of the record's own bytes. */
const TARGET_BARE_RATIO = 2;
/** Backups one assessment keeps once retention is full: the recent ones plus one a day. */
const FULL_BACKUPS = RECENT_KEEP + DAILY_KEEP_DAYS;

// ---------------------------------------------------------------- inputs

const qResult = validateQuestionnaire(JSON.parse(readFileSync(join(root, 'assessments/questionnaires/b2b-cx-diamond-v1.json'), 'utf8')));
if (!qResult.ok) throw new Error('assessments/questionnaires/b2b-cx-diamond-v1.json is not a valid questionnaire');
const questionnaire = qResult.value;
const template = JSON.parse(readFileSync(join(root, 'assessments/examples/nordtek-2026.json'), 'utf8')) as Assessment;
const questionnaireSha = createHash('sha256').update(canonicalJson(questionnaire)).digest('hex');
const STATEMENTS = questionnaire.areas.flatMap((area) => area.statements.map((s) => ({ id: s.id, area: area.id })));
const PARTICIPANTS = template.participants;

// ---------------------------------------------------------------- helpers

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const assessmentId = (i: number) => `a-${pad(i, 5)}`;
const clientId = (k: number) => `c-${pad(k, 3)}`;
const STEMS = ['Nordtek', 'Harbour', 'Kivi', 'Lumo', 'Aalto', 'Revontuli', 'Saimaa', 'Koski', 'Polar', 'Merikotka'];
const STEMS2 = ['Tammi', 'Halla', 'Kaamos', 'Ilves', 'Vuoksi', 'Pohjola', 'Sisu', 'Kallio', 'Lakeus', 'Tuuli'];
const SUFFIXES = [
  'Huolto Oy',
  'Logistiikka Oy',
  'Teollisuus Oy',
  'Systems Oy',
  'Rakennus Oy',
  'Energia Oy',
  'Palvelut Oy',
  'Tekniikka Oy',
  'Components Ab',
  'Group Oyj',
];
const clientName = (k: number) => `${k < 100 ? STEMS[k % 10] : STEMS2[k % 10]} ${SUFFIXES[Math.floor(k / 10) % 10]}`;

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
function median(xs: readonly number[]): number {
  const s = sorted(xs);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
/** Nearest-rank percentile. */
function percentile(xs: readonly number[], p: number): number {
  const s = sorted(xs);
  return s.length === 0 ? NaN : s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]!;
}
const max = (xs: readonly number[]) => Math.max(...xs);

function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  return `${Math.round(ms).toLocaleString('en-US')} ms`;
}
function fmtBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString('en-US')} KiB`;
  return `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 })} MiB`;
}
const fmtCount = (n: number) => n.toLocaleString('en-US');
const fmtRatio = (r: number) => (Number.isFinite(r) ? `${r.toFixed(r < 10 ? 1 : 0)}×` : '—');

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** Runs `fn` over 0..count-1 with at most `limit` running at once. */
async function pool(count: number, limit: number, fn: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) await fn(next++);
    }),
  );
}

/** Writes and fsyncs a file (the generated library should be on disk like one the app wrote). */
async function writeSynced(path: string, text: string): Promise<void> {
  const handle = await openFile(path, 'w', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await openFile(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await dirBytes(path) : (await stat(path)).size;
  }
  return total;
}

// ---------------------------------------------------------------- memory

class PeakMemory {
  /** RSS when the phase started: RSS rarely shrinks, so a phase inherits what earlier ones grew. */
  startRss = process.memoryUsage().rss;
  rss = 0;
  heapUsed = 0;
  sample(m: NodeJS.MemoryUsage): void {
    this.rss = Math.max(this.rss, m.rss);
    this.heapUsed = Math.max(this.heapUsed, m.heapUsed);
  }
}
const fmtPeak = (p: PeakMemory) => `${fmtBytes(p.rss)} (${fmtBytes(p.startRss)} at start) / ${fmtBytes(p.heapUsed)}`;
const wholeRun = new PeakMemory();
let phasePeak = new PeakMemory();
function sampleMemory(): void {
  const m = process.memoryUsage();
  wholeRun.sample(m);
  phasePeak.sample(m);
}
function startPhase(): PeakMemory {
  phasePeak = new PeakMemory();
  sampleMemory();
  return phasePeak;
}
const sampler = setInterval(sampleMemory, 20);
sampler.unref();

// ---------------------------------------------------------------- generated content

const bias: Record<string, number> = { johto: 0.4, asiakaspalvelu: -0.3 };

/** One realistic assessment: the Nordtek template with its own id, client, title, date and votes. */
function makeAssessment(i: number): Assessment {
  const rnd = prng(0x5eed + i);
  const k = i % CLIENTS;
  const year = 2019 + Math.floor(rnd() * 8);
  const date = `${year}-${pad(1 + Math.floor(rnd() * 12), 2)}-${pad(1 + Math.floor(rnd() * 28), 2)}`;
  const areaMean = new Map(questionnaire.areas.map((a) => [a.id, 1.5 + rnd() * 2.5]));
  // Every tenth assessment is an unfinished draft: only some statements answered, nothing agreed yet.
  const draft = i % 10 === 9;
  const answered = draft ? 5 + Math.floor(rnd() * 35) : STATEMENTS.length;
  const answers: Record<string, StatementAnswer> = {};
  for (const { id, area } of STATEMENTS.slice(0, answered)) {
    const votes: Record<string, AnswerValue> = {};
    for (const p of PARTICIPANTS) {
      const r = rnd();
      if (r < 0.03) votes[p.id] = 'dont-know';
      else if (r < 0.05) votes[p.id] = 'na';
      else votes[p.id] = Math.min(5, Math.max(1, Math.round((areaMean.get(area) ?? 3) + (bias[p.group ?? ''] ?? 0) + (rnd() - 0.5) * 2)));
    }
    const levels = sorted(Object.values(votes).filter((v): v is number => typeof v === 'number'));
    const source = template.answers[id];
    answers[id] = {
      ...(!draft && levels.length > 0 ? { agreed: levels[Math.floor(levels.length / 2)]! } : {}),
      votes,
      ...(source?.note ? { note: source.note } : {}),
      ...(source?.evidence ? { evidence: source.evidence } : {}),
    };
  }
  return {
    kind: 'timantti-assessment',
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id: assessmentId(i),
    client: { id: clientId(k), name: clientName(k) },
    title: `Asiakaskokemuksen johtamisen kypsyysarvio ${year}${draft ? ' (luonnos)' : ''}`,
    date,
    language: template.language,
    ...(template.consultant ? { consultant: template.consultant } : {}),
    createdAt: `${date}T07:30:00.000Z`,
    updatedAt: `${date}T11:45:00.000Z`,
    questionnaire,
    participants: PARTICIPANTS,
    answers,
    ...(template.areas ? { areas: template.areas } : {}),
  };
}

/** What the stored records weigh, in the current format and in format 2 (which held the questionnaire in every record). */
interface RecordBytes {
  stored: number;
  formatTwo: number;
  snapshot: number;
}

/**
 * Writes a library of `count` assessments in the on-disk format (format 3:
 * the questionnaire snapshot once, records referring to it), without
 * index.json. Returns what the records weigh, and what they would in format 2.
 */
async function writeLibrary(dataDir: string, count: number): Promise<RecordBytes> {
  const layout = libraryLayout(dataDir);
  await mkdir(layout.clients, { recursive: true });
  await mkdir(layout.assessments, { recursive: true });
  await mkdir(layout.questionnaires, { recursive: true });
  const snapshotText = encodeRecord(questionnaire);
  await writeSynced(layout.questionnaire(questionnaireSha), snapshotText);
  const bytes: RecordBytes = { stored: 0, formatTwo: 0, snapshot: Buffer.byteLength(snapshotText) };
  const stamp = '2019-01-01T00:00:00.000Z';
  await pool(CLIENTS, 8, (k) =>
    writeSynced(
      layout.client(clientId(k)),
      encodeRecord({ kind: 'timantti-client', formatVersion: 1, client: { id: clientId(k), name: clientName(k), createdAt: stamp, updatedAt: stamp } }),
    ),
  );
  await pool(count, 8, async (i) => {
    const assessment = makeAssessment(i);
    const text = encodeRecord(dehydrate(assessment, questionnaireSha));
    bytes.stored += Buffer.byteLength(text);
    bytes.formatTwo += Buffer.byteLength(encodeRecord(assessment));
    await writeSynced(layout.assessment(assessmentId(i)), text);
    if (i % 250 === 0) sampleMemory();
  });
  for (const dir of [layout.clients, layout.assessments, layout.questionnaires, layout.root]) await syncDir(dir);
  return bytes;
}

// ---------------------------------------------------------------- the same change, applied by the baseline

/** The s-th save of a run: spread over `ids` (round robin) and over statements, participants and values. */
function saveChange(ids: readonly string[], s: number): AnswerChange {
  const j = s % ids.length;
  const round = Math.floor(s / ids.length);
  const value: AnswerValue = s % 17 === 0 ? 'dont-know' : ((j + round) % 5) + 1;
  return {
    assessmentId: ids[j]!,
    statementId: STATEMENTS[(j * 11 + round * 7) % STATEMENTS.length]!.id,
    participantId: round % 5 === 4 ? null : PARTICIPANTS[(j + round) % PARTICIPANTS.length]!.id,
    value,
    ...(s % 10 === 0 ? { note: `Työpajassa sovittu ${s}: palaute kulkee johtoryhmään kuukausittain.` } : {}),
  };
}

/** `count` distinct indexes spread evenly over 0..size-1, starting at `offset`, skipping `avoid`. */
function spread(size: number, count: number, offset: number, avoid: ReadonlySet<number> = new Set()): number[] {
  if (count + avoid.size > size) throw new Error(`cannot pick ${count} of ${size}`);
  const picked = new Set<number>();
  for (let k = 0; picked.size < count; k++) {
    let i = (Math.floor((k * size) / count) + offset) % size;
    while (avoid.has(i) || picked.has(i)) i = (i + 1) % size;
    picked.add(i);
  }
  return [...picked];
}

// ---------------------------------------------------------------- measurements

interface LibraryRun {
  size: number;
  generateMs: number;
  diskBytes: number;
  rebuildMs: number;
  coldOpenMs: number[];
  listFirstMs: number;
  listMs: number[];
  getMs: number[];
  saveMs: number[];
  firstSaveMs: number[];
  laterSaveMs: number[];
  closeMs: number;
  indexBytes: number;
  indexEncodeMs: number;
  /** The same bytes as a saved record, written with writeFileDurable alone, in the same session. */
  bareWriteMs: number[];
  recordBytes: RecordBytes;
  peak: PeakMemory;
}

interface BaselineRun {
  size: number;
  fileBytes: number;
  saveMs: number[];
  peak: PeakMemory;
}

const log = (size: number | string, what: string, value: string) =>
  console.log(`  ${(typeof size === 'number' ? fmtCount(size) : size).padStart(5)}  ${what.padEnd(56)} ${value}`);

function openLibrary(dataDir: string): Promise<Library> {
  return Library.open({ dataDir, appVersion: 'bench', questionnaires: [questionnaire] });
}

async function benchLibrary(size: number): Promise<LibraryRun> {
  const dataDir = await mkdtemp(join(os.tmpdir(), 'timantti-bench-'));
  try {
    const generated = await time(() => writeLibrary(dataDir, size));
    const layout = libraryLayout(dataDir);
    const diskBytes = await dirBytes(layout.root);
    log(size, 'generate library files', `${fmtMs(generated.ms)} (${fmtBytes(diskBytes)} on disk)`);
    const recordBytes = generated.value;

    const peak = startPhase();

    // Cold open without index.json: every file is read, verified, validated and summarised.
    const rebuild = await time(() => openLibrary(dataDir));
    const events = rebuild.value.takeEvents();
    const listed = rebuild.value.listAssessments().length;
    const clients = rebuild.value.listClients().length;
    await rebuild.value.close();
    sampleMemory();
    if (listed !== size || clients !== CLIENTS || events.some((e) => (e.kind as string) !== 'index-rebuilt')) {
      throw new Error(`generated library not accepted: ${listed}/${size} assessments, ${clients}/${CLIENTS} clients, events ${JSON.stringify(events)}`);
    }
    log(size, 'Library.open cold, index.json deleted (rebuild)', fmtMs(rebuild.ms));

    // Cold open with index.json present: a new Library instance (the OS file cache is warm).
    const coldOpenMs: number[] = [];
    for (let r = 0; r < COLD_OPENS; r++) {
      const opened = await time(() => openLibrary(dataDir));
      coldOpenMs.push(opened.ms);
      if (opened.value.listAssessments().length !== size) throw new Error('index lost assessments');
      await opened.value.close();
      sampleMemory();
    }
    log(size, `Library.open cold, index present (median of ${COLD_OPENS})`, fmtMs(median(coldOpenMs)));

    const library = await openLibrary(dataDir);
    try {
      const first = await time(() => library.listAssessments());
      const listMs: number[] = [];
      for (let r = 0; r < LIST_RUNS; r++) listMs.push((await time(() => library.listAssessments())).ms);
      sampleMemory();
      log(size, `listAssessments (first call; median of ${LIST_RUNS} more)`, `${fmtMs(first.ms)}; ${fmtMs(median(listMs))}`);

      const probes = spread(size, GET_PROBES, 3);
      const getMs: number[] = [];
      for (const i of probes) {
        getMs.push((await time(() => library.getAssessment(assessmentId(i)))).ms);
        sampleMemory();
      }
      log(size, `getAssessment, not loaded before (median / p95 of ${GET_PROBES})`, `${fmtMs(median(getMs))} / ${fmtMs(percentile(getMs, 95))}`);

      // Saves go to assessments that are open (as in a workshop), loaded before timing.
      const targets = spread(size, SAVE_ASSESSMENTS, 11, new Set(probes)).map(assessmentId);
      for (const id of targets) await library.getAssessment(id);
      const saveMs: number[] = [];
      const firstSaveMs: number[] = [];
      const laterSaveMs: number[] = [];
      const bareFile = join(layout.root, 'bench-bare-write.json');
      const bareWriteMs: number[] = [];
      for (let s = 0; s < SAVE_ASSESSMENTS * SAVE_ROUNDS; s++) {
        const change = saveChange(targets, s);
        const { ms } = await time(() => library.saveAnswer(change));
        saveMs.push(ms);
        (s < targets.length ? firstSaveMs : laterSaveMs).push(ms);
        // The floor a save cannot go under: the record's own bytes written durably and nothing else. Timed in turn
        // with the saves, so both see the same disk and the same competing work (in a phase of their own they did not).
        const recordText = await readFile(layout.assessment(change.assessmentId), 'utf8');
        bareWriteMs.push((await time(() => writeFileDurable(bareFile, recordText))).ms);
        sampleMemory();
      }
      await unlink(bareFile);
      log(
        size,
        `saveAnswer, durable (median / p95 of ${saveMs.length})`,
        `${fmtMs(median(saveMs))} / ${fmtMs(percentile(saveMs, 95))} (max ${fmtMs(max(saveMs))})`,
      );
      log(size, '  first save to an assessment (writes a backup)', `${fmtMs(median(firstSaveMs))} median of ${firstSaveMs.length}`);
      log(size, '  later saves', `${fmtMs(median(laterSaveMs))} median of ${laterSaveMs.length}`);

      log(
        size,
        `bare durable write of the record just saved (median of ${bareWriteMs.length})`,
        `${fmtMs(median(bareWriteMs))}; save / bare ${fmtRatio(median(saveMs) / median(bareWriteMs))}`,
      );

      const closed = await time(() => library.close());
      sampleMemory();
      log(size, 'close (flush + index write)', fmtMs(closed.ms));

      // What one debounced index write costs on the main thread before it reaches the disk.
      const indexText = await readFile(layout.index, 'utf8');
      const indexData = (JSON.parse(indexText) as { data: unknown }).data;
      const indexEncodeMs = median(await Promise.all(Array.from({ length: 5 }, async () => (await time(() => encodeRecord(indexData))).ms)));
      log(size, 'index.json size; encodeRecord of it', `${fmtBytes(Buffer.byteLength(indexText))}; ${fmtMs(indexEncodeMs)}`);

      return {
        size,
        generateMs: generated.ms,
        diskBytes,
        rebuildMs: rebuild.ms,
        coldOpenMs,
        listFirstMs: first.ms,
        listMs,
        getMs,
        saveMs,
        firstSaveMs,
        laterSaveMs,
        closeMs: closed.ms,
        indexBytes: Buffer.byteLength(indexText),
        indexEncodeMs,
        bareWriteMs,
        recordBytes,
        peak,
      };
    } finally {
      await library.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** lowdb-style: one JSON file with every assessment (questionnaire stored once), rewritten durably on each save. */
async function benchBaseline(size: number): Promise<BaselineRun> {
  const dir = await mkdtemp(join(os.tmpdir(), 'timantti-bench-baseline-'));
  try {
    const peak = startPhase();
    const db = {
      questionnaire,
      assessments: Array.from({ length: size }, (_, i) => {
        const { questionnaire: _q, ...rest } = makeAssessment(i);
        return rest;
      }),
    };
    sampleMemory();
    const file = join(dir, 'db.json');
    await writeFileDurable(file, JSON.stringify(db));
    const fileBytes = (await stat(file)).size;
    const ids = spread(size, SAVE_ASSESSMENTS, 11).map(assessmentId);
    const saveMs: number[] = [];
    for (let s = 0; s < (BASELINE_SAVES[size] ?? 20); s++) {
      const change = saveChange(ids, s);
      const { ms } = await time(async () => {
        const a = db.assessments.find((x) => x.id === change.assessmentId);
        if (!a) throw new Error(`no assessment ${change.assessmentId}`);
        a.answers = { ...a.answers, [change.statementId]: applyAnswer(a.answers[change.statementId], change) };
        a.updatedAt = new Date().toISOString();
        await writeFileDurable(file, JSON.stringify(db));
      });
      saveMs.push(ms);
      sampleMemory();
    }
    log(
      size,
      `baseline save, one ${fmtBytes(fileBytes)} file (median / p95 of ${saveMs.length})`,
      `${fmtMs(median(saveMs))} / ${fmtMs(percentile(saveMs, 95))}`,
    );
    return { size, fileBytes, saveMs, peak };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Size-independent parts of one save, to see where its time goes. */
interface Parts {
  encodeMs: number;
  summarizeMs: number;
  durableMs: number;
  bytes: number;
}

async function benchParts(): Promise<Parts> {
  const a = makeAssessment(42);
  const text = encodeRecord(dehydrate(a, questionnaireSha));
  const encodeMs: number[] = [];
  const summarizeMs: number[] = [];
  const durableMs: number[] = [];
  const dir = await mkdtemp(join(os.tmpdir(), 'timantti-bench-parts-'));
  try {
    const file = join(dir, 'a-00042.json');
    for (let r = 0; r < MICRO_RUNS; r++) {
      encodeMs.push((await time(() => encodeRecord(dehydrate(a, questionnaireSha)))).ms);
      summarizeMs.push((await time(() => summarize(a))).ms);
      durableMs.push((await time(() => writeFileDurable(file, text))).ms);
    }
    await unlink(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return { encodeMs: median(encodeMs), summarizeMs: median(summarizeMs), durableMs: median(durableMs), bytes: Buffer.byteLength(text) };
}

// ---------------------------------------------------------------- report

interface Row {
  measure: string;
  target: string;
  measured: string;
  met: string;
}

const metText = (ok: boolean) => (ok ? 'met' : 'not met');

function rowsFor(lib: LibraryRun, base: BaselineRun): Row[] {
  const saveMedian = median(lib.saveMs);
  const ratio = median(base.saveMs) / saveMedian;
  const listMedian = median(lib.listMs);
  return [
    {
      measure: `Answer save, median (${lib.saveMs.length} saves over ${SAVE_ASSESSMENTS} assessments)`,
      target: `≤ ${TARGET_SAVE_MS} ms`,
      measured: fmtMs(saveMedian),
      met: metText(saveMedian <= TARGET_SAVE_MS),
    },
    { measure: 'Answer save, p95 / max', target: '', measured: `${fmtMs(percentile(lib.saveMs, 95))} / ${fmtMs(max(lib.saveMs))}`, met: '' },
    {
      measure: `First save to an assessment in the session (also writes a backup), median of ${lib.firstSaveMs.length}`,
      target: '',
      measured: fmtMs(median(lib.firstSaveMs)),
      met: '',
    },
    { measure: `Later saves, median of ${lib.laterSaveMs.length}`, target: '', measured: fmtMs(median(lib.laterSaveMs)), met: '' },
    {
      measure: `Single-file baseline save, median / p95 of ${base.saveMs.length} (file ${fmtBytes(base.fileBytes)})`,
      target: '',
      measured: `${fmtMs(median(base.saveMs))} / ${fmtMs(percentile(base.saveMs, 95))}`,
      met: '',
    },
    { measure: 'Baseline median / library median', target: `≥ ${TARGET_RATIO}×`, measured: fmtRatio(ratio), met: metText(ratio >= TARGET_RATIO) },
    {
      measure: `Answer save / bare durable write of the record's own bytes (median of ${lib.bareWriteMs.length}: ${fmtMs(median(lib.bareWriteMs))})`,
      target: `≤ ${TARGET_BARE_RATIO}×`,
      measured: fmtRatio(saveMedian / median(lib.bareWriteMs)),
      met: metText(saveMedian / median(lib.bareWriteMs) <= TARGET_BARE_RATIO),
    },
    {
      measure: `List the library (\`listAssessments()\`), median of ${LIST_RUNS}`,
      target: `≤ ${TARGET_LIST_MS} ms`,
      measured: fmtMs(listMedian),
      met: metText(listMedian <= TARGET_LIST_MS),
    },
    { measure: 'List the library, first call', target: '', measured: fmtMs(lib.listFirstMs), met: '' },
    {
      measure: `\`Library.open()\` cold, \`index.json\` present, median of ${lib.coldOpenMs.length}`,
      target: '',
      measured: fmtMs(median(lib.coldOpenMs)),
      met: '',
    },
    { measure: '`Library.open()` cold, `index.json` deleted (rebuild)', target: '', measured: fmtMs(lib.rebuildMs), met: '' },
    {
      measure: `Open one assessment not loaded before (\`getAssessment\`), median / p95 of ${lib.getMs.length}`,
      target: '',
      measured: `${fmtMs(median(lib.getMs))} / ${fmtMs(percentile(lib.getMs, 95))}`,
      met: '',
    },
    { measure: '`close()` (flush and index write)', target: '', measured: fmtMs(lib.closeMs), met: '' },
    {
      measure: '`index.json` size; encoding it for one (debounced) index write',
      target: '',
      measured: `${fmtBytes(lib.indexBytes)}; ${fmtMs(lib.indexEncodeMs)}`,
      met: '',
    },
    { measure: 'Peak RSS / heapUsed, library phases', target: '', measured: fmtPeak(lib.peak), met: '' },
    { measure: 'Peak RSS / heapUsed, baseline phase', target: '', measured: fmtPeak(base.peak), met: '' },
    { measure: 'Library on disk, no backups (generated in)', target: '', measured: `${fmtBytes(lib.diskBytes)} (${fmtMs(lib.generateMs)})`, met: '' },
    {
      measure: `With full backups (${FULL_BACKUPS} each), computed: format 2 → format 3`,
      target: '',
      measured: `${fmtBytes(withBackups(lib.recordBytes).before)} → ${fmtBytes(withBackups(lib.recordBytes).after)}`,
      met: '',
    },
  ];
}

/** The library and every backup retention keeps, from the record sizes: before (format 2) and after (format 3). */
const withBackups = (b: RecordBytes) => ({ before: b.formatTwo * (1 + FULL_BACKUPS), after: b.stored * (1 + FULL_BACKUPS) + b.snapshot });

function textTable(rows: Row[]): string {
  const header: Row = { measure: 'Measure', target: 'Target', measured: 'Measured', met: 'Met' };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const line = (r: Row) => `  ${r.measure.padEnd(width('measure'))}  ${r.target.padEnd(width('target'))}  ${r.measured.padEnd(width('measured'))}  ${r.met}`;
  return [line(header), `  ${'-'.repeat(width('measure') + width('target') + width('measured') + 10)}`, ...rows.map(line)].join('\n');
}

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|') || '—';
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
}

const resultsTable = (rows: Row[]) =>
  markdownTable(
    ['Measure', 'Target', 'Measured', 'Met'],
    rows.map((r) => [r.measure, r.target, r.measured, r.met]),
  );

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} (${process.platform}/${process.arch})`,
    node: process.version,
    tmp: os.tmpdir(),
  };
}

function interpretation(libs: LibraryRun[], bases: BaselineRun[], parts: Parts): string[] {
  const small = libs[0]!;
  const big = libs[libs.length - 1]!;
  const smallBase = bases[0]!;
  const bigBase = bases[bases.length - 1]!;
  const saveSmall = median(small.saveMs);
  const saveBig = median(big.saveMs);
  const ratioSmall = median(smallBase.saveMs) / saveSmall;
  const ratioBig = median(bigBase.saveMs) / saveBig;
  const listBig = median(big.listMs);
  const n = fmtCount(big.size);
  const flat = saveBig <= (4 / 3) * saveSmall;
  const rest = median(big.laterSaveMs) - parts.encodeMs - parts.summarizeMs - parts.durableMs;
  const near = (value: number, target: number) => Math.abs(value - target) <= target / 3;
  const close = [
    ...libs.flatMap((lib, i) => (near(median(bases[i]!.saveMs) / median(lib.saveMs), TARGET_RATIO) ? [`the baseline ratio at ${fmtCount(lib.size)}`] : [])),
    ...(near(saveBig, TARGET_SAVE_MS) ? [`the save median at ${n}`] : []),
    ...(near(listBig, TARGET_LIST_MS) ? [`listing at ${n}`] : []),
  ];
  return [
    `- **Saving an answer** takes ${fmtMs(saveSmall)} median at ${fmtCount(small.size)} assessments and ${fmtMs(saveBig)} at ${n} ` +
      `(target ≤ ${TARGET_SAVE_MS} ms at 5,000: ${metText(saveBig <= TARGET_SAVE_MS)})` +
      (flat ? ': its cost does not grow with the library. ' : '. ') +
      `A save rewrites one assessment record of about ${fmtBytes(parts.bytes)}: it refers to its questionnaire snapshot, stored once, instead of repeating it. ` +
      `Against a bare durable write of the record's own bytes the save costs ${fmtRatio(saveBig / median(big.bareWriteMs))} at ${n} ` +
      `(target ≤ ${TARGET_BARE_RATIO}×: ${metText(saveBig / median(big.bareWriteMs) <= TARGET_BARE_RATIO)}). Measured apart, encoding it (JSON and SHA-256) takes ${fmtMs(parts.encodeMs)}, ` +
      `re-scoring it for the index ${fmtMs(parts.summarizeMs)} and the durable write ${fmtMs(parts.durableMs)} on this disk` +
      (rest > 0 ? `; the remaining ${fmtMs(rest)} of a typical save is bookkeeping (a \`stat\` for the index entry, the write queue).` : '.'),
    `- **The first save to an assessment in a session also starts a backup** (a second durable write of the same content, in its own queue after the save is acknowledged, so it competes for the disk but is not waited for): ` +
      `${fmtMs(median(big.firstSaveMs))} median against ${fmtMs(median(big.laterSaveMs))} for later saves at ${n}. When working on one assessment, at most one save ` +
      `in five minutes takes a backup; this benchmark spreads its saves over ${SAVE_ASSESSMENTS} assessments, so ${Math.round((100 * big.firstSaveMs.length) / big.saveMs.length)} % ` +
      `of them start a backup (p95 of all saves: ${fmtMs(percentile(big.saveMs, 95))}). ` +
      `The debounced index write adds to the tail: at ${n} it encodes ${fmtBytes(big.indexBytes)} in ${fmtMs(big.indexEncodeMs)} on the main thread, at most once every five seconds.`,
    `- **The single-file baseline grows with the library**: each save re-serialises and fsyncs the whole file (${fmtBytes(smallBase.fileBytes)} at ${fmtCount(smallBase.size)}, ` +
      `${fmtBytes(bigBase.fileBytes)} at ${n}): ${fmtMs(median(smallBase.saveMs))} and ${fmtMs(median(bigBase.saveMs))} median. ` +
      `The library is ${fmtRatio(ratioSmall)} faster at ${fmtCount(small.size)} and ${fmtRatio(ratioBig)} at ${n} ` +
      `(target ≥ ${TARGET_RATIO}×: ${metText(ratioBig >= TARGET_RATIO)} at ${n}, ${metText(ratioSmall >= TARGET_RATIO)} at ${fmtCount(small.size)}). ` +
      `The comparison favours the baseline: it stores the questionnaire once, writes compact JSON, and takes no backups and no index.`,
    `- **Listing** reads only the in-memory index: ${fmtMs(listBig)} for ${n} assessments (target ≤ ${TARGET_LIST_MS} ms: ${metText(listBig <= TARGET_LIST_MS)}). ` +
      `Opening the library with its index present takes ${fmtMs(median(big.coldOpenMs))} at ${n} (it reads the clients and the index and checks every file's size and time); ` +
      `without the index every file is read, verified, validated and scored: ${fmtMs(big.rebuildMs)}, about ${fmtMs(big.rebuildMs / big.size)} per assessment. ` +
      'That happens only when `index.json` is lost, damaged or out of date.',
    `- **Disk**: at ${n} assessments the records take ${fmtBytes(big.recordBytes.stored)} plus one ${fmtBytes(big.recordBytes.snapshot)} questionnaire snapshot; ` +
      `in format 2, where every record held the snapshot, the same records took ${fmtBytes(big.recordBytes.formatTwo)}. ` +
      `A backup is a copy of a record, so with retention full (${RECENT_KEEP} recent + ${DAILY_KEEP_DAYS} daily = ${FULL_BACKUPS} backups per assessment) the library with its backups ` +
      `would take ${fmtBytes(withBackups(big.recordBytes).before)} in format 2 and takes ${fmtBytes(withBackups(big.recordBytes).after)} in format 3. ` +
      "These two figures are computed from the generated records' sizes (record × (1 + backups), plus the snapshot), not by writing 200,000 backup files; " +
      "they count bytes, not the file system's blocks (a 4 KiB block per small file would add a little to format 3).",
    `- **Opening one assessment** that is not loaded yet (read, SHA-256 check, schema validation with its questionnaire) takes ${fmtMs(median(big.getMs))} median at ${n}.`,
    `- **Memory**: during the library phases at ${n} heapUsed peaked at ${fmtBytes(big.peak.heapUsed)} and RSS at ${fmtBytes(big.peak.rss)}. ` +
      `The baseline holds every assessment in memory and builds the whole file as one string on each save: heapUsed ${fmtBytes(bigBase.peak.heapUsed)}, RSS ${fmtBytes(bigBase.peak.rss)}. ` +
      'RSS includes what earlier phases left (the "at start" figure).',
    '- **Caveats**: "cold" means a new `Library` instance in the same, warmed-up process, with the files in the operating system\'s cache (they were just written); ' +
      'a first start after a reboot reads from disk and is slower. fsync cost depends on the disk: where a flush takes several milliseconds it adds to every save ' +
      '(two fsyncs each: file and folder) and to every baseline save alike.' +
      ' Medians move between runs, by up to about a third on the same machine when other work competes for the disk' +
      (close.length > 0 ? `, so a result within a third of its target (${close.join(', ')}) can land on either side of it.` : '.'),
  ];
}

async function writeReport(libs: LibraryRun[], bases: BaselineRun[], parts: Parts, startedAt: Date, totalMs: number): Promise<void> {
  const m = machine();
  const sections = libs.map((lib, i) => `## ${fmtCount(lib.size)} assessments\n\n${resultsTable(rowsFor(lib, bases[i]!))}`);
  const md = [
    '# Performance of the assessment library',
    '<!-- Written by `npm run bench` (scripts/bench.ts): do not edit by hand, rerun it. -->',
    'How fast the durable assessment library (`main/library/`, one record file per assessment) saves, lists and opens, ' +
      `for generated libraries of ${SIZES.map(fmtCount).join(' and ')} assessments, compared with a single-file lowdb-style store with the same durability.`,
    'Run it with `npm run bench` (a few minutes; it needs about 1 GB of free space in the temp folder). It rewrites this file.',
    '## How it is measured',
    [
      `- Each library is generated in a fresh temp folder in the library's on-disk format (one fsynced record file per assessment and per client, ${CLIENTS} clients), ` +
        'from `assessments/examples/nordtek-2026.json`: a reference to the 45-statement questionnaire snapshot (written once), six participants, notes, and for each assessment its own id, client, title, date and votes ' +
        '(every tenth is an unfinished draft). The folder is removed afterwards.',
      '- `Library.open()` first runs with no `index.json`, so it rebuilds the index from every file ("rebuild"); ' +
        `then ${COLD_OPENS} times with the index present ("cold, index present": a new \`Library\` instance each time).`,
      `- Saves are \`library.saveAnswer()\` calls awaited one after another (each resolves once the file is durably on disk), ${SAVE_ROUNDS} rounds over ${SAVE_ASSESSMENTS} open assessments, ` +
        'varying statement, participant (or the agreed answer), value and now and then a note. The library runs with its defaults (index write debounced by 5 s, backups every 5 minutes, at most 64 assessments kept in memory).',
      '- The baseline keeps every assessment without its questionnaire snapshot, plus the questionnaire once, in one JSON file (a full file with snapshots would be ' +
        `a ${fmtBytes(libs[libs.length - 1]!.recordBytes.formatTwo)} string at ${fmtCount(libs[libs.length - 1]!.size)}, beyond what V8 can build); ` +
        'each save changes the answer in memory and rewrites the whole file with `writeFileDurable` ' +
        '(temp file, fsync, rename, fsync of the folder), as the library does for its one file.',
      '- After each save the record it wrote is written again, alone, with `writeFileDurable` to a file beside the library ("bare durable write"): the floor a save cannot go under. ' +
        'Alternating the two lets both see the same disk and the same competing work.',
      '- Peak memory is `process.memoryUsage()` (RSS and heapUsed) sampled every 20 ms and after each operation.',
      `- The issue's targets: save ≤ ${TARGET_SAVE_MS} ms median at 5,000 assessments, ≥ ${TARGET_RATIO}× faster than the single-file baseline, listing 5,000 ≤ ${TARGET_LIST_MS} ms. ` +
        'They are shown for both sizes; the ones that count are at 5,000.',
    ].join('\n'),
    '## Machine',
    [
      `- CPU: ${m.cpu}, ${m.cores} cores`,
      `- Memory: ${m.memory}`,
      `- OS: ${m.os}`,
      `- Node: ${m.node}`,
      `- Temp folder: \`${m.tmp}\``,
      `- Run: ${startedAt.toISOString()}, took ${(totalMs / 1000).toFixed(0)} s`,
      `- Peak over the whole run (generation and baselines included): RSS ${fmtBytes(wholeRun.rss)}, heapUsed ${fmtBytes(wholeRun.heapUsed)}`,
    ].join('\n'),
    ...sections,
    '## Where a save goes',
    `Measured apart on one ${fmtBytes(parts.bytes)} assessment record (median of ${MICRO_RUNS}):`,
    markdownTable(
      ['Step', 'Median'],
      [
        ['`encodeRecord(dehydrate(…))`: JSON and SHA-256 of the record (the questionnaire only referred to)', fmtMs(parts.encodeMs)],
        ['`summarize`: re-scoring it for the index', fmtMs(parts.summarizeMs)],
        ['`writeFileDurable` of the file', fmtMs(parts.durableMs)],
      ],
    ),
    '## Interpretation',
    interpretation(libs, bases, parts).join('\n'),
  ].join('\n\n');
  const options = (await prettierConfig(OUT)) ?? {};
  await mkdir(join(root, 'docs'), { recursive: true });
  // The report and shipping sections (from their first marker on) belong to bench-report.ts and bench-shipping.ts: kept as they are.
  const previous = await readFile(OUT, 'utf8').catch(() => '');
  const marker = previous.search(/<!-- [a-z-]+-bench:start -->/);
  const kept = marker >= 0 ? `\n${previous.slice(marker)}` : '';
  await writeFile(OUT, (await prettierFormat(md, { ...options, filepath: OUT })) + kept.replace(/\n*$/, '\n'));
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const startedAt = new Date();
  const t0 = performance.now();
  const m = machine();
  console.log(`Timantti library benchmark — ${m.cpu}, ${m.cores} cores, ${m.memory}, ${m.os}, Node ${m.node}\n`);
  console.log(`  ${'size'.padStart(5)}  ${'measure'.padEnd(56)} result`);
  const libs: LibraryRun[] = [];
  for (const size of SIZES) libs.push(await benchLibrary(size));
  const parts = await benchParts();
  log('-', `one save apart: encode / summarize / durable write`, `${fmtMs(parts.encodeMs)} / ${fmtMs(parts.summarizeMs)} / ${fmtMs(parts.durableMs)}`);
  // The baselines run after the libraries, so their large strings do not inflate the libraries' peak RSS.
  const bases: BaselineRun[] = [];
  for (const size of SIZES) bases.push(await benchBaseline(size));
  const totalMs = performance.now() - t0;
  for (const [i, lib] of libs.entries()) {
    console.log(`\n${fmtCount(lib.size)} assessments\n${textTable(rowsFor(lib, bases[i]!))}`);
  }
  console.log(`\nPeak over the whole run: RSS ${fmtBytes(wholeRun.rss)}, heapUsed ${fmtBytes(wholeRun.heapUsed)}; took ${(totalMs / 1000).toFixed(0)} s`);
  await writeReport(libs, bases, parts, startedAt, totalMs);
  console.log(`\nWrote ${OUT}`);
}

await main();
