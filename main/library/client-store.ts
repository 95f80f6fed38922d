import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ClientSchema, type Client, type ClientDeleted, type ClientPatch, type NewClient } from '../../core/library/client';
import type { RecycleEntry } from '../../core/library/recycle-entry';
import type { CorruptReason } from '../../core/library/events';
import type { AssessmentStore } from './assessment-store';
import { CorruptRecordError, recordDb } from './durable-adapter';
import { definedOnly, quarantine, type LibraryContext } from './library-context';
import { LibraryError } from './library-errors';
import type { LibraryIndex } from './library-index';

const CLIENT_KIND = 'timantti-client';
const CLIENT_FORMAT_VERSION = 1;

/** The clients, one file each, all held in memory (a consultant has dozens, not thousands). */
export class ClientStore {
  private readonly clients = new Map<string, Client>();
  /** Client ids whose files a newer Timantti wrote: never recreated or overwritten here. */
  private readonly newerFiles = new Set<string>();

  constructor(
    private readonly ctx: LibraryContext,
    private readonly index: LibraryIndex,
    private readonly store: AssessmentStore,
  ) {}

  list(): Client[] {
    return [...this.clients.values()].sort((a, b) => a.name.localeCompare(b.name, 'fi'));
  }

  get(id: string): Client | undefined {
    return this.clients.get(id);
  }

  ids(): Set<string> {
    return new Set(this.clients.keys());
  }

  async create(input: NewClient): Promise<Client> {
    const stamp = this.ctx.now().toISOString();
    const client = ClientSchema.parse({
      id: this.ctx.newId('client'),
      name: input.name,
      ...(input.notes ? { notes: input.notes } : {}),
      createdAt: stamp,
      updatedAt: stamp,
    });
    await this.put(client);
    return client;
  }

  async update(id: string, patch: ClientPatch): Promise<Client> {
    const existing = this.clients.get(id);
    if (!existing) throw new LibraryError('not-found', `no client ${id}`);
    const client = ClientSchema.parse({ ...existing, ...definedOnly(patch), updatedAt: this.ctx.now().toISOString() });
    await this.put(client);
    if (client.name !== existing.name) {
      // Assessments carry the client's name for self-contained exports: keep them in step.
      for (const summary of this.index.summaries().filter((s) => s.clientId === id)) {
        await this.store.mutate(summary.id, (a) => ({ ...a, client: { id, name: client.name } }));
      }
    }
    return client;
  }

  /**
   * Deletes a client: each of its assessments goes to the recycle bin first
   * (restorable; a restored one brings its client back, see
   * `recreateMissing`), then the client's own file is removed. Nothing is
   * destroyed but the client's name and notes.
   */
  async delete(id: string, recycle: (assessmentId: string) => Promise<RecycleEntry>): Promise<ClientDeleted> {
    if (!this.clients.has(id)) throw new LibraryError('not-found', `no client ${id}`);
    const recycled: RecycleEntry[] = [];
    for (const summary of this.index.list(id)) recycled.push(await recycle(summary.id));
    const path = this.ctx.layout.client(id);
    await this.ctx.queue.run(path, () => rm(path, { force: true }));
    this.clients.delete(id);
    return { clientId: id, recycled };
  }

  /** Writes a client's file and then holds it. */
  async put(client: Client): Promise<void> {
    const path = this.ctx.layout.client(client.id);
    await this.ctx.queue.run(path, () => recordDb(path, { kind: CLIENT_KIND, formatVersion: CLIENT_FORMAT_VERSION, client }).write());
    this.clients.set(client.id, client);
  }

  async load(): Promise<void> {
    const { layout } = this.ctx;
    for (const name of await readdir(layout.clients)) {
      if (!name.endsWith('.json')) continue;
      const path = join(layout.clients, name);
      const db = recordDb<{ client?: unknown; formatVersion?: unknown } | null>(path, null);
      let reason: CorruptReason = 'schema';
      try {
        await db.read();
      } catch (err) {
        if (!(err instanceof CorruptRecordError)) throw err;
        reason = err.reason;
      }
      const version = db.data?.formatVersion;
      if (typeof version === 'number' && version > CLIENT_FORMAT_VERSION) {
        // Written by a newer Timantti: left exactly as it is, and said so.
        this.ctx.tell({ kind: 'newer-format', file: path, version, at: this.ctx.now().toISOString() });
        this.newerFiles.add(name.slice(0, -'.json'.length));
        continue;
      }
      const parsed = ClientSchema.safeParse(db.data?.client);
      if (parsed.success) this.clients.set(parsed.data.id, parsed.data);
      else {
        // A client file is rebuilt from its assessments (they carry id and name), so it is only set aside.
        const quarantinedAs = await quarantine(this.ctx, path);
        this.ctx.tell({ kind: 'unrecoverable', file: path, reason, quarantinedAs, at: this.ctx.now().toISOString() });
      }
    }
  }

  /** Every assessment's client must exist: a lost client file is recreated from the assessments. */
  async recreateMissing(): Promise<void> {
    for (const summary of this.index.summaries()) {
      if (!this.clients.has(summary.clientId) && !this.newerFiles.has(summary.clientId)) {
        const stamp = this.ctx.now().toISOString();
        await this.put({ id: summary.clientId, name: summary.clientName, createdAt: stamp, updatedAt: stamp });
      }
    }
  }
}
