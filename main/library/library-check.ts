import { readdir } from 'node:fs/promises';
import { readAssessmentFile } from './assessment-file';
import type { AssessmentStore } from './assessment-store';
import type { LibraryContext } from './library-context';
import type { LibraryIndex } from './library-index';

/**
 * `timantti library check`: verifies every questionnaire snapshot, then reads
 * every assessment file that is not open, resolving its snapshot, so damage
 * is found (and quarantined and recovered, see assessment-file.ts and
 * questionnaire-snapshots.ts) before anyone needs that assessment; then
 * rewrites the index. Returns how many files were checked; what was found is
 * told as library events.
 */
export async function checkLibrary(ctx: LibraryContext, index: LibraryIndex, store: AssessmentStore): Promise<{ checked: number; snapshots: number }> {
  const snapshots = await ctx.snapshots.check();
  let checked = 0;
  for (const name of await readdir(ctx.layout.assessments)) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const id = name.slice(0, -'.json'.length);
    checked++;
    // An open assessment's latest state is in memory and on its way to disk; its snapshot can be written from memory.
    if (store.isLoaded(id)) {
      await ctx.snapshots.ensure((await store.get(id)).questionnaire, { tellMissing: true });
      continue;
    }
    const assessment = await readAssessmentFile(ctx, id);
    if (assessment) {
      // Resolved from memory if it was cached: make sure the file it refers to is on disk, too.
      await ctx.snapshots.ensure(assessment.questionnaire, { tellMissing: true });
      await index.record(assessment);
    } else index.delete(id);
  }
  await index.write();
  return { checked, snapshots };
}
