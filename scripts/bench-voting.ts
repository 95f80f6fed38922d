/**
 * Phone voting under load (issue 14): 50 simulated phones join a session on
 * 127.0.0.1 (never a real interface), open their event streams, then vote on
 * one statement within one second. For each vote: the time from the phone's
 * send to the moment the facilitator's long poll (`state({ since })`, what
 * the dialog and the grid wait on) shows that seat as voted, and the time to
 * the phone's "received". Checks that every vote is stored, then writes its
 * section of docs/PERFORMANCE.md (between the voting-bench markers).
 *
 *   npx tsx scripts/bench-voting.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AnswerValue, Assessment } from '../core/assessment/schema';
import type { VotingState } from '../core/voting/contract';
import { Library } from '../main/library/library';
import { BUILT_IN_QUESTIONNAIRES } from '../main/open-library';
import { createVotingService } from '../main/voting/voting-service';
import { writePerformanceSection } from './performance-doc';

const root = join(import.meta.dirname, '..');
const PHONES = 50;
const SPREAD_MS = 1000;
const TARGET_P95_MS = 200;

type Running = Extract<VotingState, { running: true }>;

function post(port: number, path: string, body: unknown): Promise<{ status: number; json: { ok: boolean; value?: unknown; error?: { code: string } } }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as never }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** Opens a phone's event stream and resolves once its first view has arrived; returns the closer. */
function openStream(port: number, token: string): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: `/events?token=${token}`, agent: false, headers: { host: `127.0.0.1:${port}` } });
    req.on('error', reject);
    req.on('response', (res) => {
      res.setEncoding('utf8');
      let seen = '';
      res.on('data', (c: string) => {
        seen += c;
        if (seen.includes('event: statement')) resolve(() => req.destroy());
      });
    });
    req.end();
  });
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] as number;
};

const started = Date.now();
const tmp = mkdtempSync(join(os.tmpdir(), 'timantti-bench-voting-'));
const example = JSON.parse(readFileSync(join(root, 'assessments/examples/nordtek-2026.json'), 'utf8')) as Assessment;
const library = await Library.open({ dataDir: tmp, appVersion: 'bench', questionnaires: BUILT_IN_QUESTIONNAIRES });
const client = await library.createClient({ name: example.client.name });
const assessment = await library.createAssessment({
  clientId: client.id,
  title: example.title,
  date: example.date,
  language: 'fi',
  participants: example.participants,
});
const statementId = assessment.questionnaire.areas[0]!.statements[0]!.id;

const service = createVotingService({
  library: () => ({ library }),
  // Loopback only: the bench never offers, or listens on, a real interface.
  networkInterfaces: () => ({
    lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }],
  }),
  // Every simulated phone comes from 127.0.0.1: the per-address cap is raised so that it counts phones, not addresses.
  limits: { maxConnectionsPerAddress: 400, maxConnections: 400 },
});
const state = (await service.start({ assessmentId: assessment.id, address: '127.0.0.1', seats: { mode: 'anonymous', count: PHONES }, statementId })) as Running;
const { port } = state;
const key = state.joinUrl.split('#k=')[1]!;

const phones: { seatId: string; token: string; close: () => void; value: AnswerValue }[] = [];
for (const seat of state.seats) {
  const joined = await post(port, '/join', { key, seatId: seat.seatId });
  if (!joined.json.ok) throw new Error(`join refused: ${joined.json.error?.code}`);
  const token = (joined.json.value as { token: string }).token;
  const values: AnswerValue[] = [1, 2, 3, 4, 5, 'na', 'dont-know'];
  phones.push({ seatId: seat.seatId, token, close: await openStream(port, token), value: values[phones.length % values.length]! });
}

// The facilitator: a long poll, as the dialog runs it, noting when each seat first shows as voted.
const seenAt = new Map<string, number>();
let polling = true;
const facilitator = (async () => {
  let version = (await service.state({})).version;
  while (polling && seenAt.size < PHONES) {
    const s = (await service.state({ since: version, waitMs: 2000 })) as Running;
    const now = performance.now();
    version = s.version;
    for (const seat of s.seats) if (seat.voted && !seenAt.has(seat.seatId)) seenAt.set(seat.seatId, now);
  }
})();

const sentAt = new Map<string, number>();
const ackMs: number[] = [];
const refused: string[] = [];
await Promise.all(
  phones.map(
    (phone, i) =>
      new Promise<void>((resolve) => {
        setTimeout(
          () => {
            const t0 = performance.now();
            sentAt.set(phone.seatId, t0);
            post(port, '/vote', { token: phone.token, statementId, value: phone.value })
              .then((r) => {
                if (r.status === 200) ackMs.push(performance.now() - t0);
                else refused.push(r.json.error?.code ?? String(r.status));
              })
              .catch((err: unknown) => refused.push(String(err)))
              .finally(resolve);
          },
          Math.round((i * SPREAD_MS) / PHONES),
        );
      }),
  ),
);
const deadline = Date.now() + 10_000;
while (seenAt.size < PHONES && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
polling = false;
await facilitator;

const seenMs = phones.filter((p) => seenAt.has(p.seatId)).map((p) => seenAt.get(p.seatId)! - sentAt.get(p.seatId)!);
const stored = (await library.getAssessment(assessment.id)).answers[statementId]?.votes ?? {};
const storedRight = state.seats.filter((seat, i) => stored[seat.participantId] === phones[i]!.value).length;
for (const p of phones) p.close();
await service.close();
await library.close();
// Stored on disk: a fresh library instance reads the same votes back.
const reopened = await Library.open({ dataDir: tmp, appVersion: 'bench', questionnaires: BUILT_IN_QUESTIONNAIRES });
const onDisk = Object.keys((await reopened.getAssessment(assessment.id)).answers[statementId]?.votes ?? {}).length;
await reopened.close();
rmSync(tmp, { recursive: true, force: true });

const p95 = percentile(seenMs, 95);
const everyStored = storedRight === PHONES && onDisk === PHONES && refused.length === 0;
const met = everyStored && seenMs.length === PHONES && p95 <= TARGET_P95_MS;
const ms = (x: number) => `${Math.round(x)} ms`;
const cpus = os.cpus();
const section = await writePerformanceSection('voting-bench', [
  '## Phone voting',
  '',
  'Measured by `npx tsx scripts/bench-voting.ts` (part of `npm run bench`). 50 simulated phones (plain `node:http`, each its own connections) join a session of the participant server on 127.0.0.1 by the QR secret, claim numbered seats and open their event streams; then they send their votes on one statement spread evenly over one second. Measured per vote: from the phone sending it to the facilitator\'s long poll (`voting:state` with `since`, what the dialog and the grid wait on) showing that seat as voted; and from sending to the phone\'s "received" (the 200, given only after the vote is on disk). Afterwards the votes are read back from the library and from a freshly opened library on the same folder.',
  '',
  `Machine: ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${os.type()} ${os.release()}, Node ${process.version}. Run ${new Date().toISOString()}, took ${Math.round((Date.now() - started) / 1000)} s; load average at the end ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}.`,
  '',
  '| Measure | Target | Median | p95 | Max | Met |',
  '| --- | --- | --- | --- | --- | --- |',
  `| Send → facilitator sees the vote (${seenMs.length}/${PHONES} seen) | p95 ≤ ${TARGET_P95_MS} ms | ${ms(percentile(seenMs, 50))} | ${ms(p95)} | ${ms(Math.max(...seenMs))} | ${met ? 'yes' : '**no**'} |`,
  `| Send → phone's "received" (stored durably) | | ${ms(percentile(ackMs, 50))} | ${ms(percentile(ackMs, 95))} | ${ms(Math.max(...ackMs))} | |`,
  `| Votes stored with the right value | ${PHONES} | ${storedRight} (${onDisk} read back after reopening) | | | ${everyStored ? 'yes' : '**no**'} |`,
]);
process.stdout.write(`${section}\n`);
if (refused.length > 0) process.stderr.write(`refused votes: ${refused.join(', ')}\n`);
process.exitCode = met ? 0 : 1;
