import { join } from 'node:path';

/**
 * Where everything lives under the data folder. One file per assessment, so
 * a save writes one file, not the whole library.
 *
 *   library/index.json                    summaries for listing (a cache, rebuilt if lost)
 *   library/clients/<id>.json             one client
 *   library/assessments/<id>.json         one assessment (referring to its questionnaire snapshot)
 *   library/questionnaires/<sha256>.json  a questionnaire snapshot, written once, shared by every assessment taken with it
 *   library/questionnaire-catalog.json    the custom questionnaires (their content is their snapshot) and the retired ones
 *   library/backups/<id>/<stamp>.json     rotating backups of one assessment
 *   library/recycle-bin/<id>.<stamp>.json deleted assessments, restorable
 *   library/library.lock                  the single-writer lock
 */
export function libraryLayout(dataDir: string) {
  const root = join(dataDir, 'library');
  return {
    root,
    index: join(root, 'index.json'),
    clients: join(root, 'clients'),
    assessments: join(root, 'assessments'),
    questionnaires: join(root, 'questionnaires'),
    questionnaireCatalog: join(root, 'questionnaire-catalog.json'),
    backups: join(root, 'backups'),
    recycleBin: join(root, 'recycle-bin'),
    client: (id: string) => join(root, 'clients', `${id}.json`),
    assessment: (id: string) => join(root, 'assessments', `${id}.json`),
    questionnaire: (sha256: string) => join(root, 'questionnaires', `${sha256}.json`),
    backupDir: (id: string) => join(root, 'backups', id),
  };
}
export type LibraryLayout = ReturnType<typeof libraryLayout>;

/** A timestamp usable in a file name on every OS: 2026-11-23T17-30-05-123Z. */
export const fileStamp = (date: Date): string => date.toISOString().replace(/[:.]/g, '-');

/** The time of a file stamp, or NaN. */
export function parseFileStamp(stamp: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(stamp);
  return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : NaN;
}
