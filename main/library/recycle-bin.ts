import { readdir, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Assessment } from '../../core/assessment/schema';
import type { RecycleEntry } from '../../core/library/recycle-entry';
import { summarize, type AssessmentSummary } from '../../core/library/summary';
import { readAssessmentFile } from './assessment-file';
import type { AssessmentStore } from './assessment-store';
import { fileStamp, parseFileStamp } from './layout';
import type { LibraryContext } from './library-context';
import { LibraryError } from './library-errors';
import type { LibraryIndex } from './library-index';
import { readRecordFile } from './record-file';
import { compareCodeUnits } from '../../core/text/order';

/** `<id>.<stamp>.json`: the stamp makes each deletion its own entry, so deleting twice never overwrites. */
const ENTRY = /^(.+)\.(\d{4}-\d{2}-\d{2}T[\d-]+Z)\.json$/;

/** Deleting moves an assessment's file to `library/recycle-bin/`; nothing in the app deletes assessment data for good. */
export class RecycleBin {
  constructor(
    private readonly ctx: LibraryContext,
    private readonly index: LibraryIndex,
    private readonly store: AssessmentStore,
  ) {}

  /** Moves an assessment to the recycle bin (restorable). */
  async delete(id: string): Promise<RecycleEntry> {
    const { layout, queue, now } = this.ctx;
    const assessment = await this.store.get(id);
    await this.store.flush();
    const entry = `${id}.${fileStamp(now())}.json`;
    const path = layout.assessment(id);
    await queue.run(path, () => rename(path, join(layout.recycleBin, entry)));
    this.store.forget(id);
    this.index.delete(id);
    this.index.scheduleWrite();
    return { entry, assessmentId: id, title: assessment.title, clientName: assessment.client.name, deletedAt: now().toISOString() };
  }

  async list(): Promise<RecycleEntry[]> {
    const { layout } = this.ctx;
    const entries: RecycleEntry[] = [];
    for (const entry of await readdir(layout.recycleBin)) {
      const m = ENTRY.exec(entry);
      if (!m) continue;
      const outcome = await readRecordFile(join(layout.recycleBin, entry));
      const doc = outcome.kind === 'ok' ? (outcome.doc as Partial<Assessment>) : undefined;
      entries.push({
        entry,
        assessmentId: m[1]!,
        title: doc?.title ?? '?',
        clientName: doc?.client?.name ?? '?',
        deletedAt: new Date(parseFileStamp(m[2]!)).toISOString(),
      });
    }
    return entries.sort((a, b) => compareCodeUnits(b.deletedAt, a.deletedAt));
  }

  async restore(entry: string): Promise<AssessmentSummary> {
    const { layout, queue } = this.ctx;
    const m = ENTRY.exec(entry);
    if (!m || basename(entry) !== entry) throw new LibraryError('not-found', `no recycle-bin entry ${entry}`);
    const id = m[1]!;
    if (this.index.has(id)) throw new LibraryError('conflict', `an assessment ${id} already exists`);
    const from = join(layout.recycleBin, entry);
    const outcome = await readRecordFile(from);
    if (outcome.kind !== 'ok') throw new LibraryError('not-found', `recycle-bin entry ${entry} is unreadable`);
    const path = layout.assessment(id);
    await queue.run(path, () => rename(from, path));
    const assessment = await readAssessmentFile(this.ctx, id);
    if (!assessment) throw new LibraryError('not-found', `recycle-bin entry ${entry} is unreadable`);
    await this.index.record(assessment);
    this.index.scheduleWrite();
    return summarize(assessment);
  }
}
