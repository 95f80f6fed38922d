import type { Language } from '../../core/settings';
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AnswerValueSchema, ASSESSMENT_FORMAT_VERSION, AssessmentSchema, MAX_NOTE_LENGTH, type Assessment } from '../../core/assessment/schema';
import { applyAnswer, type AnswerChangeFields } from '../../core/assessment/apply-answer';
import { ClientSchema, type Client } from '../../core/library/client';
import { ExportFileSchema, exportFileName, makeExportFile } from '../../core/library/export-file';
import { planImport, type ImportMode } from '../../core/library/import-plan';
import { migrateAssessment } from '../../core/library/migrations';
import { summarize, type AssessmentSummary } from '../../core/library/summary';
import { answersCsv } from '../../core/library/csv';
import type { Questionnaire } from '../../core/questionnaire/schema';
import type { Roadmap } from '../../core/roadmap/schema';
import { issuesFromZod, type ValidationIssue } from '../../core/validation/issues';
import { listBackups, writeBackup, type BackupInfo } from './backups';
import { KeyedQueue } from './keyed-queue';
import { fileStamp, libraryLayout, parseFileStamp, type LibraryLayout } from './layout';
import { describeFailure, LibraryError } from './library-errors';
import type { LibraryEvent } from '../../core/library/events';
import { acquireLock } from './lock';
import type { CorruptReason } from '../../core/library/events';
import { CorruptRecordError, recordDb } from './durable-adapter';
import { decodeRecord, encodeRecord, readRecordFile } from './record-file';

export interface LibraryOptions {
  dataDir: string;
  appVersion: string;
  /** Questionnaires offered for new assessments; the first is the default. */
  questionnaires: readonly Questionnaire[];
  now?: () => Date;
  newId?: (kind: 'assessment' | 'client') => string;
  /** First retry of a failed save after this many ms (doubling, at most 30 s). */
  retryDelayMs?: number;
  /** Debounce of the index write (a cache: losing it costs a rebuild, never data). */
  indexDelayMs?: number;
}

interface IndexEntry {
  summary: AssessmentSummary;
  mtimeMs: number;
  size: number;
}

/** Assessments kept in memory at once (each holds its questionnaire snapshot, ~200 kB: 64 ≈ 13 MB). */
const MAX_LOADED = 64;
const INDEX_KIND = 'timantti-index';
/**
 * Bumped whenever what a summary says changes (2: stage and coverage follow
 * core/scoring/claims.ts), so an index written by an older Timantti is
 * rebuilt instead of listing stages the app no longer claims.
 */
const INDEX_VERSION = 2;
const CLIENT_KIND = 'timantti-client';
const CLIENT_FORMAT_VERSION = 1;

export interface NewAssessment {
  clientId: string;
  title: string;
  date: string;
  language: 'fi' | 'en';
  consultant?: string | undefined;
  participants?: Assessment['participants'] | undefined;
  areas?: Assessment['areas'] | undefined;
  questionnaire?: { id: string; version: number } | undefined;
  /** Start from an earlier assessment: its participants and area settings, and optionally its answers. */
  copyFrom?: { assessmentId: string; answers: boolean } | undefined;
}

export type AssessmentPatch = Partial<Pick<Assessment, 'title' | 'date' | 'language' | 'consultant' | 'participants' | 'areas'>>;

export interface AnswerChange extends AnswerChangeFields {
  assessmentId: string;
  statementId: string;
}

export interface SaveStatus {
  /** Assessments whose latest changes are in memory but not yet on disk. */
  pending: { assessmentId: string; since: string; error: string; attempts: number }[];
}

export interface RecycleEntry {
  entry: string;
  assessmentId: string;
  title: string;
  clientName: string;
  deletedAt: string;
}

export interface ImportResult {
  clients: { id: string; name: string; action: 'create' | 'keep' | 'replace' }[];
  assessments: { id: string; originalId: string; title: string; action: 'create' | 'copy' | 'replace' }[];
}

/**
 * The assessment library on disk. Main is its only writer: this class owns
 * the files, queues every write per file, saves durably (see
 * storage/atomic-write.ts), keeps rotating backups, and on reading a damaged
 * file sets it aside and restores the newest good backup, telling the user.
 */
export class Library {
  private readonly layout: LibraryLayout;
  private readonly now: () => Date;
  private readonly newId: (kind: 'assessment' | 'client') => string;
  private readonly queue = new KeyedQueue();
  private readonly index = new Map<string, IndexEntry>();
  private readonly clients = new Map<string, Client>();
  /** Latest state of assessments opened this session, including changes not yet on disk. */
  private readonly loaded = new Map<string, { assessment: Assessment; rev: number; savedRev: number }>();
  private readonly loading = new Map<string, Promise<Assessment>>();
  private readonly pending = new Map<string, { since: string; error: string; attempts: number }>();
  private readonly events: LibraryEvent[] = [];
  /** Client ids whose files a newer Timantti wrote: never recreated or overwritten here. */
  private readonly newerClientFiles = new Set<string>();
  private retryTimer: NodeJS.Timeout | undefined;
  private indexTimer: NodeJS.Timeout | undefined;
  private releaseLock: (() => void) | undefined;
  private closed = false;

  private constructor(private readonly options: LibraryOptions) {
    this.layout = libraryLayout(options.dataDir);
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? ((kind) => `${kind === 'assessment' ? 'a' : 'c'}-${randomUUID()}`);
  }

  /** Opens (creating if needed) the library in `dataDir`, taking its single-writer lock. */
  static async open(options: LibraryOptions): Promise<Library> {
    const library = new Library(options);
    const l = library.layout;
    for (const dir of [l.root, l.clients, l.assessments, l.backups, l.recycleBin]) await mkdir(dir, { recursive: true });
    library.releaseLock = (await acquireLock(l.root, { now: library.now })).release;
    try {
      await library.sweepTempFiles();
      await library.loadClients();
      await library.loadIndex();
    } catch (err) {
      library.releaseLock();
      throw err;
    }
    return library;
  }

  /** Writes what is pending and releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.indexTimer);
    await this.writeIndex().catch(() => undefined);
    this.releaseLock?.();
  }

  /** Waits for queued writes and retries pending saves once. */
  async flush(): Promise<void> {
    for (const id of [...this.pending.keys()]) await this.persist(id).catch(() => undefined);
    await this.queue.idle();
  }

  // ---------------------------------------------------------------- events

  /** Hands over (and forgets) what the user has not been told yet. */
  takeEvents(): LibraryEvent[] {
    return this.events.splice(0, this.events.length);
  }

  status(): SaveStatus {
    return { pending: [...this.pending].map(([assessmentId, p]) => ({ assessmentId, ...p })) };
  }

  private event(e: LibraryEvent): void {
    this.events.push(e);
  }

  // ---------------------------------------------------------------- clients

  listClients(): Client[] {
    return [...this.clients.values()].sort((a, b) => a.name.localeCompare(b.name, 'fi'));
  }

  async createClient(input: { name: string; notes?: string | undefined }): Promise<Client> {
    const stamp = this.now().toISOString();
    const client = ClientSchema.parse({
      id: this.newId('client'),
      name: input.name,
      ...(input.notes ? { notes: input.notes } : {}),
      createdAt: stamp,
      updatedAt: stamp,
    });
    await this.writeClient(client);
    return client;
  }

  async updateClient(id: string, patch: { name?: string | undefined; notes?: string | undefined }): Promise<Client> {
    const existing = this.clients.get(id);
    if (!existing) throw new LibraryError('not-found', `no client ${id}`);
    const client = ClientSchema.parse({ ...existing, ...definedOnly(patch), updatedAt: this.now().toISOString() });
    await this.writeClient(client);
    if (client.name !== existing.name) {
      // Assessments carry the client's name for self-contained exports: keep them in step.
      for (const entry of [...this.index.values()].filter((e) => e.summary.clientId === id)) {
        await this.mutate(entry.summary.id, (a) => ({ ...a, client: { id, name: client.name } }));
      }
    }
    return client;
  }

  private async writeClient(client: Client): Promise<void> {
    const path = this.layout.client(client.id);
    await this.queue.run(path, () => recordDb(path, { kind: CLIENT_KIND, formatVersion: CLIENT_FORMAT_VERSION, client }).write());
    this.clients.set(client.id, client);
  }

  private async loadClients(): Promise<void> {
    for (const name of await readdir(this.layout.clients)) {
      if (!name.endsWith('.json')) continue;
      const path = join(this.layout.clients, name);
      const db = recordDb<{ client?: unknown; formatVersion?: unknown } | null>(path, null);
      let reason: CorruptReason = 'schema';
      try {
        await db.read();
      } catch (err) {
        if (!(err instanceof CorruptRecordError)) throw err;
        reason = err.reason;
      }
      const version = db.data?.formatVersion;
      if (typeof version === 'number' && version > CLIENT_FORMAT_VERSION) {
        // Written by a newer Timantti: left exactly as it is, and said so.
        this.event({ kind: 'newer-format', file: path, version, at: this.now().toISOString() });
        this.newerClientFiles.add(name.slice(0, -'.json'.length));
        continue;
      }
      const parsed = ClientSchema.safeParse(db.data?.client);
      if (parsed.success) this.clients.set(parsed.data.id, parsed.data);
      else {
        // A client file is rebuilt from its assessments (they carry id and name), so it is only set aside.
        const quarantinedAs = await this.quarantine(path);
        this.event({
          kind: 'unrecoverable',
          file: path,
          reason,
          quarantinedAs,
          at: this.now().toISOString(),
        });
      }
    }
  }

  // ---------------------------------------------------------------- index

  private async loadIndex(): Promise<void> {
    const cached = new Map<string, IndexEntry>();
    // The index is a cache: unreadable means rebuilt from the files, not recovered.
    const index = recordDb<{ kind?: unknown; formatVersion?: unknown; entries?: Record<string, IndexEntry> } | null>(this.layout.index, null);
    await index.read().catch(() => undefined);
    if (index.data?.kind === INDEX_KIND && index.data.formatVersion === INDEX_VERSION) {
      for (const [id, entry] of Object.entries(index.data.entries ?? {})) cached.set(id, entry);
    }
    let rebuilt = 0;
    const present = new Set<string>();
    for (const name of await readdir(this.layout.assessments)) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const id = name.slice(0, -'.json'.length);
      present.add(id);
      const path = this.layout.assessment(id);
      const info = await stat(path).catch(() => undefined);
      if (!info) continue;
      const hit = cached.get(id);
      if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) {
        this.index.set(id, hit);
        continue;
      }
      rebuilt++;
      const assessment = await this.readAssessmentFile(id);
      if (assessment) await this.indexAssessment(assessment);
    }
    for (const id of cached.keys()) {
      if (!present.has(id)) this.event({ kind: 'missing', file: this.layout.assessment(id), at: this.now().toISOString() });
    }
    // Every assessment's client must exist: recreate lost client files from the assessments.
    for (const { summary } of this.index.values()) {
      if (!this.clients.has(summary.clientId) && !this.newerClientFiles.has(summary.clientId)) {
        const stamp = this.now().toISOString();
        await this.writeClient({ id: summary.clientId, name: summary.clientName, createdAt: stamp, updatedAt: stamp });
      }
    }
    if (rebuilt > 0 || cached.size !== this.index.size || index.data?.formatVersion !== INDEX_VERSION) await this.writeIndex();
  }

  private async indexAssessment(assessment: Assessment): Promise<void> {
    const info = await stat(this.layout.assessment(assessment.id));
    this.index.set(assessment.id, { summary: summarize(assessment), mtimeMs: info.mtimeMs, size: info.size });
  }

  private scheduleIndexWrite(): void {
    if (this.indexTimer || this.closed) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = undefined;
      void this.writeIndex().catch(() => undefined);
    }, this.options.indexDelayMs ?? 5000);
    this.indexTimer.unref?.();
  }

  private writeIndex(): Promise<void> {
    const doc = { kind: INDEX_KIND, formatVersion: INDEX_VERSION, entries: Object.fromEntries(this.index) };
    return this.queue.run(this.layout.index, () => recordDb(this.layout.index, doc).write());
  }

  // ---------------------------------------------------------------- reading

  listAssessments(clientId?: string): AssessmentSummary[] {
    return [...this.index.values()]
      .map((e) => e.summary)
      .filter((s) => clientId === undefined || s.clientId === clientId)
      .sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt));
  }

  /** The latest state of an assessment, including changes still waiting to be written. */
  async getAssessment(id: string): Promise<Assessment> {
    const open = this.loaded.get(id);
    if (open) return open.assessment;
    let loading = this.loading.get(id);
    if (!loading) {
      loading = (async () => {
        if (!this.index.has(id)) throw new LibraryError('not-found', `no assessment ${id}`);
        const assessment = await this.readAssessmentFile(id);
        if (!assessment) {
          this.index.delete(id);
          this.scheduleIndexWrite();
          throw new LibraryError('not-found', `assessment ${id} could not be read`);
        }
        this.loaded.set(id, { assessment, rev: 0, savedRev: 0 });
        this.evictLoaded();
        return assessment;
      })().finally(() => this.loading.delete(id));
      this.loading.set(id, loading);
    }
    return loading;
  }

  /**
   * Reads, migrates and validates one assessment file. A damaged file is set
   * aside and the newest good backup restored; a file from a newer Timantti
   * is left untouched. Returns undefined when nothing usable exists.
   */
  private async readAssessmentFile(id: string): Promise<Assessment | undefined> {
    const path = this.layout.assessment(id);
    const db = recordDb<unknown>(path, null);
    try {
      await db.read();
    } catch (err) {
      if (err instanceof CorruptRecordError) return this.recover(id, err.reason);
      throw err;
    }
    if (db.data === null) return undefined;
    const migration = migrateAssessment(db.data);
    if (migration.kind === 'newer') {
      this.event({ kind: 'newer-format', file: path, version: migration.version, at: this.now().toISOString() });
      return undefined;
    }
    if (migration.kind === 'unknown') return this.recover(id, 'schema');
    const parsed = AssessmentSchema.safeParse(migration.doc);
    if (!parsed.success || parsed.data.id !== id) return this.recover(id, 'schema');
    if (migration.kind === 'migrated') {
      const original = await readFile(path, 'utf8');
      const backup = await writeBackup(this.layout, id, original, this.now(), `before-migration-v${migration.from}`);
      await this.queue.run(path, () => recordDb(path, parsed.data).write());
      this.event({ kind: 'migrated', file: path, from: migration.from, backup: backup ?? '', at: this.now().toISOString() });
    }
    return parsed.data;
  }

  private async quarantine(path: string): Promise<string> {
    const target = `${path}.corrupt-${fileStamp(this.now())}`;
    await this.queue.run(path, () => rename(path, target));
    return target;
  }

  private async recover(id: string, reason: CorruptReason): Promise<Assessment | undefined> {
    const path = this.layout.assessment(id);
    const quarantinedAs = await this.quarantine(path);
    const at = this.now().toISOString();
    for (const backup of await listBackups(this.layout, id)) {
      const assessment = await this.readBackup(id, backup.name);
      if (!assessment) continue;
      await this.queue.run(path, () => recordDb(path, assessment).write());
      this.event({ kind: 'recovered', file: path, reason, quarantinedAs, restoredFrom: backup.takenAt, at });
      return assessment;
    }
    this.event({ kind: 'unrecoverable', file: path, reason, quarantinedAs, at });
    return undefined;
  }

  private async readBackup(id: string, name: string): Promise<Assessment | undefined> {
    if (basename(name) !== name) return undefined;
    const outcome = await readRecordFile(join(this.layout.backupDir(id), name));
    if (outcome.kind !== 'ok') return undefined;
    const migration = migrateAssessment(outcome.doc);
    if (migration.kind !== 'current' && migration.kind !== 'migrated') return undefined;
    const parsed = AssessmentSchema.safeParse(migration.doc);
    return parsed.success && parsed.data.id === id ? parsed.data : undefined;
  }

  // ---------------------------------------------------------------- writing

  /**
   * Applies a change to the in-memory assessment at once, then writes it.
   * Resolves when the file on disk holds this change (or a later one); if the
   * write fails, the change stays in memory, is retried in the background,
   * and the caller gets a storage-failed error to show.
   */
  private async mutate(id: string, change: (a: Assessment) => Assessment): Promise<Assessment> {
    await this.getAssessment(id);
    const state = this.loaded.get(id)!;
    const next = { ...change(state.assessment), updatedAt: this.now().toISOString() };
    state.assessment = next;
    state.rev++;
    await this.persist(id, state.rev);
    return next;
  }

  private persist(id: string, rev?: number): Promise<void> {
    const path = this.layout.assessment(id);
    return this.queue.run(path, async () => {
      const state = this.loaded.get(id);
      if (!state) return;
      if (rev !== undefined && state.savedRev >= rev) return;
      const writingRev = state.rev;
      const db = recordDb(path, state.assessment);
      try {
        await db.write();
      } catch (err) {
        // The full error (with its path) goes to the log; callers and the UI get no paths.
        console.error(`timantti: saving ${id} failed:`, err);
        const message = describeFailure(err);
        const previous = this.pending.get(id);
        this.pending.set(id, { since: previous?.since ?? this.now().toISOString(), error: message, attempts: (previous?.attempts ?? 0) + 1 });
        this.scheduleRetry();
        throw new LibraryError('storage-failed', message);
      }
      state.savedRev = Math.max(state.savedRev, writingRev);
      if (state.savedRev === state.rev) this.pending.delete(id);
      await this.indexAssessment(state.assessment);
      this.scheduleIndexWrite();
      // The backup is a copy of what was just written; it runs after the save
      // is acknowledged, in its own queue, and its failure never fails a save.
      const takenAt = this.now();
      const text = db.adapter.lastWritten as string;
      void this.queue.run(this.layout.backupDir(id), () => writeBackup(this.layout, id, text, takenAt, 'save')).catch(() => undefined);
      this.evictLoaded();
    });
  }

  /**
   * Keeps memory bounded: assessments opened for exports or listings are
   * dropped again, oldest first, once everything of theirs is on disk.
   */
  private evictLoaded(): void {
    for (const [id, state] of this.loaded) {
      if (this.loaded.size <= MAX_LOADED) return;
      if (state.savedRev === state.rev && !this.pending.has(id)) this.loaded.delete(id);
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.closed) return;
    const attempts = Math.max(0, ...[...this.pending.values()].map((p) => p.attempts));
    const delay = Math.min((this.options.retryDelayMs ?? 1000) * 2 ** Math.max(0, attempts - 1), 30_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      // Temps of killed writers hold disk space a full disk needs back; ours are cleaned by the writer itself.
      void this.sweepTempFiles({ othersOnly: true })
        .catch(() => 0)
        .then(() => {
          for (const id of [...this.pending.keys()]) void this.persist(id).catch(() => undefined);
        });
    }, delay);
    this.retryTimer.unref?.();
  }

  async createAssessment(input: NewAssessment): Promise<Assessment> {
    const client = this.clients.get(input.clientId);
    if (!client) throw new LibraryError('not-found', `no client ${input.clientId}`);
    const source = input.copyFrom ? await this.getAssessment(input.copyFrom.assessmentId) : undefined;
    const questionnaire = input.questionnaire
      ? this.options.questionnaires.find((q) => q.id === input.questionnaire!.id && q.version === input.questionnaire!.version)
      : (source?.questionnaire ?? this.options.questionnaires[0]);
    if (!questionnaire) throw new LibraryError('invalid-input', 'unknown questionnaire');
    const stamp = this.now().toISOString();
    const candidate = {
      kind: 'timantti-assessment' as const,
      formatVersion: ASSESSMENT_FORMAT_VERSION,
      id: this.newId('assessment'),
      client: { id: client.id, name: client.name },
      title: input.title,
      date: input.date,
      language: input.language,
      ...(input.consultant ? { consultant: input.consultant } : {}),
      createdAt: stamp,
      updatedAt: stamp,
      questionnaire,
      participants: input.participants ?? source?.participants ?? [],
      answers: source && input.copyFrom?.answers ? structuredClone(source.answers) : {},
      ...((input.areas ?? source?.areas) ? { areas: input.areas ?? source?.areas } : {}),
    };
    const assessment = this.validate(candidate);
    this.loaded.set(assessment.id, { assessment, rev: 1, savedRev: 0 });
    this.index.set(assessment.id, { summary: summarize(assessment), mtimeMs: 0, size: 0 });
    await this.persist(assessment.id, 1);
    return assessment;
  }

  async updateAssessment(id: string, patch: AssessmentPatch): Promise<Assessment> {
    const current = await this.getAssessment(id);
    const participantIds = new Set((patch.participants ?? current.participants).map((p) => p.id));
    // Removing a participant removes their votes too: a vote without a voter would make the file invalid.
    const answers = patch.participants
      ? Object.fromEntries(
          Object.entries(current.answers).map(([sid, answer]) => [
            sid,
            { ...answer, ...(answer.votes ? { votes: Object.fromEntries(Object.entries(answer.votes).filter(([pid]) => participantIds.has(pid))) } : {}) },
          ]),
        )
      : current.answers;
    const next = this.validate({ ...current, ...definedOnly(patch), answers });
    return this.mutate(id, () => next);
  }

  /** Records one answer, note or evidence. The hot path of the workshop: one small validation, one durable write. */
  async saveAnswer(change: AnswerChange): Promise<{ assessmentId: string; statementId: string; updatedAt: string }> {
    const current = await this.getAssessment(change.assessmentId);
    if (!current.questionnaire.areas.some((a) => a.statements.some((s) => s.id === change.statementId))) {
      throw new LibraryError('invalid-input', `unknown statement ${change.statementId}`);
    }
    if (change.participantId !== null && !current.participants.some((p) => p.id === change.participantId)) {
      throw new LibraryError('invalid-input', `unknown participant ${change.participantId}`);
    }
    if (change.value !== undefined && change.value !== null && !AnswerValueSchema.safeParse(change.value).success) {
      throw new LibraryError('invalid-input', `invalid answer ${String(change.value)}`);
    }
    for (const text of [change.note, change.evidence]) {
      if (typeof text === 'string' && text.length > MAX_NOTE_LENGTH) throw new LibraryError('invalid-input', `text longer than ${MAX_NOTE_LENGTH} characters`);
    }
    const next = await this.mutate(change.assessmentId, (a) => ({
      ...a,
      answers: { ...a.answers, [change.statementId]: applyAnswer(a.answers[change.statementId], change) },
    }));
    return { assessmentId: next.id, statementId: change.statementId, updatedAt: next.updatedAt };
  }

  /**
   * Replaces the assessment's roadmap with what `build` makes of the latest
   * stored state, validated as a whole assessment (unknown areas, duplicate
   * item ids) before the durable write. `build` runs inside the write, so it
   * never works on a stale copy.
   */
  async saveRoadmap(id: string, build: (current: Assessment, now: Date) => Roadmap): Promise<Assessment> {
    await this.getAssessment(id);
    return this.mutate(id, (a) => this.validate({ ...a, roadmap: build(a, this.now()) }));
  }

  private validate(candidate: unknown): Assessment {
    const parsed = AssessmentSchema.safeParse(candidate);
    if (!parsed.success) throw new LibraryValidationError(issuesFromZod(parsed.error));
    return parsed.data;
  }

  // ---------------------------------------------------------------- recycle bin

  /** Moves an assessment to the recycle bin (restorable). */
  async deleteAssessment(id: string): Promise<RecycleEntry> {
    const assessment = await this.getAssessment(id);
    await this.flush();
    const entry = `${id}.${fileStamp(this.now())}.json`;
    const path = this.layout.assessment(id);
    await this.queue.run(path, () => rename(path, join(this.layout.recycleBin, entry)));
    this.loaded.delete(id);
    this.pending.delete(id);
    this.index.delete(id);
    this.scheduleIndexWrite();
    return { entry, assessmentId: id, title: assessment.title, clientName: assessment.client.name, deletedAt: this.now().toISOString() };
  }

  async listRecycleBin(): Promise<RecycleEntry[]> {
    const entries: RecycleEntry[] = [];
    for (const entry of await readdir(this.layout.recycleBin)) {
      const m = /^(.+)\.(\d{4}-\d{2}-\d{2}T[\d-]+Z)\.json$/.exec(entry);
      if (!m) continue;
      const outcome = await readRecordFile(join(this.layout.recycleBin, entry));
      const doc = outcome.kind === 'ok' ? (outcome.doc as Partial<Assessment>) : undefined;
      entries.push({
        entry,
        assessmentId: m[1]!,
        title: doc?.title ?? '?',
        clientName: doc?.client?.name ?? '?',
        deletedAt: new Date(parseFileStamp(m[2]!)).toISOString(),
      });
    }
    return entries.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  async restoreFromRecycleBin(entry: string): Promise<AssessmentSummary> {
    const m = /^(.+)\.(\d{4}-\d{2}-\d{2}T[\d-]+Z)\.json$/.exec(entry);
    if (!m || basename(entry) !== entry) throw new LibraryError('not-found', `no recycle-bin entry ${entry}`);
    const id = m[1]!;
    if (this.index.has(id)) throw new LibraryError('conflict', `an assessment ${id} already exists`);
    const from = join(this.layout.recycleBin, entry);
    const outcome = await readRecordFile(from);
    if (outcome.kind !== 'ok') throw new LibraryError('not-found', `recycle-bin entry ${entry} is unreadable`);
    const path = this.layout.assessment(id);
    await this.queue.run(path, () => rename(from, path));
    const assessment = await this.readAssessmentFile(id);
    if (!assessment) throw new LibraryError('not-found', `recycle-bin entry ${entry} is unreadable`);
    await this.indexAssessment(assessment);
    this.scheduleIndexWrite();
    return summarize(assessment);
  }

  // ---------------------------------------------------------------- backups

  /** Backups of an assessment, newest first, including any still being written. */
  listBackups(id: string): Promise<BackupInfo[]> {
    return this.queue.run(this.layout.backupDir(id), () => listBackups(this.layout, id));
  }

  /** Restores a backup; the current state is backed up first, so a restore can itself be undone. */
  async restoreBackup(id: string, name: string): Promise<Assessment> {
    await this.queue.run(this.layout.backupDir(id), async () => undefined);
    const restored = await this.readBackup(id, name);
    if (!restored) throw new LibraryError('not-found', `no usable backup ${name}`);
    const current = await this.getAssessment(id);
    await this.flush();
    await writeBackup(this.layout, id, encodeRecord(current), this.now(), 'before-restore');
    return this.mutate(id, () => restored);
  }

  // ---------------------------------------------------------------- export / import

  async exportAssessment(id: string): Promise<{ fileName: string; content: string }> {
    const a = await this.getAssessment(id);
    const client = this.clients.get(a.client.id);
    const file = makeExportFile(client ? [client] : [], [a], this.options.appVersion, this.now());
    return { fileName: exportFileName(a.client.name, a.title, a.date, 'timantti'), content: JSON.stringify(file, null, 2) + '\n' };
  }

  async exportClient(clientId: string): Promise<{ fileName: string; content: string }> {
    const client = this.clients.get(clientId);
    if (!client) throw new LibraryError('not-found', `no client ${clientId}`);
    const assessments = await Promise.all(this.listAssessments(clientId).map((s) => this.getAssessment(s.id)));
    const file = makeExportFile([client], assessments, this.options.appVersion, this.now());
    return { fileName: exportFileName(client.name, 'all', this.now().toISOString().slice(0, 10), 'timantti'), content: JSON.stringify(file, null, 2) + '\n' };
  }

  async exportCsv(ids: readonly string[], language: Language = 'en'): Promise<{ fileName: string; content: string }> {
    const assessments = await Promise.all(ids.map((id) => this.getAssessment(id)));
    const first = assessments[0];
    const name = first ? exportFileName(first.client.name, ids.length === 1 ? first.title : 'answers', first.date, 'csv') : 'timantti.csv';
    return { fileName: name, content: answersCsv(assessments, language) };
  }

  /**
   * Imports a parsed, untrusted value (see core/library/safe-json.ts for the
   * parsing). Validated completely before anything is written; an existing id
   * is imported as a copy unless `replace` was asked for, and a replaced
   * assessment is backed up first.
   */
  async importValue(value: unknown, mode: ImportMode): Promise<ImportResult> {
    const asFile =
      (value as { kind?: unknown } | null)?.kind === 'timantti-assessment'
        ? (() => {
            const a = AssessmentSchema.safeParse(value, { reportInput: true });
            if (!a.success) throw new LibraryValidationError(issuesFromZod(a.error));
            const stamp = this.now().toISOString();
            const known = this.clients.get(a.data.client.id);
            return makeExportFile([known ?? { ...a.data.client, createdAt: stamp, updatedAt: stamp }], [a.data], this.options.appVersion, this.now());
          })()
        : value;
    const parsed = ExportFileSchema.safeParse(asFile, { reportInput: true });
    if (!parsed.success) throw new LibraryValidationError(issuesFromZod(parsed.error));
    const plan = planImport(parsed.data, { clientIds: new Set(this.clients.keys()), assessmentIds: new Set(this.index.keys()) }, mode, () =>
      this.newId('assessment'),
    );
    for (const { client, action } of plan.clients) {
      if (action !== 'keep') await this.writeClient({ ...client, updatedAt: this.now().toISOString() });
    }
    const result: ImportResult = { clients: plan.clients.map(({ client, action }) => ({ id: client.id, name: client.name, action })), assessments: [] };
    for (const { assessment, action, originalId } of plan.assessments) {
      const path = this.layout.assessment(assessment.id);
      if (action === 'replace') {
        await this.flush();
        const existing = await readFile(path, 'utf8').catch(() => undefined);
        if (existing !== undefined) await writeBackup(this.layout, assessment.id, existing, this.now(), 'before-import');
      }
      const clientName = this.clients.get(assessment.client.id)?.name ?? assessment.client.name;
      const stored = { ...assessment, client: { id: assessment.client.id, name: clientName } };
      this.loaded.set(stored.id, { assessment: stored, rev: 1, savedRev: 0 });
      this.index.set(stored.id, { summary: summarize(stored), mtimeMs: 0, size: 0 });
      await this.persist(stored.id, 1);
      result.assessments.push({ id: stored.id, originalId, title: stored.title, action });
    }
    return result;
  }

  // ---------------------------------------------------------------- check

  /** Verifies every file (for `timantti library check`); damaged ones are quarantined and recovered. */
  async check(): Promise<{ checked: number; events: LibraryEvent[] }> {
    let checked = 0;
    for (const name of await readdir(this.layout.assessments)) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const id = name.slice(0, -'.json'.length);
      checked++;
      if (this.loaded.has(id)) continue;
      const assessment = await this.readAssessmentFile(id);
      if (assessment) await this.indexAssessment(assessment);
      else this.index.delete(id);
    }
    await this.writeIndex();
    return { checked, events: this.takeEvents() };
  }

  /** For tests and tools: the raw decoded state of a file on disk. */
  static async inspectFile(path: string) {
    return decodeRecord(await readFile(path));
  }

  /** Deletes stale temp files left by a process killed mid-write. */
  async sweepTempFiles(options: { othersOnly?: boolean } = {}): Promise<number> {
    let removed = 0;
    // With othersOnly, temps this process may be writing right now are left alone.
    const mine = (name: string) => options.othersOnly && name.split('.').at(-3) === String(process.pid);
    for (const dir of [this.layout.assessments, this.layout.clients, this.layout.root]) {
      for (const name of await readdir(dir)) {
        if (name.startsWith('.') && name.endsWith('.tmp') && !mine(name)) {
          await unlink(join(dir, name)).catch(() => undefined);
          removed++;
        }
      }
    }
    return removed;
  }
}

/** The input was understood but is not a valid assessment / export: the issues say why. */
export class LibraryValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(`invalid: ${issues.length} problem(s)`);
    this.name = 'LibraryValidationError';
  }
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
