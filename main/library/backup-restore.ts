import type { Assessment } from '../../core/assessment/schema';
import type { BackupInfo } from '../../core/library/backup-info';
import { encodeAssessmentRecord, readBackup } from './assessment-file';
import type { AssessmentStore } from './assessment-store';
import { listBackups, writeBackup } from './backups';
import type { LibraryContext } from './library-context';
import { LibraryError } from './library-errors';

/** The backups the user sees: listing them and going back to one. */
export class BackupRestore {
  constructor(
    private readonly ctx: LibraryContext,
    private readonly store: AssessmentStore,
  ) {}

  /** Backups of an assessment, newest first, including any still being written. */
  list(id: string): Promise<BackupInfo[]> {
    return this.ctx.queue.run(this.ctx.layout.backupDir(id), () => listBackups(this.ctx.layout, id));
  }

  /** Restores a backup; the current state is backed up first, so a restore can itself be undone. */
  async restore(id: string, name: string): Promise<Assessment> {
    const { layout, queue, now } = this.ctx;
    // A backup being written after the latest save must land before we choose among them.
    await queue.run(layout.backupDir(id), async () => undefined);
    const restored = await readBackup(this.ctx, id, name);
    if (!restored) throw new LibraryError('not-found', `no usable backup ${name}`);
    const current = await this.store.get(id);
    await this.store.flush();
    await writeBackup(layout, id, await encodeAssessmentRecord(this.ctx, current), now(), 'before-restore');
    return this.store.mutate(id, () => restored);
  }
}
