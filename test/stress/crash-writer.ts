/**
 * Child process of crash.test.ts: saves answers in a loop and prints
 * "ACK <seq>" after each save the library acknowledged, until it is killed.
 *   node --import tsx crash-writer.ts <dataDir> <assessmentId> <firstSeq>
 */
import { shippedQuestionnaire } from '../fixtures/builders';
import { openLibrary } from '../main/library/helpers';

const [dataDir, assessmentId, first] = process.argv.slice(2) as [string, string, string];
const statements = shippedQuestionnaire().areas.flatMap((a) => a.statements.map((s) => s.id));
const library = await openLibrary(dataDir);
process.stdout.write('READY\n');
for (let seq = Number(first); ; seq++) {
  await library.saveAnswer({
    assessmentId,
    statementId: statements[seq % statements.length]!,
    participantId: 'anna',
    value: (seq % 5) + 1,
    note: `seq ${seq}`,
  });
  process.stdout.write(`ACK ${seq}\n`);
}
