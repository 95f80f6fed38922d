import {
  CATALOG_FORMAT_VERSION,
  QuestionnaireCatalogSchema,
  questionnaireInfo,
  sameQuestionnaire,
  type QuestionnaireCatalog as CatalogFile,
  type QuestionnaireImported,
  type QuestionnaireInfo,
  type QuestionnaireKey,
} from '../../core/library/questionnaire-info';
import type { CorruptReason } from '../../core/library/events';
import type { Questionnaire } from '../../core/questionnaire/schema';
import { validateQuestionnaire } from '../../core/validation/validate';
import { CorruptRecordError, recordDb } from './durable-adapter';
import { quarantine, type LibraryContext } from './library-context';
import { LibraryError, LibraryValidationError } from './library-errors';

type Custom = CatalogFile['custom'][number] & { questionnaire: Questionnaire };

/**
 * The questionnaires offered for new assessments: the built-in ones and the
 * consultant's own, imported from files. A custom questionnaire's content is
 * its snapshot (`questionnaire-snapshots.ts`), written durably before the
 * catalog names it; the catalog (`library/questionnaire-catalog.json`) lists
 * them and which questionnaires are retired.
 *
 * Identity is id + version. Re-importing exactly the same questionnaire is
 * harmless (nothing changes); the same id and version with other content is
 * refused — a changed questionnaire is a new version, so an assessment's
 * `questionnaire` reference never means two things. A built-in questionnaire's
 * id cannot be imported at all.
 */
export class QuestionnaireCatalog {
  private custom: Custom[] = [];
  private retired: QuestionnaireKey[] = [];
  /** Written by a newer Timantti: read-only here. */
  private newerFile = false;

  constructor(
    private readonly ctx: LibraryContext,
    private readonly builtIns: readonly Questionnaire[],
  ) {}

  async load(): Promise<void> {
    const path = this.ctx.layout.questionnaireCatalog;
    const db = recordDb<unknown>(path, null);
    let corrupt: CorruptReason | undefined;
    try {
      await db.read();
    } catch (err) {
      if (!(err instanceof CorruptRecordError)) throw err;
      corrupt = err.reason;
    }
    // Missing: no custom questionnaire has been imported and none retired.
    if (corrupt === undefined && db.data === null) return;
    const version = (db.data as { formatVersion?: unknown } | null)?.formatVersion;
    if (typeof version === 'number' && version > CATALOG_FORMAT_VERSION) {
      this.newerFile = true;
      this.ctx.tell({ kind: 'newer-format', file: path, version, at: this.ctx.now().toISOString() });
      return;
    }
    const parsed = QuestionnaireCatalogSchema.safeParse(db.data);
    if (!parsed.success) {
      // Set aside, never overwritten; the questionnaires' content stays in their snapshots.
      const quarantinedAs = await quarantine(this.ctx, path);
      this.ctx.tell({ kind: 'unrecoverable', file: path, reason: corrupt ?? 'schema', quarantinedAs, at: this.ctx.now().toISOString() });
      return;
    }
    this.retired = parsed.data.retired;
    for (const entry of parsed.data.custom) {
      // A lost snapshot is told to the user by the snapshot store; the entry is then left out.
      const questionnaire = await this.ctx.snapshots.resolve({ id: entry.id, version: entry.version, sha256: entry.sha256 }, '');
      // One imported before a Timantti that now ships the same id and version: the built-in one is meant.
      if (questionnaire && !this.builtIns.some((b) => sameQuestionnaire(b, entry))) this.custom.push({ ...entry, questionnaire });
    }
  }

  /** Built-in first, then custom in the order imported. */
  list(): QuestionnaireInfo[] {
    return [
      ...this.builtIns.map((q) => questionnaireInfo(q, 'built-in', this.isRetired(q))),
      ...this.custom.map((c) => questionnaireInfo(c.questionnaire, 'custom', this.isRetired(c), c.importedAt)),
    ];
  }

  /** Any questionnaire the library knows, retired or not (for a preview). */
  get(key: QuestionnaireKey): Questionnaire {
    const q = this.builtIns.find((b) => sameQuestionnaire(b, key)) ?? this.custom.find((c) => sameQuestionnaire(c, key))?.questionnaire;
    if (!q) throw new LibraryError('not-found', `no questionnaire ${key.id} v${key.version}`);
    return q;
  }

  /** A questionnaire a new assessment may use; without a key, the first offered (built-in first). */
  offered(key?: QuestionnaireKey): Questionnaire | undefined {
    const all = this.all().filter((q) => !this.isRetired(q));
    return key ? all.find((q) => sameQuestionnaire(q, key)) : all[0];
  }

  /** The highest offered version of a questionnaire id, if any is offered. */
  newestOffered(id: string): Questionnaire | undefined {
    return this.all()
      .filter((q) => q.id === id && !this.isRetired(q))
      .sort((a, b) => b.version - a.version)[0];
  }

  /** Imports a parsed, untrusted value: validated as `timantti validate` does, refused with its issues, or stored durably. */
  async import(value: unknown): Promise<QuestionnaireImported> {
    // An assessment or an export picked by mistake is named as such, not as a questionnaire of a "newer format".
    if ((value as { kind?: unknown } | null)?.kind !== 'timantti-questionnaire')
      throw new LibraryValidationError([{ path: 'kind', code: 'not-questionnaire', params: {} }]);
    const validated = validateQuestionnaire(value);
    if (!validated.ok) throw new LibraryValidationError(validated.issues);
    const q = validated.value;
    const params = { id: q.id, version: q.version };
    // Any version: a later Timantti may ship the next version of its own questionnaire under that id.
    if (this.builtIns.some((b) => b.id === q.id)) throw new LibraryValidationError([{ path: 'id', code: 'built-in-questionnaire', params }]);
    const sha256 = this.ctx.snapshots.hashOf(q);
    const existing = this.custom.find((c) => sameQuestionnaire(c, q));
    if (existing) {
      if (existing.sha256 !== sha256) throw new LibraryValidationError([{ path: 'version', code: 'questionnaire-exists', params }]);
      return { questionnaire: questionnaireInfo(existing.questionnaire, 'custom', this.isRetired(existing), existing.importedAt), unchanged: true };
    }
    this.writable();
    // The content first: the catalog never names a snapshot that is not on disk.
    await this.ctx.snapshots.ensure(q);
    const entry: Custom = { id: q.id, version: q.version, sha256, importedAt: this.ctx.now().toISOString(), questionnaire: this.ctx.snapshots.shared(q) };
    await this.write([...this.custom, entry], this.retired);
    return { questionnaire: questionnaireInfo(entry.questionnaire, 'custom', false, entry.importedAt), unchanged: false };
  }

  /** Retires a questionnaire (no longer offered for new assessments) or restores it. At least one stays offered. */
  async setRetired(key: QuestionnaireKey, retired: boolean): Promise<QuestionnaireInfo> {
    const q = this.get(key);
    const others = this.retired.filter((r) => !sameQuestionnaire(r, key));
    const next = retired ? [...others, { id: key.id, version: key.version }] : others;
    if (retired === this.isRetired(key)) return this.infoOf(q);
    const stillOffered = this.all().filter((x) => !next.some((r) => sameQuestionnaire(r, x)));
    // A new assessment always has a questionnaire to be taken with.
    if (stillOffered.length === 0) throw new LibraryError('conflict', 'the last questionnaire offered cannot be retired');
    this.writable();
    await this.write(this.custom, next);
    return this.infoOf(q);
  }

  private all(): Questionnaire[] {
    return [...this.builtIns, ...this.custom.map((c) => c.questionnaire)];
  }

  private infoOf(q: Questionnaire): QuestionnaireInfo {
    const custom = this.custom.find((c) => sameQuestionnaire(c, q));
    return questionnaireInfo(q, custom ? 'custom' : 'built-in', this.isRetired(q), custom?.importedAt);
  }

  private isRetired(key: QuestionnaireKey): boolean {
    return this.retired.some((r) => sameQuestionnaire(r, key));
  }

  private writable(): void {
    if (this.newerFile) throw new LibraryError('newer-format', 'the questionnaire catalog was written by a newer Timantti');
  }

  /** Writes the catalog durably, then holds the new state: a failed write changes nothing. */
  private async write(custom: Custom[], retired: QuestionnaireKey[]): Promise<void> {
    const path = this.ctx.layout.questionnaireCatalog;
    const data: CatalogFile = {
      kind: 'timantti-questionnaire-catalog',
      formatVersion: CATALOG_FORMAT_VERSION,
      custom: custom.map(({ id, version, sha256, importedAt }) => ({ id, version, sha256, importedAt })),
      retired,
    };
    await this.ctx.queue.run(path, () => recordDb(path, data).write());
    this.custom = custom;
    this.retired = retired;
  }
}
