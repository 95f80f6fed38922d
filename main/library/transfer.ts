import { readFile } from 'node:fs/promises';
import { AssessmentSchema } from '../../core/assessment/schema';
import { answersCsv } from '../../core/library/csv';
import { ExportFileSchema, exportFileName, makeExportFile, type Exported } from '../../core/library/export-file';
import { planImport, type ImportMode, type ImportPlan, type ImportPreview, type ImportResult } from '../../core/library/import-plan';
import { issuesFromZod } from '../../core/validation/issues';
import type { AssessmentStore } from './assessment-store';
import { writeBackup } from './backups';
import type { ClientStore } from './client-store';
import type { LibraryContext } from './library-context';
import { LibraryError, LibraryValidationError } from './library-errors';
import type { LibraryIndex } from './library-index';
import type { Language } from '../../core/settings';
import { log } from '../log/logger';

/** Export and import: the portable `.timantti.json` file (docs/FORMAT.md) and the answers as CSV. */
export class Transfer {
  constructor(
    private readonly ctx: LibraryContext,
    /** Written into every export, so a file says which Timantti made it. */
    private readonly appVersion: string,
    private readonly clients: ClientStore,
    private readonly index: LibraryIndex,
    private readonly store: AssessmentStore,
  ) {}

  async exportAssessment(id: string): Promise<Exported> {
    const a = await this.store.get(id);
    const client = this.clients.get(a.client.id);
    const file = makeExportFile(client ? [client] : [], [a], this.appVersion, this.ctx.now());
    return { fileName: exportFileName(a.client.name, a.title, a.date, 'timantti'), content: JSON.stringify(file, null, 2) + '\n' };
  }

  async exportClient(clientId: string): Promise<Exported> {
    const client = this.clients.get(clientId);
    if (!client) throw new LibraryError('not-found', `no client ${clientId}`);
    const assessments = await Promise.all(this.index.list(clientId).map((s) => this.store.get(s.id)));
    const file = makeExportFile([client], assessments, this.appVersion, this.ctx.now());
    return {
      fileName: exportFileName(client.name, 'all', this.ctx.now().toISOString().slice(0, 10), 'timantti'),
      content: JSON.stringify(file, null, 2) + '\n',
    };
  }

  /** Every answer as CSV in `language` (headers, labels, separator and decimal mark: core/library/csv.ts). */
  async exportCsv(ids: readonly string[], language: Language): Promise<Exported> {
    const assessments = await Promise.all(ids.map((id) => this.store.get(id)));
    const first = assessments[0];
    const name = first ? exportFileName(first.client.name, ids.length === 1 ? first.title : 'answers', first.date, 'csv') : 'timantti.csv';
    return { fileName: name, content: answersCsv(assessments, language) };
  }

  /**
   * Imports a parsed, untrusted value (see core/library/safe-json.ts for the
   * parsing). Validated completely before anything is written; an existing id
   * is imported as a copy unless `replace` was asked for, and a replaced
   * assessment is backed up first.
   */
  async importValue(value: unknown, mode: ImportMode): Promise<ImportResult> {
    const { layout, now } = this.ctx;
    const plan = this.plan(value, mode);
    for (const { client, action } of plan.clients) {
      if (action !== 'keep') await this.clients.put({ ...client, updatedAt: now().toISOString() });
    }
    const result: ImportResult = { clients: plan.clients.map(({ client, action }) => ({ id: client.id, name: client.name, action })), assessments: [] };
    for (const { assessment, action, originalId } of plan.assessments) {
      if (action === 'replace') {
        await this.store.flush();
        const existing = await readFile(layout.assessment(assessment.id), 'utf8').catch((err: unknown) => {
          // Nothing to keep when the file is not there; any other failure means no before-import copy, which the log says.
          if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
            log.warn(`library: no before-import backup of ${assessment.id}: the file could not be read`, err);
          return undefined;
        });
        if (existing !== undefined) await writeBackup(layout, assessment.id, existing, now(), 'before-import');
      }
      // An assessment carries its client's name as now stored: with `keep`, the library's, not the file's.
      const clientName = this.clients.get(assessment.client.id)?.name ?? assessment.client.name;
      const stored = { ...assessment, client: { id: assessment.client.id, name: clientName } };
      await this.store.add(stored);
      result.assessments.push({ id: stored.id, originalId, title: stored.title, action });
    }
    return result;
  }

  /** What importing `value` would do, without writing: the assessments whose ids the library already holds. */
  previewImport(value: unknown): ImportPreview {
    const plan = this.plan(value, 'replace');
    return {
      assessments: plan.assessments.length,
      conflicts: plan.assessments
        .filter((p) => p.action === 'replace')
        .map(({ assessment }) => ({
          id: assessment.id,
          title: assessment.title,
          existingTitle: this.index.summaries().find((s) => s.id === assessment.id)?.title ?? assessment.title,
        })),
    };
  }

  /** Validates the whole value (a portable file or a single assessment file) and plans it against the library. */
  private plan(value: unknown, mode: ImportMode): ImportPlan {
    const { now } = this.ctx;
    const asFile =
      (value as { kind?: unknown } | null)?.kind === 'timantti-assessment'
        ? (() => {
            const a = AssessmentSchema.safeParse(value, { reportInput: true });
            if (!a.success) throw new LibraryValidationError(issuesFromZod(a.error));
            const stamp = now().toISOString();
            const known = this.clients.get(a.data.client.id);
            return makeExportFile([known ?? { ...a.data.client, createdAt: stamp, updatedAt: stamp }], [a.data], this.appVersion, now());
          })()
        : value;
    const parsed = ExportFileSchema.safeParse(asFile, { reportInput: true });
    if (!parsed.success) throw new LibraryValidationError(issuesFromZod(parsed.error));
    return planImport(parsed.data, { clientIds: this.clients.ids(), assessmentIds: new Set(this.index.ids()) }, mode, () => this.ctx.newId('assessment'));
  }
}
