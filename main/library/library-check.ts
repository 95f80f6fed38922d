import { readdir } from 'node:fs/promises';
import { readAssessmentFile } from './assessment-file';
import type { AssessmentStore } from './assessment-store';
import type { LibraryContext } from './library-context';
import type { LibraryIndex } from './library-index';

/**
 * `timantti library check`: reads every assessment file that is not open,
 * so damage is found (and quarantined and recovered, see assessment-file.ts)
 * before anyone needs that assessment; then rewrites the index. Returns how
 * many files were checked; what was found is told as library events.
 */
export async function checkLibrary(ctx: LibraryContext, index: LibraryIndex, store: AssessmentStore): Promise<number> {
  let checked = 0;
  for (const name of await readdir(ctx.layout.assessments)) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const id = name.slice(0, -'.json'.length);
    checked++;
    // An open assessment's latest state is in memory and on its way to disk.
    if (store.isLoaded(id)) continue;
    const assessment = await readAssessmentFile(ctx, id);
    if (assessment) await index.record(assessment);
    else index.delete(id);
  }
  await index.write();
  return checked;
}
