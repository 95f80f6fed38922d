import { z } from 'zod';
import { IdSchema } from '../questionnaire/schema';
import { LanguageSchema } from '../settings';

/** Inputs and outputs of the report channel (see contract.ts). */

/** A logo the user picked: PNG or JPEG as a data URL, at most ~1 MB of image. */
export const LogoSchema = z.strictObject({
  dataUrl: z
    .string()
    .max(1_400_000)
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, { message: 'bad-logo' }),
});

export const ReportOptionsSchema = z.strictObject({
  /** The report's language; the assessment's own language when absent. */
  language: LanguageSchema.optional(),
  /** Participants listed by name, or by role only (names never printed). */
  participants: z.enum(['names', 'roles']),
  /** Earlier assessments of the same client to show in the trend and on the radar. */
  compareWith: z.array(IdSchema).max(10).optional(),
  logo: LogoSchema.optional(),
});
export type ReportOptions = z.infer<typeof ReportOptionsSchema>;

export const ReportCreateSchema = z.strictObject({ assessmentId: IdSchema, options: ReportOptionsSchema });

/** The standalone comparison report: two or more assessments of one client (at most eleven, as the report compares one with ten earlier). */
export const ReportComparisonSchema = z.strictObject({
  assessmentIds: z.array(IdSchema).min(2).max(11),
  /** The report's language; the latest assessment's own language when absent. */
  language: LanguageSchema.optional(),
});

/**
 * In the desktop app main saves the PDF where the user chose and opens it
 * (`savedTo`; `cancelled` when the user closed the dialog). In browser mode
 * the PDF comes back as base64 for the page to download.
 */
export const ReportCreatedSchema = z.object({
  fileName: z.string(),
  pages: z.number(),
  savedTo: z.string().optional(),
  /** False when the PDF was saved but the system could not open it. */
  opened: z.boolean().optional(),
  cancelled: z.boolean().optional(),
  pdfBase64: z.string().optional(),
});
