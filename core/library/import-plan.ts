import { z } from 'zod';
import type { Assessment } from '../assessment/schema';
import type { Client } from './client';
import type { ExportFile } from './export-file';

/**
 * What to do with an id that already exists: `copy` (the default) imports
 * the assessment under a new id next to the existing one; `replace`
 * overwrites the existing one (after a backup) and is only done when the
 * user asked for it. Nothing is ever overwritten silently.
 */
export const ImportModeSchema = z.enum(['copy', 'replace']);
export type ImportMode = z.infer<typeof ImportModeSchema>;

export interface ImportPlan {
  clients: { client: Client; action: 'create' | 'keep' | 'replace' }[];
  assessments: { assessment: Assessment; action: 'create' | 'copy' | 'replace'; originalId: string }[];
}

/** What an import did, for the user to read: every client and assessment and what became of it. */
export const ImportResultSchema = z.object({
  clients: z.array(z.object({ id: z.string(), name: z.string(), action: z.enum(['create', 'keep', 'replace']) })),
  assessments: z.array(z.object({ id: z.string(), originalId: z.string(), title: z.string(), action: z.enum(['create', 'copy', 'replace']) })),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;

export function planImport(
  file: ExportFile,
  existing: { clientIds: ReadonlySet<string>; assessmentIds: ReadonlySet<string> },
  mode: ImportMode,
  newId: () => string,
): ImportPlan {
  const clients = file.clients.map((client) => ({
    client,
    action: !existing.clientIds.has(client.id) ? ('create' as const) : mode === 'replace' ? ('replace' as const) : ('keep' as const),
  }));
  const assessments = file.assessments.map((assessment) => {
    if (!existing.assessmentIds.has(assessment.id)) return { assessment, action: 'create' as const, originalId: assessment.id };
    if (mode === 'replace') return { assessment, action: 'replace' as const, originalId: assessment.id };
    return { assessment: { ...assessment, id: newId() }, action: 'copy' as const, originalId: assessment.id };
  });
  return { clients, assessments };
}
