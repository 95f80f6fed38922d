import { rename } from 'node:fs/promises';
import type { LibraryEvent } from '../../core/library/events';
import type { KeyedQueue } from './keyed-queue';
import { fileStamp, type LibraryLayout } from './layout';
import type { QuestionnaireSnapshots } from './questionnaire-snapshots';

/** What every part of an open library shares. */
export interface LibraryContext {
  readonly layout: LibraryLayout;
  /** One queue for the whole library, keyed by path: exactly one writer per file, saves in order. */
  readonly queue: KeyedQueue;
  readonly now: () => Date;
  readonly newId: (kind: 'assessment' | 'client') => string;
  /** Keeps something the user must be told until the UI asks (`library:events`). */
  readonly tell: (event: LibraryEvent) => void;
  /** The questionnaire snapshots assessment records refer to. */
  readonly snapshots: QuestionnaireSnapshots;
}

/** Sets a damaged file aside under a new name (kept for forensics, never overwritten) and returns that name. */
export async function quarantine(ctx: LibraryContext, path: string): Promise<string> {
  const target = `${path}.corrupt-${fileStamp(ctx.now())}`;
  await ctx.queue.run(path, () => rename(path, target));
  return target;
}

/** A patch's given fields: `undefined` means "leave it", never "erase it". */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
