import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { Library } from '../../../main/library/library';
import { recentLines } from '../../../main/log/logger';
import { seeded } from './helpers';

// A backup that fails after a save used to vanish (`.catch(() => undefined)`):
// the save is on disk, but the user must hear that its copy is missing.
const open: Library[] = [];
afterEach(async () => {
  for (const l of open.splice(0)) await l.close();
});

it('reports a failed backup as an event with its error code and logs it, and the save still stands', async () => {
  const { library, assessment, dataDir } = await seeded();
  open.push(library);
  // The backup of the creation runs after it is acknowledged: let it finish first.
  await library.flush();
  const backupDir = join(dataDir, 'library', 'backups', assessment.id);
  rmSync(backupDir, { recursive: true, force: true });
  // A file where the backup folder should be: every backup of this assessment fails.
  writeFileSync(backupDir, 'not a folder');
  library.takeEvents();

  const saved = await library.saveAnswer({ assessmentId: assessment.id, statementId: 'org-cx-owner', participantId: 'anna', value: 3 });
  expect(saved.statementId).toBe('org-cx-owner');
  await library.flush();

  const events = library.takeEvents().filter((e) => e.kind === 'backup-failed');
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({ kind: 'backup-failed', code: expect.stringMatching(/^(EEXIST|ENOTDIR)$/) });
  expect(recentLines().some((l) => l.includes(`the backup after saving assessment ${assessment.id} failed`))).toBe(true);
  expect((await library.getAssessment(assessment.id)).answers['org-cx-owner']?.votes).toEqual({ anna: 3 });
});
