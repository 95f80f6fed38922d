import type { Questionnaire } from '../core/questionnaire/schema';
import diamondV1 from '../assessments/questionnaires/b2b-cx-diamond-v1.json';
import diamondV2 from '../assessments/questionnaires/b2b-cx-diamond-v2.json';
import { Library } from './library/library';
import type { LibraryHandle } from './library-handlers';
import { log } from './log/logger';

/**
 * The questionnaires this version of Timantti knows (validated by tests). The
 * first is the default for new assessments; v1 stays so that assessments made
 * with it keep their snapshot and can be recovered (docs/CONTENT.md).
 */
export const BUILT_IN_QUESTIONNAIRES: readonly Questionnaire[] = [diamondV2 as Questionnaire, diamondV1 as Questionnaire];

/** Opens the library, or says why not (another Timantti holds it, a read-only disk, …) so the app still starts. */
export async function openLibraryHandle(dataDir: string, appVersion: string): Promise<LibraryHandle> {
  try {
    const library = await Library.open({ dataDir, appVersion, questionnaires: BUILT_IN_QUESTIONNAIRES });
    log.info(`library opened: ${library.listClients().length} clients, ${library.listAssessments().length} assessments`);
    return { library };
  } catch (err) {
    log.warn('the library could not be opened; the app runs without it', err);
    return { unavailable: err instanceof Error ? err.message : String(err) };
  }
}
