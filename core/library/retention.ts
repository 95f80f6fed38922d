/**
 * Which backups to keep: the newest RECENT_KEEP taken at least
 * RECENT_SPACING_MS apart, plus the newest backup of each of the last
 * DAILY_KEEP_DAYS calendar days (UTC). Everything else may be deleted.
 * Pure: the caller lists the backups and does the deleting.
 */
export const RECENT_KEEP = 10;
export const RECENT_SPACING_MS = 5 * 60_000;
export const DAILY_KEEP_DAYS = 30;
const DAY_MS = 86_400_000;

export interface BackupStamp {
  name: string;
  /** Milliseconds since the epoch when the backup was taken. */
  time: number;
}

/** Whether a new backup is due, given the newest existing one. */
export const backupDue = (newest: number | undefined, now: number): boolean => newest === undefined || now - newest >= RECENT_SPACING_MS;

export function planRetention(backups: readonly BackupStamp[], now: number): { keep: BackupStamp[]; remove: BackupStamp[] } {
  const newestFirst = [...backups].sort((a, b) => b.time - a.time);
  const keep = new Set<BackupStamp>(newestFirst.slice(0, RECENT_KEEP));
  const days = new Set<number>();
  for (const b of newestFirst) {
    const day = Math.floor(b.time / DAY_MS);
    if (now - b.time > DAILY_KEEP_DAYS * DAY_MS || days.has(day)) continue;
    days.add(day);
    keep.add(b);
  }
  return { keep: newestFirst.filter((b) => keep.has(b)), remove: newestFirst.filter((b) => !keep.has(b)) };
}
