import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { defaultSettings, SettingsSchema, type Settings, type SettingsPatch } from '../core/settings';
import { HandlerError } from '../core/ipc/handler-table';
import { recordDb } from './library/durable-adapter';
import { log } from './log/logger';

const SETTINGS_FORMAT_VERSION = 1;
const SettingsFileSchema = z.object({ formatVersion: z.literal(SETTINGS_FORMAT_VERSION), settings: SettingsSchema });

export interface SettingsStore {
  get(): Promise<Settings>;
  set(patch: SettingsPatch): Promise<Settings>;
  /** Whether the settings are the user's (read from settings.json or set this session), not defaults. */
  chosen(): Promise<boolean>;
}

/**
 * User preferences in `<dataDir>/settings.json`. Main is the only writer;
 * writes are durable and queued so two quick changes land in order.
 * A missing or unreadable file means defaults; it is only replaced when the
 * user changes a setting (preferences are not worth a recovery dialog).
 * `canWrite` is false in a process that was refused the library's lock:
 * another Timantti owns the data folder, so a change here holds for this
 * session only and the other process's file is left alone.
 */
export function createSettingsStore(dataDir: string, systemLocale: string | undefined, canWrite: () => boolean = () => true): SettingsStore {
  const file = join(dataDir, 'settings.json');
  let cached: Settings | undefined;
  /** Set when settings.json was written by a newer Timantti: it is then never overwritten. */
  let newer = false;
  let stored = false;
  let queue: Promise<unknown> = Promise.resolve();

  const load = async (): Promise<Settings> => {
    if (cached) return cached;
    const db = recordDb<unknown>(file, null);
    await db.read().catch((err: unknown) => log.warn('settings: settings.json is unreadable; using the defaults until a setting is changed', err));
    const version = (db.data as { formatVersion?: unknown } | null)?.formatVersion;
    newer = typeof version === 'number' && version > SETTINGS_FORMAT_VERSION;
    const parsed = SettingsFileSchema.safeParse(db.data);
    stored = parsed.success;
    if (!parsed.success && db.data !== null && !newer)
      log.warn('settings: settings.json is not in the expected format; using the defaults until a setting is changed');
    cached = parsed.success ? parsed.data.settings : defaultSettings(systemLocale);
    return cached;
  };

  const set = async (patch: SettingsPatch): Promise<Settings> => {
    const next = SettingsSchema.parse({ ...(await load()), ...patch });
    if (newer) throw new HandlerError({ code: 'newer-format', message: `${file} was written by a newer Timantti; not overwriting it` });
    if (!canWrite()) {
      cached = next;
      stored = true;
      return next;
    }
    await mkdir(dataDir, { recursive: true });
    await recordDb(file, { formatVersion: SETTINGS_FORMAT_VERSION, settings: next }).write();
    cached = next;
    stored = true;
    return next;
  };

  return {
    get: load,
    chosen: async () => {
      await load();
      return stored;
    },
    set: (patch) => {
      const run = queue.then(() => set(patch));
      // The caller gets this change's failure from `run` (the UI an error,
      // an unexpected one is logged with its stack by the handler table);
      // the queue's own tail must not reject, or every later change would fail too.
      queue = run.catch((err: unknown) => log.warn('settings: a change was not saved (its caller was told)', err));
      return run;
    },
  };
}
