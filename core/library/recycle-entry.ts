import { z } from 'zod';

/** A deleted assessment waiting in the recycle bin; `entry` is its file name there, which restores it. */
export const RecycleEntrySchema = z.object({ entry: z.string(), assessmentId: z.string(), title: z.string(), clientName: z.string(), deletedAt: z.string() });
export type RecycleEntry = z.infer<typeof RecycleEntrySchema>;
