import { createHash } from 'node:crypto';
import { readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorruptReason } from '../../core/library/events';
import { migrateAssessment } from '../../core/library/migrations';
import { canonicalJson, type QuestionnaireRef } from '../../core/library/stored-assessment';
import { QuestionnaireSchema, type Questionnaire } from '../../core/questionnaire/schema';
import { listBackups } from './backups';
import { fileStamp } from './layout';
import type { LibraryContext } from './library-context';
import { readRecordFile, writeRecordFile } from './record-file';

type SnapshotContext = Omit<LibraryContext, 'snapshots'>;
type Found = { questionnaire: Questionnaire; from: 'memory' | 'built-in' | 'backup' };

/**
 * Questionnaire snapshots, one file each: `library/questionnaires/<sha256>.json`,
 * a checksummed record named by the SHA-256 of the questionnaire's canonical
 * JSON. An assessment record refers to one by that hash. A snapshot is
 * written once, durably, before the first record that refers to it, and never
 * rewritten unless it is found damaged or missing; snapshots are never
 * deleted, so every backup's reference keeps resolving.
 *
 * Loaded snapshots are kept parsed, one object per hash, so the 500
 * assessments of a library share one questionnaire in memory.
 */
export class QuestionnaireSnapshots {
  private readonly parsed = new Map<string, Questionnaire>();
  private readonly hashes = new WeakMap<Questionnaire, string>();
  /** Known to be on disk and intact (read or written by this process). */
  private readonly onDisk = new Set<string>();
  /** Told to the user as lost: not searched for again in this session. */
  private readonly lost = new Set<string>();
  private builtInByHash: Map<string, Questionnaire> | undefined;

  constructor(
    private readonly ctx: SnapshotContext,
    /** The questionnaires shipped with the app: a lost snapshot of one of them is written again from it. */
    private readonly builtIns: readonly Questionnaire[],
  ) {}

  /** The SHA-256 of the questionnaire's canonical JSON (computed once per object). */
  hashOf(questionnaire: Questionnaire): string {
    let hash = this.hashes.get(questionnaire);
    if (!hash) {
      hash = createHash('sha256').update(canonicalJson(questionnaire)).digest('hex');
      this.hashes.set(questionnaire, hash);
    }
    return hash;
  }

  /** The one object kept for this questionnaire's content, if one is loaded; else the questionnaire itself. */
  shared(questionnaire: Questionnaire): Questionnaire {
    return this.parsed.get(this.hashOf(questionnaire)) ?? questionnaire;
  }

  /**
   * Makes sure the questionnaire's snapshot is on disk, durably, and returns
   * the reference to store. Called before every record write, so a record
   * never reaches the disk before the snapshot it refers to; after the first
   * call for a hash it does no I/O.
   */
  async ensure(questionnaire: Questionnaire, options: { tellMissing?: boolean } = {}): Promise<QuestionnaireRef> {
    const sha256 = this.hashOf(questionnaire);
    const ref = { id: questionnaire.id, version: questionnaire.version, sha256 };
    if (this.onDisk.has(sha256)) return ref;
    const path = this.ctx.layout.questionnaire(sha256);
    await this.ctx.queue.run(path, async () => {
      if (this.onDisk.has(sha256)) return;
      const problem = await this.verify(sha256);
      if (problem !== undefined) await this.rewrite(sha256, { questionnaire, from: 'memory' }, problem, options.tellMissing);
      this.onDisk.add(sha256);
      this.lost.delete(sha256);
    });
    if (!this.parsed.has(sha256)) this.parsed.set(sha256, questionnaire);
    return ref;
  }

  /**
   * The questionnaire a record refers to, or undefined when its snapshot is
   * lost (the user has been told). A missing or damaged snapshot is written
   * again from an identical copy if one exists (see `findCopy`).
   */
  async resolve(ref: QuestionnaireRef, assessmentId: string): Promise<Questionnaire | undefined> {
    const cached = this.parsed.get(ref.sha256);
    if (cached) return cached;
    if (this.lost.has(ref.sha256)) return undefined;
    const path = this.ctx.layout.questionnaire(ref.sha256);
    return this.ctx.queue.run(path, async () => {
      if (this.parsed.has(ref.sha256)) return this.parsed.get(ref.sha256);
      const problem = await this.verify(ref.sha256);
      if (problem === undefined) return this.parsed.get(ref.sha256);
      const copy = await this.findCopy(ref.sha256, assessmentId);
      if (copy) return (await this.rewrite(ref.sha256, copy, problem)).questionnaire;
      await this.reportLost(ref.sha256, problem);
      return undefined;
    });
  }

  /**
   * `timantti library check`: reads every snapshot on disk, whatever is
   * cached, and repairs or reports a damaged one. Returns how many were
   * checked. The caller then `ensure`s the snapshot of every assessment, so
   * one a record refers to that is missing is found too.
   */
  async check(): Promise<number> {
    let checked = 0;
    // From here on only what this check reads counts as on disk: `ensure` reads again any other snapshot a record refers to.
    this.onDisk.clear();
    for (const name of await readdir(this.ctx.layout.questionnaires)) {
      const m = /^([0-9a-f]{64})\.json$/.exec(name);
      if (!m) continue;
      const sha256 = m[1]!;
      checked++;
      await this.ctx.queue.run(this.ctx.layout.questionnaire(sha256), async () => {
        const problem = await this.verify(sha256);
        if (problem === undefined) return;
        this.onDisk.delete(sha256);
        const copy = await this.findCopy(sha256, undefined);
        if (copy) await this.rewrite(sha256, copy, problem);
        else await this.reportLost(sha256, problem);
      });
    }
    return checked;
  }

  /** Reads and verifies one snapshot file: undefined if it is intact (and now cached), else what is wrong. */
  private async verify(sha256: string): Promise<CorruptReason | 'missing' | undefined> {
    const outcome = await readRecordFile(this.ctx.layout.questionnaire(sha256));
    if (outcome.kind === 'missing') return 'missing';
    if (outcome.kind === 'corrupt') return outcome.reason;
    // The record's own checksum held; the name must also be the content's hash.
    if (createHash('sha256').update(canonicalJson(outcome.doc)).digest('hex') !== sha256) return 'integrity';
    const parsed = QuestionnaireSchema.safeParse(outcome.doc);
    if (!parsed.success) return 'schema';
    this.hashes.set(parsed.data, sha256);
    if (!this.parsed.has(sha256)) this.parsed.set(sha256, parsed.data);
    this.onDisk.add(sha256);
    return undefined;
  }

  /** An identical copy of a lost snapshot: in memory, built in, or inside a backup of an older format (the assessment's own first). */
  private async findCopy(sha256: string, assessmentId: string | undefined): Promise<Found | undefined> {
    const inMemory = this.parsed.get(sha256);
    if (inMemory) return { questionnaire: inMemory, from: 'memory' };
    this.builtInByHash ??= new Map(this.builtIns.map((q) => [this.hashOf(q), q]));
    const builtIn = this.builtInByHash.get(sha256);
    if (builtIn) return { questionnaire: builtIn, from: 'built-in' };
    const { layout } = this.ctx;
    const others = (await readdir(layout.backups).catch(() => [] as string[])).filter((id) => id !== assessmentId);
    const candidates = assessmentId === undefined ? others : [assessmentId, ...others];
    for (const id of candidates) {
      for (const backup of await listBackups(layout, id)) {
        // Another assessment's full copy is in the backup taken before its migration; its save backups rotate away.
        if (id !== assessmentId && !backup.name.includes('.before-migration-')) continue;
        const outcome = await readRecordFile(join(layout.backupDir(id), backup.name));
        if (outcome.kind !== 'ok') continue;
        const migration = migrateAssessment(outcome.doc);
        if (migration.kind !== 'current' && migration.kind !== 'migrated') continue;
        const parsed = QuestionnaireSchema.safeParse((migration.doc as { questionnaire?: unknown }).questionnaire);
        if (parsed.success && this.hashOf(parsed.data) === sha256) return { questionnaire: parsed.data, from: 'backup' };
      }
    }
    return undefined;
  }

  /** Sets a damaged snapshot aside and writes the copy in its place; the caller holds the file's queue. */
  private async rewrite(sha256: string, found: Found, problem: CorruptReason | 'missing', tellMissing = false): Promise<Found> {
    const path = this.ctx.layout.questionnaire(sha256);
    if (problem !== 'missing') await rename(path, `${path}.corrupt-${fileStamp(this.ctx.now())}`);
    await writeRecordFile(path, found.questionnaire);
    this.parsed.set(sha256, found.questionnaire);
    this.onDisk.add(sha256);
    // A snapshot written for a new questionnaire is no news; one that had been lost is.
    if (problem !== 'missing' || found.from !== 'memory' || tellMissing)
      this.ctx.tell({ kind: 'snapshot-restored', file: path, from: found.from, at: this.ctx.now().toISOString() });
    return found;
  }

  private async reportLost(sha256: string, problem: CorruptReason | 'missing'): Promise<void> {
    const path = this.ctx.layout.questionnaire(sha256);
    const at = this.ctx.now().toISOString();
    this.lost.add(sha256);
    if (problem === 'missing') return this.ctx.tell({ kind: 'missing', file: path, at });
    const quarantinedAs = `${path}.corrupt-${fileStamp(this.ctx.now())}`;
    await rename(path, quarantinedAs);
    this.ctx.tell({ kind: 'unrecoverable', file: path, reason: problem, quarantinedAs, at });
  }
}
