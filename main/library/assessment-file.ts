import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AssessmentSchema, type Assessment } from '../../core/assessment/schema';
import type { CorruptReason } from '../../core/library/events';
import { migrateAssessment } from '../../core/library/migrations';
import { listBackups, writeBackup } from './backups';
import { CorruptRecordError, recordDb } from './durable-adapter';
import { quarantine, type LibraryContext } from './library-context';
import { readRecordFile, writeRecordFile } from './record-file';

/**
 * Reads, migrates and validates one assessment file. A damaged file is set
 * aside and the newest good backup restored; a file from a newer Timantti
 * is left untouched. Either way the user is told. Returns undefined when
 * nothing usable exists.
 */
export async function readAssessmentFile(ctx: LibraryContext, id: string): Promise<Assessment | undefined> {
  const path = ctx.layout.assessment(id);
  const db = recordDb<unknown>(path, null);
  try {
    await db.read();
  } catch (err) {
    if (err instanceof CorruptRecordError) return recover(ctx, id, err.reason);
    throw err;
  }
  if (db.data === null) return undefined;
  const migration = migrateAssessment(db.data);
  if (migration.kind === 'newer') {
    ctx.tell({ kind: 'newer-format', file: path, version: migration.version, at: ctx.now().toISOString() });
    return undefined;
  }
  if (migration.kind === 'unknown') return recover(ctx, id, 'schema');
  const parsed = AssessmentSchema.safeParse(migration.doc);
  if (!parsed.success || parsed.data.id !== id) return recover(ctx, id, 'schema');
  if (migration.kind === 'migrated') {
    const original = await readFile(path, 'utf8');
    const backup = await writeBackup(ctx.layout, id, original, ctx.now(), `before-migration-v${migration.from}`);
    await ctx.queue.run(path, () => writeRecordFile(path, parsed.data));
    ctx.tell({ kind: 'migrated', file: path, from: migration.from, backup: backup ?? '', at: ctx.now().toISOString() });
  }
  return parsed.data;
}

/** A backup as an assessment, or undefined if it is damaged, from a newer Timantti, or of another assessment. */
export async function readBackup(ctx: LibraryContext, id: string, name: string): Promise<Assessment | undefined> {
  if (basename(name) !== name) return undefined;
  const outcome = await readRecordFile(join(ctx.layout.backupDir(id), name));
  if (outcome.kind !== 'ok') return undefined;
  const migration = migrateAssessment(outcome.doc);
  if (migration.kind !== 'current' && migration.kind !== 'migrated') return undefined;
  const parsed = AssessmentSchema.safeParse(migration.doc);
  return parsed.success && parsed.data.id === id ? parsed.data : undefined;
}

async function recover(ctx: LibraryContext, id: string, reason: CorruptReason): Promise<Assessment | undefined> {
  const path = ctx.layout.assessment(id);
  const quarantinedAs = await quarantine(ctx, path);
  const at = ctx.now().toISOString();
  for (const backup of await listBackups(ctx.layout, id)) {
    const assessment = await readBackup(ctx, id, backup.name);
    if (!assessment) continue;
    await ctx.queue.run(path, () => writeRecordFile(path, assessment));
    ctx.tell({ kind: 'recovered', file: path, reason, quarantinedAs, restoredFrom: backup.takenAt, at });
    return assessment;
  }
  ctx.tell({ kind: 'unrecoverable', file: path, reason, quarantinedAs, at });
  return undefined;
}
