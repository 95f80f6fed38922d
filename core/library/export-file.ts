import { z } from 'zod';
import { AssessmentSchema, type Assessment } from '../assessment/schema';
import { ClientSchema, type Client } from './client';

export const EXPORT_FORMAT_VERSION = 1;

/**
 * The portable file: one assessment or a whole client with all its
 * assessments, self-contained (each assessment carries its questionnaire
 * snapshot). See docs/FORMAT.md.
 */
export const ExportFileSchema = z
  .strictObject({
    kind: z.literal('timantti-export'),
    formatVersion: z.literal(EXPORT_FORMAT_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    app: z.strictObject({ name: z.literal('Timantti'), version: z.string().max(50) }),
    clients: z.array(ClientSchema).max(10_000),
    assessments: z.array(AssessmentSchema).max(10_000),
  })
  .superRefine((file, ctx) => {
    const clientIds = new Set<string>();
    file.clients.forEach((c, i) => {
      if (clientIds.has(c.id)) ctx.addIssue({ code: 'custom', path: ['clients', i, 'id'], message: 'duplicate-id', params: { id: c.id } });
      clientIds.add(c.id);
    });
    const ids = new Set<string>();
    file.assessments.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: 'custom', path: ['assessments', i, 'id'], message: 'duplicate-id', params: { id: a.id } });
      ids.add(a.id);
      if (!clientIds.has(a.client.id))
        ctx.addIssue({ code: 'custom', path: ['assessments', i, 'client', 'id'], message: 'unknown-client', params: { id: a.client.id } });
    });
    if (file.clients.length === 0 && file.assessments.length === 0) ctx.addIssue({ code: 'custom', path: [], message: 'nothing-to-import', params: {} });
  });
export type ExportFile = z.infer<typeof ExportFileSchema>;

export function makeExportFile(clients: Client[], assessments: Assessment[], appVersion: string, now: Date): ExportFile {
  return {
    kind: 'timantti-export',
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    app: { name: 'Timantti', version: appVersion },
    clients,
    assessments,
  };
}

/** A file name that is safe on every OS and says what is inside. */
export function exportFileName(clientName: string, label: string, date: string, extension: 'timantti' | 'csv' | 'xlsx'): string {
  const safe = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'timantti';
  return `${safe(clientName)}_${safe(label)}_${date}.${extension === 'timantti' ? 'timantti.json' : extension}`;
}

/** An export ready to save: the name to suggest and the text to write (a .timantti.json or a CSV). */
export const ExportedSchema = z.object({ fileName: z.string(), content: z.string() });
export type Exported = z.infer<typeof ExportedSchema>;
/** A binary export (a workbook): its bytes in base64, as the report's PDF travels. */
export const ExportedBinarySchema = z.object({ fileName: z.string(), base64: z.string() });
