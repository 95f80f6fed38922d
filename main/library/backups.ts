import { mkdir, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupInfo } from '../../core/library/backup-info';
import { backupDue, planRetention, type BackupStamp } from '../../core/library/retention';
import { writeFileDurable } from '../storage/atomic-write';
import { fileStamp, parseFileStamp, type LibraryLayout } from './layout';
import { log } from '../log/logger';

/** Backups of one assessment, newest first. */
export async function listBackups(layout: LibraryLayout, id: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await readdir(layout.backupDir(id));
  } catch (err) {
    // No folder yet is simply no backups; anything else is said in the log, and the list is empty.
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') log.warn(`library: the backups of assessment ${id} could not be listed`, err);
    return [];
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .map((name) => ({ name, time: parseFileStamp(name) }))
    .filter((b) => Number.isFinite(b.time))
    .sort((a, b) => b.time - a.time)
    .map((b) => ({ name: b.name, takenAt: new Date(b.time).toISOString(), reason: b.name.includes('.before-') ? 'before-change' : 'save' }));
}

/**
 * Writes a backup of a record's text. `reason` "save" backups are taken at
 * most every few minutes and rotated; "before-change" backups (before a
 * migration, an import replacing it, a restore) are always taken.
 */
export async function writeBackup(
  layout: LibraryLayout,
  id: string,
  recordText: string,
  now: Date,
  reason: 'save' | `before-${string}`,
): Promise<string | undefined> {
  const existing = await listBackups(layout, id);
  const saves = existing.filter((b) => b.reason === 'save');
  if (reason === 'save' && !backupDue(saves[0] ? Date.parse(saves[0].takenAt) : undefined, now.getTime())) return undefined;
  await mkdir(layout.backupDir(id), { recursive: true });
  const name = reason === 'save' ? `${fileStamp(now)}.json` : `${fileStamp(now)}.${reason}.json`;
  await writeFileDurable(join(layout.backupDir(id), name), recordText);
  if (reason === 'save') {
    const stamps: BackupStamp[] = [{ name, time: now.getTime() }, ...saves.map((b) => ({ name: b.name, time: Date.parse(b.takenAt) }))];
    for (const old of planRetention(stamps, now.getTime()).remove)
      await unlink(join(layout.backupDir(id), old.name)).catch((err: unknown) =>
        // A backup that could not be deleted only costs disk space; the next save tries again.
        log.warn(`library: deleting an old backup of assessment ${id} failed`, err),
      );
  }
  return name;
}
