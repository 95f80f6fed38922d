import { readdir, stat } from 'node:fs/promises';
import type { Assessment } from '../../core/assessment/schema';
import { summarize, type AssessmentSummary } from '../../core/library/summary';
import { recordDb } from './durable-adapter';
import type { LibraryContext } from './library-context';
import { log } from '../log/logger';
import { compareCodeUnits } from '../../core/text/order';

interface IndexEntry {
  summary: AssessmentSummary;
  /** The file's modification time and size when summarised: a mismatch at start-up means "summarise again". */
  mtimeMs: number;
  size: number;
}

const INDEX_KIND = 'timantti-index';
/**
 * Bumped whenever what a summary says changes (2: stage and coverage follow
 * core/scoring/claims.ts; 3: participant names, for the search), so an
 * index written by an older Timantti is rebuilt instead of listing what the
 * app no longer claims or lacking what it searches.
 */
const INDEX_VERSION = 3;

/**
 * Summaries of every assessment, so listing never opens a file. A cache:
 * `index.json` is checked against the files at start-up and rebuilt from
 * them when lost or stale; losing it costs a rebuild, never data.
 */
export class LibraryIndex {
  private readonly entries = new Map<string, IndexEntry>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly ctx: LibraryContext,
    /** Debounce of the index write. */
    private readonly delayMs: number,
  ) {}

  /**
   * Takes every cached summary whose file is unchanged and summarises the
   * rest with `read` (which may recover a damaged file from its backups).
   * Returns whether `index.json` is out of date.
   */
  async load(read: (id: string) => Promise<Assessment | undefined>): Promise<boolean> {
    const { layout } = this.ctx;
    const cached = new Map<string, IndexEntry>();
    const file = recordDb<{ kind?: unknown; formatVersion?: unknown; entries?: Record<string, IndexEntry> } | null>(layout.index, null);
    // Unreadable means rebuilt from the files, not recovered.
    // An unreadable index is rebuilt from the assessment files below: nothing is lost, but it is worth a line.
    await file.read().catch((err: unknown) => log.warn('library: the index could not be read; rebuilding it from the files', err));
    if (file.data?.kind === INDEX_KIND && file.data.formatVersion === INDEX_VERSION) {
      for (const [id, entry] of Object.entries(file.data.entries ?? {})) cached.set(id, entry);
    }
    let rebuilt = 0;
    const present = new Set<string>();
    for (const name of await readdir(layout.assessments)) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const id = name.slice(0, -'.json'.length);
      present.add(id);
      // Gone between readdir and stat (deleted meanwhile): nothing to index.
      const info = await stat(layout.assessment(id)).catch(() => undefined);
      if (!info) continue;
      const hit = cached.get(id);
      if (hit && hit.mtimeMs === info.mtimeMs && hit.size === info.size) {
        this.entries.set(id, hit);
        continue;
      }
      rebuilt++;
      const assessment = await read(id);
      if (assessment) await this.record(assessment);
    }
    for (const id of cached.keys()) {
      if (!present.has(id)) this.ctx.tell({ kind: 'missing', file: layout.assessment(id), at: this.ctx.now().toISOString() });
    }
    return rebuilt > 0 || cached.size !== this.entries.size || file.data?.formatVersion !== INDEX_VERSION;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  ids(): string[] {
    return [...this.entries.keys()];
  }

  /** Every summary, in the order the index holds them. */
  summaries(): AssessmentSummary[] {
    return [...this.entries.values()].map((e) => e.summary);
  }

  /** What the library list shows: newest workshop first. */
  list(clientId?: string): AssessmentSummary[] {
    return this.summaries()
      .filter((s) => clientId === undefined || s.clientId === clientId)
      .sort((a, b) => compareCodeUnits(b.date, a.date) || compareCodeUnits(b.updatedAt, a.updatedAt));
  }

  /** Summarises an assessment as its file now is on disk. */
  async record(assessment: Assessment): Promise<void> {
    const info = await stat(this.ctx.layout.assessment(assessment.id));
    this.entries.set(assessment.id, { summary: summarize(assessment), mtimeMs: info.mtimeMs, size: info.size });
  }

  /** Lists an assessment before its first write; time and size 0 match no file, so if that write never lands the entry is summarised again at the next start. */
  recordUnsaved(assessment: Assessment): void {
    this.entries.set(assessment.id, { summary: summarize(assessment), mtimeMs: 0, size: 0 });
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  /** Writes `index.json` a little later, once for a burst of saves. */
  scheduleWrite(): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.write().catch((err: unknown) => log.warn('library: writing the index failed; it is rebuilt from the files at the next start', err));
    }, this.delayMs);
    this.timer.unref?.();
  }

  write(): Promise<void> {
    const { layout, queue } = this.ctx;
    const doc = { kind: INDEX_KIND, formatVersion: INDEX_VERSION, entries: Object.fromEntries(this.entries) };
    return queue.run(layout.index, () => recordDb(layout.index, doc).write());
  }

  /** No more scheduled writes: the library is closing and writes the index itself. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
