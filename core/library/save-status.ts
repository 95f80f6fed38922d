import { z } from 'zod';

/** Whether everything the user did is on disk (`library:status`): the runner's save indicator asks this. */
export const SaveStatusSchema = z.object({
  /** Assessments whose latest changes are in memory but not yet on disk, retried until they are. */
  pending: z.array(z.object({ assessmentId: z.string(), since: z.string(), error: z.string(), attempts: z.number() })),
  /** Why the library could not be opened (e.g. another Timantti has it), if so. */
  unavailable: z.string().optional(),
});
export type SaveStatus = z.infer<typeof SaveStatusSchema>;
