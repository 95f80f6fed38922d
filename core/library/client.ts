import { z } from 'zod';
import { IdSchema } from '../questionnaire/schema';
import { RecycleEntrySchema } from './recycle-entry';

const IsoDateTime = z.iso.datetime({ offset: true });
const Name = z.string().trim().min(1).max(200);
const Notes = z.string().max(10_000);

/** A client organisation whose assessments Timantti keeps. */
export const ClientSchema = z.strictObject({
  id: IdSchema,
  name: Name,
  /** Free text about the client: industry, contact person, engagement. */
  notes: Notes.optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Client = z.infer<typeof ClientSchema>;

/** A new client as the user describes it (`client:create`); the library adds id and times. */
export const ClientCreateSchema = z.strictObject({ name: Name, notes: Notes.optional() });
export type NewClient = z.infer<typeof ClientCreateSchema>;

/** `client:update`: the fields given replace the stored ones. */
export const ClientUpdateSchema = z.strictObject({ id: IdSchema, name: Name.optional(), notes: Notes.optional() });
export type ClientPatch = Omit<z.infer<typeof ClientUpdateSchema>, 'id'>;

/** `client:delete`: the client's file is removed and its assessments moved to the recycle bin (restorable), listed here. */
export const ClientDeletedSchema = z.object({ clientId: z.string(), recycled: z.array(RecycleEntrySchema) });
export type ClientDeleted = z.infer<typeof ClientDeletedSchema>;
