/**
 * Child process of lock-race.test.ts. Reads commands on stdin, one a line:
 *   "take <dir>"  → tries to take the library lock in <dir>, prints "HELD <dir>" or "LOCKED <dir>"
 *   "drop"        → releases every lock it holds, prints "DROPPED"
 * It stays alive between trials so hundreds of trials cost no process starts.
 */
import { createInterface } from 'node:readline';
import { acquireLock, LibraryLockedError, type HeldLock } from '../../main/library/lock';

const held: HeldLock[] = [];
process.stdout.write('READY\n');
for await (const line of createInterface({ input: process.stdin })) {
  const [command, dir] = line.split(' ');
  if (command === 'take' && dir) {
    try {
      const lock = await acquireLock(dir);
      held.push(lock);
      // Still ours after the others had their chance?
      process.stdout.write(`${(await lock.verify()) ? 'HELD' : 'LOST'} ${dir}\n`);
    } catch (err) {
      process.stdout.write(`${err instanceof LibraryLockedError ? 'LOCKED' : `ERROR ${String(err)}`} ${dir}\n`);
    }
  } else if (command === 'drop') {
    for (const lock of held.splice(0)) lock.release();
    process.stdout.write('DROPPED\n');
  }
}
