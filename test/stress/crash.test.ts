import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { prng } from '../../scripts/prng';
import { shippedQuestionnaire } from '../fixtures/builders';
import { openLibrary, seeded } from '../main/library/helpers';

const ROUNDS = 50;
/** Seeded so a failure can be replayed: CRASH_SEED=<seed> npm run test:stress. */
const SEED = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const random = prng(SEED);
const statements = shippedQuestionnaire().areas.flatMap((a) => a.statements.map((s) => s.id));

/** Runs the writer until `killAfterMs` past its first ack, then SIGKILLs it; returns the acked sequence numbers. */
function runAndKill(dataDir: string, assessmentId: string, firstSeq: number, killAfterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'crash-writer.ts'), dataDir, assessmentId, String(firstSeq)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: number[] = [];
    let buffer = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ACK ')) acked.push(Number(line.slice(4)));
        if (line === 'READY' && !timer) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`writer exited on its own: ${errors}`))));
  });
}

it(`loses no acknowledged save across ${ROUNDS} SIGKILLs at random moments (CRASH_SEED=${SEED})`, async () => {
  const { dataDir, library, assessment } = await seeded();
  await library.close();
  const lastAcked = new Map<string, number>();
  let seq = 0;
  let totalAcks = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const acked = await runAndKill(dataDir, assessment.id, seq, 5 + Math.floor(random() * 120));
    totalAcks += acked.length;
    for (const s of acked) lastAcked.set(statements[s % statements.length]!, s);
    seq += 100_000;

    const check = await openLibrary(dataDir);
    try {
      expect(check.takeEvents(), `seed ${SEED}, round ${round}`).toEqual([]);
      const stored = await check.getAssessment(assessment.id);
      for (const [statementId, s] of lastAcked) {
        const note = stored.answers[statementId]?.note ?? 'seq -1';
        expect(Number(note.slice(4)), `seed ${SEED}, round ${round}, ${statementId}`).toBeGreaterThanOrEqual(s);
      }
    } finally {
      await check.close();
    }
    expect(readdirSync(join(dataDir, 'library', 'assessments')).filter((n) => n.includes('corrupt'))).toEqual([]);
  }
  // The kills landed while saves were happening, not only before the first one.
  expect(totalAcks).toBeGreaterThan(ROUNDS);
}, 300_000);
