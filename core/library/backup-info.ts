import { z } from 'zod';

/** One backup of an assessment, as the settings screen lists it. */
export const BackupInfoSchema = z.object({
  name: z.string(),
  /** ISO time the backup was taken. */
  takenAt: z.string(),
  /** `before-change`: kept before a migration, import or restore replaced the file, and never rotated away. */
  reason: z.enum(['save', 'before-change']),
});
export type BackupInfo = z.infer<typeof BackupInfoSchema>;
