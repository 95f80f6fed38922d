import { z } from 'zod';
import { LibraryEventSchema } from './library/events';

const Count = z.number().int().min(0);

/**
 * What "Copy diagnostics" hands to support: versions, the platform, whether
 * the data folder and library work, numbers, event kinds and the log's last
 * lines. By construction it holds no client content: the library appears as
 * counts only, events as kinds and times, and log lines are written without
 * names, notes or answers (main/log/logger.ts).
 */
export const DiagnosticsSchema = z.object({
  generatedAt: z.string(),
  app: z.object({ name: z.string(), version: z.string(), shell: z.enum(['desktop', 'web']) }),
  platform: z.object({ os: z.string(), arch: z.string(), release: z.string() }),
  versions: z.object({ node: z.string(), electron: z.string().optional(), chrome: z.string().optional() }),
  dataDir: z.object({ path: z.string(), exists: z.boolean(), writable: z.boolean() }),
  library: z.object({
    open: z.boolean(),
    /** Why it could not be opened (e.g. another Timantti holds its lock). */
    unavailable: z.string().optional(),
    clients: Count,
    assessments: Count,
    recycleBin: Count,
    pendingSaves: Count,
  }),
  /** Library events told to the user this session, oldest first: kind and time only. */
  recentEvents: z.array(z.object({ kind: z.enum(LibraryEventSchema.options.map((o) => o.shape.kind.value)), at: z.string() })),
  log: z.object({ file: z.string().optional(), lines: z.array(z.string()) }),
});
export type Diagnostics = z.infer<typeof DiagnosticsSchema>;

/**
 * The text put on the clipboard: plain lines a consultant can paste into an
 * e-mail to support. In English, like the log it ends with: it is read by
 * whoever maintains Timantti, not by the consultant's client.
 */
export function formatDiagnostics(d: Diagnostics): string {
  const l = d.library;
  const kinds = new Map<string, number>();
  for (const e of d.recentEvents) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  const versions = [`Node ${d.versions.node}`, d.versions.electron && `Electron ${d.versions.electron}`, d.versions.chrome && `Chrome ${d.versions.chrome}`];
  return [
    `${d.app.name} diagnostics, ${d.generatedAt}`,
    `Version: ${d.app.version} (${d.app.shell === 'desktop' ? 'desktop app' : 'browser mode'})`,
    `Platform: ${d.platform.os} ${d.platform.release} ${d.platform.arch}`,
    `Runtime: ${versions.filter(Boolean).join(', ')}`,
    `Data folder: ${d.dataDir.path} (${d.dataDir.exists ? 'exists' : 'missing'}, ${d.dataDir.writable ? 'writable' : 'not writable'})`,
    l.open
      ? `Library: open; ${l.clients} clients, ${l.assessments} assessments, ${l.recycleBin} in the recycle bin, ${l.pendingSaves} saves pending`
      : `Library: unavailable (${l.unavailable ?? 'no reason given'})`,
    `Library events this session: ${kinds.size === 0 ? 'none' : [...kinds].map(([k, n]) => `${k} ×${n}`).join(', ')}`,
    '',
    `Log${d.log.file ? ` (${d.log.file})` : ''}, last ${d.log.lines.length} lines:`,
    ...d.log.lines,
    '',
  ].join('\n');
}
