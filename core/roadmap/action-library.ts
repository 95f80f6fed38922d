import { z } from 'zod';
import { LocalizedTextSchema } from '../localized-text';
import { IdSchema, LEVEL_COUNT, SourceSchema } from '../questionnaire/schema';

/** How much work an action is: S (weeks, one team), M (a quarter, a few teams), L (several quarters, company-wide). */
export const EffortSchema = z.enum(['S', 'M', 'L']);
export type Effort = z.infer<typeof EffortSchema>;

/**
 * One improvement action the roadmap can propose. `step` is the level the
 * area climbs *from*: step 2 is the move from level 2 to level 3.
 */
/** What an action says and costs: the part a roadmap snapshots (core/roadmap/schema.ts). */
export const ACTION_CONTENT = {
  step: z
    .number()
    .int()
    .min(1)
    .max(LEVEL_COUNT - 1),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  effort: EffortSchema,
  /** 1 = helpful, 2 = significant, 3 = a turning point for the area. */
  impact: z.number().int().min(1).max(3),
  /** Actions that must be done (or started) before this one. */
  dependsOn: z.array(IdSchema).max(10).optional(),
};

export const ActionSchema = z.strictObject({
  id: IdSchema,
  area: IdSchema,
  ...ACTION_CONTENT,
  /** The seed ideas the action comes from; at least one. */
  sources: z.array(SourceSchema).min(1),
});
export type Action = z.infer<typeof ActionSchema>;

export const ACTION_LIBRARY_FORMAT_VERSION = 1;

const ActionLibraryShape = z.strictObject({
  kind: z.literal('timantti-action-library'),
  formatVersion: z.literal(ACTION_LIBRARY_FORMAT_VERSION),
  id: IdSchema,
  version: z.number().int().min(1),
  /** The questionnaire whose areas the actions belong to. */
  questionnaire: IdSchema,
  title: LocalizedTextSchema,
  actions: z.array(ActionSchema).min(1),
});

/**
 * An action library. Beyond field shapes: unique action ids, dependencies
 * that name existing actions and never form a cycle.
 */
export const ActionLibrarySchema = ActionLibraryShape.superRefine((lib, ctx) => {
  const issue = (path: PropertyKey[], message: string, params: Record<string, unknown> = {}) => ctx.addIssue({ code: 'custom', path, message, params });
  const ids = new Map<string, number>();
  lib.actions.forEach((a, i) => {
    if (ids.has(a.id)) issue(['actions', i, 'id'], 'duplicate-action-id', { id: a.id });
    else ids.set(a.id, i);
  });
  lib.actions.forEach((a, i) =>
    (a.dependsOn ?? []).forEach((dep, j) => {
      if (!ids.has(dep)) issue(['actions', i, 'dependsOn', j], 'unknown-action', { id: dep });
      if (dep === a.id) issue(['actions', i, 'dependsOn', j], 'dependency-cycle', { id: a.id });
    }),
  );
  // Cycles longer than one: depth-first search with colours. A duplicated id
  // keeps its first action (the duplicate is reported above), so a duplicate
  // never shows up as a cycle that is not there.
  const byId = new Map<string, (typeof lib.actions)[number]>();
  for (const a of lib.actions) if (!byId.has(a.id)) byId.set(a.id, a);
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting') return [...path, id];
    state.set(id, 'visiting');
    for (const dep of byId.get(id)?.dependsOn ?? []) {
      if (dep === id || !byId.has(dep)) continue;
      const cycle = visit(dep, [...path, id]);
      if (cycle) return cycle;
    }
    state.set(id, 'done');
    return undefined;
  };
  for (const a of lib.actions) {
    const cycle = visit(a.id, []);
    if (cycle && cycle.length > 2) {
      issue(['actions', ids.get(a.id) ?? 0, 'dependsOn'], 'dependency-cycle', { id: cycle.join(' → ') });
      break;
    }
  }
});

export type ActionLibrary = z.infer<typeof ActionLibraryShape>;
export { ActionLibraryShape };
