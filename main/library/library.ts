import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import type { AnswerChange, AnswerSaved, AssessmentPatch, NewAssessment } from '../../core/assessment/changes';
import type { Assessment } from '../../core/assessment/schema';
import type { BackupInfo } from '../../core/library/backup-info';
import type { Client, ClientDeleted, ClientPatch, NewClient } from '../../core/library/client';
import type { LibraryEvent } from '../../core/library/events';
import type { Exported } from '../../core/library/export-file';
import type { ImportMode, ImportPreview, ImportResult } from '../../core/library/import-plan';
import type { RecycleEntry } from '../../core/library/recycle-entry';
import type { SaveStatus } from '../../core/library/save-status';
import type { AssessmentSummary } from '../../core/library/summary';
import type { Questionnaire } from '../../core/questionnaire/schema';
import type { Roadmap } from '../../core/roadmap/schema';
import type { Language } from '../../core/settings';
import { AssessmentEdits } from './assessment-edits';
import { readAssessmentFile } from './assessment-file';
import { AssessmentStore } from './assessment-store';
import { BackupRestore } from './backup-restore';
import { ClientStore } from './client-store';
import { KeyedQueue } from './keyed-queue';
import { libraryLayout } from './layout';
import { checkLibrary } from './library-check';
import type { LibraryContext } from './library-context';
import { LibraryIndex } from './library-index';
import { acquireLock } from './lock';
import { QuestionnaireCatalog } from './questionnaire-catalog';
import { QuestionnaireSnapshots } from './questionnaire-snapshots';
import { RecycleBin } from './recycle-bin';
import { decodeRecord } from './record-file';
import { sweepTempFiles } from './temp-files';
import { Transfer } from './transfer';
import { log } from '../log/logger';

export interface LibraryOptions {
  dataDir: string;
  appVersion: string;
  /** The built-in questionnaires; the first one not retired is the default for new assessments. */
  questionnaires: readonly Questionnaire[];
  now?: () => Date;
  newId?: (kind: 'assessment' | 'client') => string;
  /** First retry of a failed save after this many ms (doubling, at most 30 s). */
  retryDelayMs?: number;
  /** Debounce of the index write (a cache: losing it costs a rebuild, never data). */
  indexDelayMs?: number;
}

/**
 * The assessment library on disk. Main is its only writer. This facade
 * opens it (taking the single-writer lock), closes it, and hands each call
 * to the module that owns it:
 *
 *   assessment-store.ts  the latest state of each assessment and its durable save (the hot path)
 *   assessment-file.ts   reading and writing a record: migrate, hydrate, validate, recover a damaged one from backups
 *   questionnaire-snapshots.ts  the questionnaire snapshots records refer to, stored once each by hash
 *   assessment-edits.ts  creating assessments, edits other than answers, the roadmap
 *   library-index.ts     summaries for listing, cached in index.json
 *   client-store.ts      clients
 *   recycle-bin.ts       delete and restore
 *   backup-restore.ts    backups the user can go back to (backups.ts writes and rotates them)
 *   transfer.ts          export and import
 *   library-check.ts     `timantti library check`
 */
export class Library {
  private readonly ctx: LibraryContext;
  private readonly events: LibraryEvent[] = [];
  private readonly index: LibraryIndex;
  private readonly store: AssessmentStore;
  private readonly clients: ClientStore;
  private readonly edits: AssessmentEdits;
  private readonly recycleBin: RecycleBin;
  private readonly backups: BackupRestore;
  private readonly transfer: Transfer;
  /** Built-in and the consultant's own questionnaires: import, preview, retire (questionnaire-catalog.ts). */ readonly questionnaires: QuestionnaireCatalog;
  private releaseLock: (() => void) | undefined;
  private closed = false;

  private constructor(options: LibraryOptions) {
    const base = {
      layout: libraryLayout(options.dataDir),
      queue: new KeyedQueue(),
      now: options.now ?? (() => new Date()),
      newId: options.newId ?? ((kind: 'assessment' | 'client') => `${kind === 'assessment' ? 'a' : 'c'}-${randomUUID()}`),
      tell: (event: LibraryEvent) => void this.events.push(event),
    };
    this.ctx = { ...base, snapshots: new QuestionnaireSnapshots(base, options.questionnaires) };
    this.index = new LibraryIndex(this.ctx, options.indexDelayMs ?? 5000);
    this.store = new AssessmentStore(this.ctx, this.index, options.retryDelayMs ?? 1000);
    this.clients = new ClientStore(this.ctx, this.index, this.store);
    this.questionnaires = new QuestionnaireCatalog(this.ctx, options.questionnaires);
    this.edits = new AssessmentEdits(this.ctx, this.store, this.clients, this.questionnaires);
    this.recycleBin = new RecycleBin(this.ctx, this.index, this.store);
    this.backups = new BackupRestore(this.ctx, this.store);
    this.transfer = new Transfer(this.ctx, options.appVersion, this.clients, this.index, this.store);
  }

  /** Opens (creating if needed) the library in `dataDir`, taking its single-writer lock. */
  static async open(options: LibraryOptions): Promise<Library> {
    const library = new Library(options);
    const { layout, now } = library.ctx;
    for (const dir of [layout.root, layout.clients, layout.assessments, layout.questionnaires, layout.backups, layout.recycleBin])
      await mkdir(dir, { recursive: true });
    library.releaseLock = (await acquireLock(layout.root, { now })).release;
    try {
      await sweepTempFiles(layout);
      await Promise.all([library.clients.load(), library.questionnaires.load()]);
      const indexStale = await library.index.load((id) => readAssessmentFile(library.ctx, id));
      await library.clients.recreateMissing();
      if (indexStale) await library.index.write();
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
    this.store.stop();
    this.index.stop();
    await this.index.write().catch((err: unknown) => log.warn('library: writing the index on close failed; it is rebuilt at the next start', err));
    this.releaseLock?.();
  }

  /** Waits for queued writes and retries pending saves once. */
  flush(): Promise<void> {
    return this.store.flush();
  }

  /** Hands over (and forgets) what the user has not been told yet. */
  takeEvents(): LibraryEvent[] {
    return this.events.splice(0, this.events.length);
  }

  status(): SaveStatus {
    return this.store.status();
  }

  listClients(): Client[] {
    return this.clients.list();
  }

  createClient(input: NewClient): Promise<Client> {
    return this.clients.create(input);
  }

  updateClient(id: string, patch: ClientPatch): Promise<Client> {
    return this.clients.update(id, patch);
  }

  /** Deletes a client; its assessments go to the recycle bin (see ClientStore.delete). */
  deleteClient(id: string): Promise<ClientDeleted> {
    return this.clients.delete(id, (assessmentId) => this.recycleBin.delete(assessmentId));
  }

  listAssessments(clientId?: string): AssessmentSummary[] {
    return this.index.list(clientId);
  }

  /** The latest state of an assessment, including changes still waiting to be written. */
  getAssessment(id: string): Promise<Assessment> {
    return this.store.get(id);
  }

  createAssessment(input: NewAssessment): Promise<Assessment> {
    return this.edits.create(input);
  }

  updateAssessment(id: string, patch: AssessmentPatch): Promise<Assessment> {
    return this.edits.update(id, patch);
  }

  /** Records one answer, note or evidence; resolves once it is on disk. */
  saveAnswer(change: AnswerChange): Promise<AnswerSaved> {
    return this.store.saveAnswer(change);
  }

  /** Replaces the roadmap with what `build` makes of the latest stored state (see AssessmentEdits.saveRoadmap). */
  saveRoadmap(id: string, build: (current: Assessment, now: Date) => Roadmap): Promise<Assessment> {
    return this.edits.saveRoadmap(id, build);
  }

  /** Moves an assessment to the recycle bin (restorable). */
  deleteAssessment(id: string): Promise<RecycleEntry> {
    return this.recycleBin.delete(id);
  }

  listRecycleBin(): Promise<RecycleEntry[]> {
    return this.recycleBin.list();
  }

  /** Restores a deleted assessment; a client deleted with it comes back too (by the name the assessment carries). */
  async restoreFromRecycleBin(entry: string): Promise<AssessmentSummary> {
    const summary = await this.recycleBin.restore(entry);
    await this.clients.recreateMissing();
    return summary;
  }

  /** Backups of an assessment, newest first, including any still being written. */
  listBackups(id: string): Promise<BackupInfo[]> {
    return this.backups.list(id);
  }

  /** Restores a backup; the current state is backed up first, so a restore can itself be undone. */
  restoreBackup(id: string, name: string): Promise<Assessment> {
    return this.backups.restore(id, name);
  }

  exportAssessment(id: string): Promise<Exported> {
    return this.transfer.exportAssessment(id);
  }

  exportClient(clientId: string): Promise<Exported> {
    return this.transfer.exportClient(clientId);
  }

  exportCsv(ids: readonly string[], language: Language = 'en'): Promise<Exported> {
    return this.transfer.exportCsv(ids, language);
  }

  /** Imports a parsed, untrusted value; validated completely before anything is written (see Transfer.importValue). */
  importValue(value: unknown, mode: ImportMode): Promise<ImportResult> {
    return this.transfer.importValue(value, mode);
  }

  /** What importing a parsed, untrusted value would do, without writing (see Transfer.previewImport). */
  previewImport(value: unknown): ImportPreview {
    return this.transfer.previewImport(value);
  }

  /** Verifies every file (for `timantti library check`); damaged ones are quarantined and recovered. */
  async check(): Promise<{ checked: number; snapshots: number; events: LibraryEvent[] }> {
    const { checked, snapshots } = await checkLibrary(this.ctx, this.index, this.store);
    return { checked, snapshots, events: this.takeEvents() };
  }

  /** For tests and tools: the raw decoded state of a file on disk. */
  static async inspectFile(path: string) {
    return decodeRecord(await readFile(path));
  }

  /** Deletes stale temp files left by a process killed mid-write. */
  sweepTempFiles(options: { othersOnly?: boolean } = {}): Promise<number> {
    return sweepTempFiles(this.ctx.layout, options);
  }
}
