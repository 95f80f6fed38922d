import type { Questionnaire } from '../questionnaire/schema';
import type { MappingEntry, QuestionnaireMapping } from './mapping';

/** Two statements whose scores may be compared: the same id, or kept / reworded by the mapping. */
export interface MatchedStatement {
  earlierId: string;
  laterId: string;
  /** The later questionnaire's area of the statement. */
  areaId: string;
  /** 'same': matched by id (same questionnaire, no mapping, or a statement the mapping does not name). */
  change: 'same' | 'kept' | 'reworded';
}

/** A statement the mapping says was replaced by another with a different meaning: listed, never compared. */
export interface ReplacedStatement {
  earlierId: string;
  earlierAreaId: string;
  laterId: string;
  laterAreaId: string;
}

/** A statement one side has and the other has nothing comparable to. */
export interface UnmatchedStatement {
  statementId: string;
  areaId: string;
}

export interface StatementMatching {
  /**
   * 'mapping': a documented mapping between the two versions was used;
   * 'id': statements matched by id only (one questionnaire, a consultant's own
   * questionnaire, or versions with no mapping between them).
   */
  basis: 'mapping' | 'id';
  matched: MatchedStatement[];
  replaced: ReplacedStatement[];
  /** Only in the earlier questionnaire. */
  removed: UnmatchedStatement[];
  /** Only in the later questionnaire. */
  added: UnmatchedStatement[];
}

interface Oriented {
  earlierId: string | null;
  laterId: string | null;
  change: MappingEntry['change'];
}

const REVERSED: Record<MappingEntry['change'], MappingEntry['change']> = {
  kept: 'kept',
  reworded: 'reworded',
  replaced: 'replaced',
  new: 'removed',
  removed: 'new',
};

/** The mapping's entries from `earlier` to `later` (a mapping also reads backwards), or undefined when none links the two versions. */
function orientedEntries(earlier: Questionnaire, later: Questionnaire, mappings: readonly QuestionnaireMapping[]): Oriented[] | undefined {
  const is = (ref: QuestionnaireMapping['from'], q: Questionnaire) => ref.id === q.id && ref.version === q.version;
  const forward = mappings.find((m) => is(m.from, earlier) && is(m.to, later));
  if (forward) return forward.statements.map((s) => ({ earlierId: s.v1, laterId: s.v2, change: s.change }));
  const backward = mappings.find((m) => is(m.from, later) && is(m.to, earlier));
  if (backward) return backward.statements.map((s) => ({ earlierId: s.v2, laterId: s.v1, change: REVERSED[s.change] }));
  return undefined;
}

const areasById = (q: Questionnaire) => new Map(q.areas.flatMap((a) => a.statements.map((s) => [s.id, a.id] as const)));

/**
 * Which statements of two questionnaires can be compared. Questionnaires
 * of one id at different versions use the documented mapping between them
 * when one is given (kept / reworded: comparable; replaced: listed with both
 * ids; new / removed: one side only); anything else — the same version, a
 * consultant's own questionnaire, versions with no mapping — matches by id.
 * Every statement of either side ends up in exactly one list: nothing is
 * dropped. A mapping entry that names a statement the questionnaire lacks
 * cannot match; the statement the questionnaire has is then listed alone.
 */
export function matchStatements(earlier: Questionnaire, later: Questionnaire, mappings: readonly QuestionnaireMapping[] = []): StatementMatching {
  const before = areasById(earlier);
  const after = areasById(later);
  const entries = earlier.id === later.id && earlier.version !== later.version ? orientedEntries(earlier, later, mappings) : undefined;
  const byEarlier = new Map((entries ?? []).filter((e) => e.earlierId !== null).map((e) => [e.earlierId as string, e]));
  const namedLater = new Set((entries ?? []).flatMap((e) => (e.laterId === null ? [] : [e.laterId])));
  const result: StatementMatching = { basis: entries ? 'mapping' : 'id', matched: [], replaced: [], removed: [], added: [] };
  const taken = new Set<string>();

  for (const [earlierId, earlierAreaId] of before) {
    const entry = byEarlier.get(earlierId);
    const laterId = entry ? entry.laterId : namedLater.has(earlierId) ? null : earlierId;
    const laterAreaId = laterId !== null && !taken.has(laterId) ? after.get(laterId) : undefined;
    if (laterId === null || laterAreaId === undefined || entry?.change === 'removed' || entry?.change === 'new') {
      result.removed.push({ statementId: earlierId, areaId: earlierAreaId });
      continue;
    }
    taken.add(laterId);
    if (entry?.change === 'replaced') result.replaced.push({ earlierId, earlierAreaId, laterId, laterAreaId });
    else result.matched.push({ earlierId, laterId, areaId: laterAreaId, change: entry ? (entry.change as 'kept' | 'reworded') : 'same' });
  }
  for (const [statementId, areaId] of after) if (!taken.has(statementId)) result.added.push({ statementId, areaId });
  return result;
}
