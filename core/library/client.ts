import { z } from 'zod';
import { IdSchema } from '../questionnaire/schema';

const IsoDateTime = z.iso.datetime({ offset: true });

/** A client organisation whose assessments Timantti keeps. */
export const ClientSchema = z.strictObject({
  id: IdSchema,
  name: z.string().trim().min(1).max(200),
  /** Free text about the client: industry, contact person, engagement. */
  notes: z.string().max(10_000).optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Client = z.infer<typeof ClientSchema>;
