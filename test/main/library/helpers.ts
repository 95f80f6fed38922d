import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library, type LibraryOptions } from '../../../main/library/library';
import { shippedQuestionnaire } from '../../fixtures/builders';

export const freshDir = () => mkdtempSync(join(tmpdir(), 'timantti-lib-'));

/** A clock the test moves by hand. */
export function fakeClock(start = '2026-11-20T09:00:00.000Z') {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}

export function openLibrary(dataDir: string, extra: Partial<LibraryOptions> = {}) {
  let n = 0;
  return Library.open({
    dataDir,
    appVersion: 'test',
    questionnaires: [shippedQuestionnaire()],
    newId: (kind) => `${kind === 'assessment' ? 'a' : 'c'}-${String(++n).padStart(3, '0')}-${Math.random().toString(36).slice(2, 8)}`,
    retryDelayMs: 20,
    indexDelayMs: 10,
    ...extra,
  });
}

export async function seeded(dataDir = freshDir(), extra: Partial<LibraryOptions> = {}) {
  const library = await openLibrary(dataDir, extra);
  const client = await library.createClient({ name: 'Nordtek Huolto Oy' });
  const assessment = await library.createAssessment({
    clientId: client.id,
    title: 'Kypsyysarvio 2026',
    date: '2026-03-17',
    language: 'fi',
    participants: [
      { id: 'anna', name: 'Anna', group: 'johto' },
      { id: 'jukka', name: 'Jukka', group: 'asiakaspalvelu' },
    ],
  });
  return { dataDir, library, client, assessment };
}

/** A fingerprint of every file under the library folder, to prove nothing changed. */
export function fingerprint(dataDir: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name === 'library.lock') continue;
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(dataDir, 'library'));
  return hash.digest('hex');
}
