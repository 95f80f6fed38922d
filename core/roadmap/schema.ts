import { z } from 'zod';
import { ACTION_CONTENT } from './action-library';
import { IdSchema } from '../questionnaire/schema';

export { PHASES } from './phases';
export const PhaseSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Phase = z.infer<typeof PhaseSchema>;

export const ROADMAP_STATUSES = ['proposed', 'accepted', 'in-progress', 'done'] as const;
export const RoadmapStatusSchema = z.enum(ROADMAP_STATUSES);
export type RoadmapStatus = z.infer<typeof RoadmapStatusSchema>;

const FreeText = (max: number) => z.string().trim().min(1).max(max);

/**
 * What a library action said when the roadmap took it in. Kept with the
 * assessment (like the questionnaire snapshot) so an exported assessment
 * renders the same report on a laptop with another action library.
 */
export const ActionSnapshotSchema = z.strictObject({ actionId: IdSchema, ...ACTION_CONTENT });
export type ActionSnapshot = z.infer<typeof ActionSnapshotSchema>;

/**
 * One line of the roadmap. A generated item carries `action` (the library's
 * words); the consultant's own item has none and must have a `title`.
 * `title` / `description` on a generated item are the consultant's rewording
 * and win over the library text in every language.
 */
export const RoadmapItemSchema = z
  .strictObject({
    id: IdSchema,
    areaId: IdSchema,
    phase: PhaseSchema,
    /** Position within the phase, ascending. */
    order: z.number().int().min(0).max(10_000),
    status: RoadmapStatusSchema,
    action: ActionSnapshotSchema.optional(),
    title: FreeText(300).optional(),
    description: FreeText(5_000).optional(),
    owner: FreeText(200).optional(),
    due: z.iso.date().optional(),
    /** Removed by the consultant: kept so regenerating does not bring it back. */
    removed: z.boolean().optional(),
    /** The consultant changed something the generator decided; regeneration keeps it. */
    edited: z.boolean().optional(),
    /** The generator's priority score when it proposed the item (docs/SCORING.md). */
    priority: z.number().min(0).max(1_000_000).optional(),
  })
  .refine((item) => item.action !== undefined || item.title !== undefined, { message: 'own-action-needs-title', path: ['title'] });
export type RoadmapItem = z.infer<typeof RoadmapItemSchema>;

export const RoadmapSchema = z.strictObject({
  /** When the generator last ran (ISO date-time). */
  generatedAt: z.iso.datetime({ offset: true }),
  /** Which action library proposed the generated items. */
  library: z.strictObject({ id: IdSchema, version: z.number().int().min(1) }),
  items: z.array(RoadmapItemSchema).max(500),
});
export type Roadmap = z.infer<typeof RoadmapSchema>;
