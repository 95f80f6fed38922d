import { z } from 'zod';
import { MAX_NAME_LENGTH, type Assessment } from '../assessment/schema';
import type { Language } from '../settings';
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
    return {
      assessment: { ...assessment, id: newId(), title: copyTitle(assessment.title, assessment.language) },
      action: 'copy' as const,
      originalId: assessment.id,
    };
  });
  return { clients, assessments };
}

const COPY_SUFFIX: Record<Language, string> = { fi: ' (kopio)', en: ' (copy)' };

/**
 * The title of an imported copy: a visible suffix in the assessment's own
 * language, so the copy and the original are told apart in the list. A long
 * title is shortened to keep within the schema's limit.
 */
export function copyTitle(title: string, language: Language): string {
  const suffix = COPY_SUFFIX[language];
  return title.slice(0, MAX_NAME_LENGTH - suffix.length).trimEnd() + suffix;
}

/** An assessment in a file about to be imported whose id the library already holds: the user chooses replace, copy or cancel. */
export const ImportConflictSchema = z.object({ id: z.string(), title: z.string(), existingTitle: z.string() });

/** What importing a file would do, worked out without writing: the UI asks about conflicts before `library:import`. */
export const ImportPreviewSchema = z.object({ assessments: z.number(), conflicts: z.array(ImportConflictSchema) });
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;
