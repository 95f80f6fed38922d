import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AssessmentSchema, type Assessment } from '../../core/assessment/schema';
import type { CorruptReason } from '../../core/library/events';
import { dehydrate, hydrate, readStoredAssessment, type StoredAssessment } from '../../core/library/stored-assessment';
import { listBackups, writeBackup } from './backups';
import { CorruptRecordError, recordDb } from './durable-adapter';
import { quarantine, type LibraryContext } from './library-context';
import { encodeRecord, readRecordFile, writeRecordFile } from './record-file';

/**
 * Reads, migrates and validates one assessment file, and joins it to its
 * questionnaire snapshot. A damaged file is set aside and the newest good
 * backup restored; a file from a newer Timantti is left untouched. Either
 * way the user is told. Returns undefined when nothing usable exists (a lost
 * snapshot leaves the record itself untouched).
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
  const read = readStoredAssessment(db.data);
  if (read.kind === 'newer') {
    ctx.tell({ kind: 'newer-format', file: path, version: read.version, at: ctx.now().toISOString() });
    return undefined;
  }
  if (read.kind === 'unknown') return recover(ctx, id, 'schema');
  if (read.kind === 'stored') {
    const hydrated = await hydrateRecord(ctx, read.record, id);
    if (hydrated === 'lost') return undefined;
    if (!hydrated) return recover(ctx, id, 'schema');
    if (read.from !== undefined) await migrateStored(ctx, id, hydrated, read.from);
    return hydrated;
  }
  const parsed = AssessmentSchema.safeParse(read.doc);
  if (!parsed.success || parsed.data.id !== id) return recover(ctx, id, 'schema');
  // An older format holds the full questionnaire: back it up as it is, then store the snapshot once and the record as a reference.
  const original = await readFile(path, 'utf8');
  const backup = await writeBackup(ctx.layout, id, original, ctx.now(), `before-migration-v${read.from}`);
  await ctx.queue.run(path, () => writeAssessmentRecord(ctx, parsed.data));
  ctx.tell({ kind: 'migrated', file: path, from: read.from, backup: backup ?? '', at: ctx.now().toISOString() });
  return { ...parsed.data, questionnaire: ctx.snapshots.shared(parsed.data.questionnaire) };
}

/** An older stored record (its snapshot already on disk): backed up as it is, then written in the current stored format. */
async function migrateStored(ctx: LibraryContext, id: string, assessment: Assessment, from: number): Promise<void> {
  const path = ctx.layout.assessment(id);
  const original = await readFile(path, 'utf8');
  const backup = await writeBackup(ctx.layout, id, original, ctx.now(), `before-migration-v${from}`);
  await ctx.queue.run(path, () => writeAssessmentRecord(ctx, assessment));
  ctx.tell({ kind: 'migrated', file: path, from, backup: backup ?? '', at: ctx.now().toISOString() });
}

/**
 * Writes an assessment as its stored record: the questionnaire snapshot
 * first (durable before any record refers to it), then the record. Returns
 * the record's text as written. The caller holds the record's queue.
 */
export async function writeAssessmentRecord(ctx: LibraryContext, assessment: Assessment): Promise<string> {
  const ref = await ctx.snapshots.ensure(assessment.questionnaire);
  return writeRecordFile(ctx.layout.assessment(assessment.id), dehydrate(assessment, ref.sha256));
}

/** The text a record of the assessment would have (for a backup of a state not on disk); its snapshot is made durable first. */
export async function encodeAssessmentRecord(ctx: LibraryContext, assessment: Assessment): Promise<string> {
  const ref = await ctx.snapshots.ensure(assessment.questionnaire);
  return encodeRecord(dehydrate(assessment, ref.sha256));
}

/** A stored record joined to its snapshot and validated in full; undefined if invalid, 'lost' if the snapshot is (already told). */
async function hydrateRecord(ctx: LibraryContext, record: StoredAssessment, id: string): Promise<Assessment | undefined | 'lost'> {
  const questionnaire = await ctx.snapshots.resolve(record.questionnaireRef, id);
  if (!questionnaire) return 'lost';
  const parsed = AssessmentSchema.safeParse(hydrate(record, questionnaire));
  // The parse copied the questionnaire; every assessment keeps the one shared object instead.
  return parsed.success && parsed.data.id === id ? { ...parsed.data, questionnaire } : undefined;
}

/** A backup as an assessment, or undefined if it is damaged, from a newer Timantti, of another assessment, or its snapshot is lost. */
export async function readBackup(ctx: LibraryContext, id: string, name: string): Promise<Assessment | undefined> {
  if (basename(name) !== name) return undefined;
  const outcome = await readRecordFile(join(ctx.layout.backupDir(id), name));
  if (outcome.kind !== 'ok') return undefined;
  const read = readStoredAssessment(outcome.doc);
  if (read.kind === 'stored') {
    const hydrated = await hydrateRecord(ctx, read.record, id);
    return hydrated === 'lost' ? undefined : hydrated;
  }
  if (read.kind !== 'full') return undefined;
  const parsed = AssessmentSchema.safeParse(read.doc);
  return parsed.success && parsed.data.id === id ? parsed.data : undefined;
}

async function recover(ctx: LibraryContext, id: string, reason: CorruptReason): Promise<Assessment | undefined> {
  const path = ctx.layout.assessment(id);
  const quarantinedAs = await quarantine(ctx, path);
  const at = ctx.now().toISOString();
  for (const backup of await listBackups(ctx.layout, id)) {
    const assessment = await readBackup(ctx, id, backup.name);
    if (!assessment) continue;
    await ctx.queue.run(path, () => writeAssessmentRecord(ctx, assessment));
    ctx.tell({ kind: 'recovered', file: path, reason, quarantinedAs, restoredFrom: backup.takenAt, at });
    return assessment;
  }
  ctx.tell({ kind: 'unrecoverable', file: path, reason, quarantinedAs, at });
  return undefined;
}
