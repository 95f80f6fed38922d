import { applyAnswer } from '../../core/assessment/apply-answer';
import type { AnswerChange, AnswerSaved } from '../../core/assessment/changes';
import { AnswerValueSchema, MAX_NOTE_LENGTH, type Assessment } from '../../core/assessment/schema';
import type { SaveStatus } from '../../core/library/save-status';
import { dehydrate } from '../../core/library/stored-assessment';
import { readAssessmentFile } from './assessment-file';
import { writeBackup } from './backups';
import type { LibraryContext } from './library-context';
import { describeFailure, LibraryError } from './library-errors';
import type { LibraryIndex } from './library-index';
import { writeRecordFile } from './record-file';
import { sweepTempFiles } from './temp-files';
import { log } from '../log/logger';

/** Assessments kept in memory at once (those taken with one questionnaire share one copy of it). */
const MAX_LOADED = 64;

interface Loaded {
  assessment: Assessment;
  /** Changes made in memory so far; `savedRev` is the newest of them known to be on disk. */
  rev: number;
  savedRev: number;
}

/**
 * The assessments: the latest state of each in memory, and its durable
 * write. The workshop's save path reads top to bottom: saveAnswer checks the
 * change, mutate applies it in memory, persist writes the file (the record
 * refers to its questionnaire snapshot, stored once), acknowledges,
 * updates the index and copies what it wrote to a backup; a failed write is
 * retried until it lands.
 */
export class AssessmentStore {
  private readonly loaded = new Map<string, Loaded>();
  private readonly loading = new Map<string, Promise<Assessment>>();
  /** Assessments whose latest change is only in memory, because writing it failed. */
  private readonly pending = new Map<string, { since: string; error: string; attempts: number }>();
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly ctx: LibraryContext,
    private readonly index: LibraryIndex,
    /** First retry of a failed save after this many ms (doubling, at most 30 s). */
    private readonly retryDelayMs: number,
  ) {}

  /** Records one answer, note or evidence. The hot path of the workshop: one small validation, one durable write. */
  async saveAnswer(change: AnswerChange): Promise<AnswerSaved> {
    const current = await this.get(change.assessmentId);
    // The channel has parsed the shape; whether the statement and participant exist only the assessment knows.
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
   * Applies a change to the in-memory assessment at once, then writes it.
   * Resolves when the file on disk holds this change (or a later one); if the
   * write fails, the change stays in memory, is retried in the background,
   * and the caller gets a storage-failed error to show.
   */
  async mutate(id: string, change: (a: Assessment) => Assessment): Promise<Assessment> {
    await this.get(id);
    const state = this.loaded.get(id)!;
    const next = { ...change(state.assessment), updatedAt: this.ctx.now().toISOString() };
    state.assessment = next;
    state.rev++;
    await this.persist(id, state.rev);
    return next;
  }

  private persist(id: string, rev?: number): Promise<void> {
    const { layout, queue } = this.ctx;
    const path = layout.assessment(id);
    return queue.run(path, async () => {
      const state = this.loaded.get(id);
      if (!state) return;
      // Saves queue up behind a slow disk; one write carries every change made before it started.
      if (rev !== undefined && state.savedRev >= rev) return;
      const writingRev = state.rev;
      let written: string;
      try {
        // The questionnaire snapshot first (one file per questionnaire, written once), then the record referring to it.
        const ref = await this.ctx.snapshots.ensure(state.assessment.questionnaire);
        written = await writeRecordFile(path, dehydrate(state.assessment, ref.sha256));
      } catch (err) {
        // The log gets the error's code and description (describe-error.ts keeps paths out); callers and the UI get no paths.
        log.error(`library: saving assessment ${id} failed; kept in memory and retried`, err);
        const message = describeFailure(err);
        const previous = this.pending.get(id);
        this.pending.set(id, { since: previous?.since ?? this.ctx.now().toISOString(), error: message, attempts: (previous?.attempts ?? 0) + 1 });
        this.scheduleRetry();
        throw new LibraryError('storage-failed', message);
      }
      state.savedRev = Math.max(state.savedRev, writingRev);
      if (state.savedRev === state.rev) this.pending.delete(id);
      await this.index.record(state.assessment);
      this.index.scheduleWrite();
      // The backup is a copy of the text just written; it runs after the save
      // is acknowledged, in its own queue, and its failure never fails a save.
      const takenAt = this.ctx.now();
      void queue
        .run(layout.backupDir(id), () => writeBackup(layout, id, written, takenAt, 'save'))
        .catch((err: unknown) => {
          // The save itself is on disk; the user hears that this copy is missing, so a full disk is noticed before it costs an answer.
          log.error(`library: the backup after saving assessment ${id} failed`, err);
          this.ctx.tell({ kind: 'backup-failed', file: path, code: errorCode(err), at: this.ctx.now().toISOString() });
        });
      this.evict();
    });
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.stopped) return;
    const attempts = Math.max(0, ...[...this.pending.values()].map((p) => p.attempts));
    const delay = Math.min(this.retryDelayMs * 2 ** Math.max(0, attempts - 1), 30_000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      // Temps of killed writers hold disk space a full disk needs back; ours are cleaned by the writer itself.
      void sweepTempFiles(this.ctx.layout, { othersOnly: true })
        .catch((err: unknown) => log.warn('library: sweeping temp files before a retry failed', err))
        .then(() => {
          // A failed retry is already logged and kept pending by persist(); it schedules the next one.
          for (const id of [...this.pending.keys()]) void this.persist(id).catch(() => undefined);
        });
    }, delay);
    this.retryTimer.unref?.();
  }

  /** Retries pending saves once and waits for every queued write of the library. */
  async flush(): Promise<void> {
    // Each failure is logged by persist() and stays pending (status() reports it); flushing carries on with the rest.
    for (const id of [...this.pending.keys()]) await this.persist(id).catch(() => undefined);
    await this.ctx.queue.idle();
  }

  status(): SaveStatus {
    return { pending: [...this.pending].map(([assessmentId, p]) => ({ assessmentId, ...p })) };
  }

  /** The latest state of an assessment, including changes still waiting to be written. */
  async get(id: string): Promise<Assessment> {
    const open = this.loaded.get(id);
    if (open) return open.assessment;
    let loading = this.loading.get(id);
    if (!loading) {
      // Two callers asking at once share one read, so a damaged file is recovered once.
      loading = (async () => {
        if (!this.index.has(id)) throw new LibraryError('not-found', `no assessment ${id}`);
        const assessment = await readAssessmentFile(this.ctx, id);
        if (!assessment) {
          this.index.delete(id);
          this.index.scheduleWrite();
          throw new LibraryError('not-found', `assessment ${id} could not be read`);
        }
        this.loaded.set(id, { assessment, rev: 0, savedRev: 0 });
        this.evict();
        return assessment;
      })().finally(() => this.loading.delete(id));
      this.loading.set(id, loading);
    }
    return loading;
  }

  /** A new or imported assessment: listed at once, acknowledged once its file is on disk. */
  async add(assessment: Assessment): Promise<void> {
    this.loaded.set(assessment.id, { assessment, rev: 1, savedRev: 0 });
    this.index.recordUnsaved(assessment);
    await this.persist(assessment.id, 1);
  }

  isLoaded(id: string): boolean {
    return this.loaded.has(id);
  }

  /** Drops an assessment whose file has left the library (the recycle bin). */
  forget(id: string): void {
    this.loaded.delete(id);
    this.pending.delete(id);
  }

  /**
   * Keeps memory bounded: assessments opened for exports or listings are
   * dropped again, oldest first, once everything of theirs is on disk.
   */
  private evict(): void {
    for (const [id, state] of this.loaded) {
      if (this.loaded.size <= MAX_LOADED) return;
      if (state.savedRev === state.rev && !this.pending.has(id)) this.loaded.delete(id);
    }
  }

  /** No more retries: the library is closing (it has flushed). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
  }
}

/** The system error code of a failure (ENOSPC, EACCES…), for the user's notice; never a message with a path. */
function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{1,40}$/.test(code) ? code : 'unknown';
}
