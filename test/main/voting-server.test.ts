import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import type { NetworkInterfaceInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { CHANNELS } from '../../core/ipc/channels';
import { HandlerError } from '../../core/ipc/handler-table';
import type { VotingState } from '../../core/voting/contract';
import type { PhoneView } from '../../core/voting/phone-protocol';
import type { Library } from '../../main/library/library';
import { PARTICIPANT_PAGE, PARTICIPANT_PAGE_CSP } from '../../main/voting/participant-page';
import { createVotingService, type VotingLimits } from '../../main/voting/voting-service';
import { freshDir, openLibrary, seeded } from './library/helpers';
import { call, openEvents, postJson, type EventStream } from './voting-phone';

const LOOPBACK: NodeJS.Dict<NetworkInterfaceInfo[]> = {
  lo: [{ address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true, cidr: '127.0.0.1/8' }],
};

type Running = Extract<VotingState, { running: true }>;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(opts: { limits?: Partial<VotingLimits>; seats?: { mode: 'participants' } | { mode: 'anonymous'; count: number }; dataDir?: string } = {}) {
  const { library, assessment, dataDir } = await seeded(opts.dataDir);
  const handle = { library } as { library: Library };
  const service = createVotingService({ library: () => handle, networkInterfaces: () => LOOPBACK, limits: opts.limits });
  const statements = assessment.questionnaire.areas.flatMap((a) => a.statements.map((s) => s.id));
  const state = (await service.start({
    assessmentId: assessment.id,
    address: '127.0.0.1',
    seats: opts.seats ?? { mode: 'participants' },
    statementId: statements[0]!,
  })) as Running;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await service.close();
    await library.close();
  };
  cleanups.push(close);
  const secret = state.joinUrl.split('#k=')[1]!;
  /** Joins by the URL's secret and claims the seat with that label. */
  const claim = async (label: string) => {
    const seats = (await postJson(state.port, '/join', { key: secret })).json as { value: { seats: { seatId: string; label: string }[] } };
    const seat = seats.value.seats.find((s) => s.label === label);
    if (!seat) throw new Error(`no free seat ${label}`);
    const joined = await postJson(state.port, '/join', { key: secret, seatId: seat.seatId });
    expect(joined.status).toBe(200);
    return (joined.json as { value: { token: string; seatId: string } }).value;
  };
  const stored = async () => (await library.getAssessment(assessment.id)).answers;
  return { service, library, assessment, dataDir, state, port: state.port, secret, statements, claim, stored, close, handle };
}

const streams: EventStream[] = [];
afterEach(() => {
  for (const s of streams.splice(0)) s.close();
});
const events = async (port: number, token: string) => {
  const s = await openEvents(port, token);
  streams.push(s);
  return s;
};

describe('participant server: the route table', () => {
  it('has none of the app’s channels: every one is a typed 404 without data', async () => {
    const { port } = await setup();
    for (const channel of CHANNELS) {
      for (const path of [`/api/${channel}`, `/${channel}`]) {
        for (const method of ['GET', 'POST']) {
          const res = await call(port, path, { method, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? '{"input":{}}' : undefined });
          expect(res.status, `${method} ${path}`).toBe(404);
          expect(res.json).toEqual({ ok: false, error: { code: 'not-found', message: 'no such route' } });
        }
      }
    }
  });

  it.each(['/index.html', '/api', '/favicon.ico', '/../package.json', '/%2e%2e/package.json', '/assets/index.js', '/events/x'])(
    'answers %s with a typed 404',
    async (path) => {
      const { port } = await setup();
      const res = await call(port, path);
      expect(res.status).toBe(404);
      expect(res.json).toMatchObject({ ok: false, error: { code: 'not-found' } });
    },
  );

  it('refuses a wrong method on a known route with 405 and a wrong Host with 421', async () => {
    const { port, secret } = await setup();
    const get = await call(port, '/vote');
    expect(get.status).toBe(405);
    expect(get.json).toMatchObject({ ok: false, error: { code: 'method-not-allowed' } });
    const rebound = await call(port, '/join', {
      method: 'POST',
      host: `attacker.example:${port}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: secret }),
    });
    expect(rebound.status).toBe(421);
    expect(rebound.json).toMatchObject({ ok: false, error: { code: 'wrong-host' } });
    const text = await call(port, '/join', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ key: secret }) });
    expect(text.status).toBe(415);
  });

  it('serves the page with a hash-based CSP and the security headers, and the page carries no assessment data', async () => {
    const { port, assessment } = await setup();
    const res = await call(port, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(PARTICIPANT_PAGE_CSP);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(PARTICIPANT_PAGE_CSP).toContain("frame-ancestors 'none'");
    const script = /<script>([\s\S]*)<\/script>/.exec(res.body)![1]!;
    const style = /<style>([\s\S]*)<\/style>/.exec(res.body)![1]!;
    const hash = (s: string) => createHash('sha256').update(s).digest('base64');
    expect(PARTICIPANT_PAGE_CSP).toContain(`script-src 'sha256-${hash(script)}'`);
    expect(PARTICIPANT_PAGE_CSP).toContain(`style-src 'sha256-${hash(style)}'`);
    expect(Buffer.byteLength(res.body)).toBeLessThan(50 * 1024);
    expect(res.body).toBe(PARTICIPANT_PAGE);
    for (const secretWord of [assessment.client.name, assessment.title, 'Anna', 'Jukka', assessment.questionnaire.areas[0]!.statements[0]!.text.fi])
      expect(res.body).not.toContain(secretWord);
  });
});

describe('participant server: joining', () => {
  it('joins by the URL secret: free seats by label, then a seat token', async () => {
    const { port, secret, service } = await setup();
    const list = await postJson(port, '/join', { key: secret });
    expect(list.json).toEqual({
      ok: true,
      value: {
        kind: 'seats',
        language: 'fi',
        seats: [
          { seatId: 'seat-1', label: 'Anna' },
          { seatId: 'seat-2', label: 'Jukka' },
        ],
      },
    });
    const seat = await postJson(port, '/join', { key: secret, seatId: 'seat-2' });
    expect(seat.json).toMatchObject({ ok: true, value: { kind: 'seat', seatId: 'seat-2', label: 'Jukka' } });
    expect((seat.json as { value: { token: string } }).value.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const state = (await service.state({})) as Running;
    expect(state.seats.find((s) => s.seatId === 'seat-2')).toMatchObject({ joined: true, connected: false, voted: false });
    // The seat is no longer offered, and cannot be claimed twice.
    expect((await postJson(port, '/join', { key: secret })).json).toMatchObject({ value: { seats: [{ seatId: 'seat-1' }] } });
    const again = await postJson(port, '/join', { key: secret, seatId: 'seat-2' });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ ok: false, error: { code: 'seat-taken' } });
  });

  it('joins by the short code, and refuses a wrong secret', async () => {
    const { port, state } = await setup();
    expect(state.shortCode).toMatch(/^\d{6}$/);
    expect(state.joinUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/#k=[A-Za-z0-9_-]{22}$`));
    expect(state.baseUrl).toBe(`http://127.0.0.1:${port}/`);
    expect((await postJson(port, '/join', { code: state.shortCode, seatId: 'seat-1' })).json).toMatchObject({ ok: true, value: { kind: 'seat' } });
    const wrong = await postJson(port, '/join', { key: randomBytes(16).toString('base64url') });
    expect(wrong.status).toBe(403);
    expect(wrong.json).toMatchObject({ ok: false, error: { code: 'wrong-key' } });
    expect((await postJson(port, '/join', {})).status).toBe(400);
  });

  it('rate-limits the short code per address: after 5 wrong codes even the right one is refused', async () => {
    const { port, state } = await setup();
    const wrongCode = state.shortCode === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) expect((await postJson(port, '/join', { code: wrongCode })).status).toBe(403);
    const right = await postJson(port, '/join', { code: state.shortCode });
    expect(right.status).toBe(429);
    expect(right.json).toMatchObject({ ok: false, error: { code: 'too-many-attempts' } });
  });

  it('replaces the code after too many wrong codes from anywhere', async () => {
    const { port, state, service } = await setup({ limits: { codeFailuresPerAddress: 1000, codeFailuresPerSession: 10 } });
    const wrongCode = state.shortCode === '000000' ? '000001' : '000000';
    for (let i = 0; i < 10; i++) await postJson(port, '/join', { code: wrongCode });
    const after = (await service.state({})) as Running;
    expect(after.version).toBeGreaterThan(state.version);
    // The old code no longer joins (unless the new one happens to be the same).
    if (after.shortCode !== state.shortCode) expect((await postJson(port, '/join', { code: state.shortCode })).status).toBe(403);
    expect((await postJson(port, '/join', { code: after.shortCode })).status).toBe(200);
  });

  it("a stopped session's code and secret die with it", async () => {
    const { service, state, assessment, statements } = await setup();
    await service.stop();
    const next = (await service.start({
      assessmentId: assessment.id,
      address: '127.0.0.1',
      port: state.port,
      seats: { mode: 'participants' },
      statementId: statements[0]!,
    })) as Running;
    expect(next.port).toBe(state.port);
    const oldSecret = state.joinUrl.split('#k=')[1];
    expect((await postJson(next.port, '/join', { key: oldSecret })).status).toBe(403);
    if (next.shortCode !== state.shortCode) expect((await postJson(next.port, '/join', { code: state.shortCode })).status).toBe(403);
  });

  it('refuses an address that is not one of the listed interfaces, and listens on nothing', async () => {
    const { library, assessment } = await seeded();
    cleanups.push(() => library.close());
    const service = createVotingService({ library: () => ({ library }), networkInterfaces: () => LOOPBACK });
    cleanups.push(() => service.close());
    expect(service.interfaces()).toEqual([{ name: 'lo', address: '127.0.0.1', family: 'IPv4', internal: true }]);
    const statementId = assessment.questionnaire.areas[0]!.statements[0]!.id;
    for (const address of ['0.0.0.0', '::', '192.168.1.10', 'localhost']) {
      const err = await service.start({ assessmentId: assessment.id, address, seats: { mode: 'participants' }, statementId }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HandlerError);
      expect((err as HandlerError).error.code).toBe('invalid-input');
    }
    expect(await service.state({})).toEqual({ running: false, version: 0 });
  });

  it('anonymous seats add "Osallistuja N" participants, reusing those already named so', async () => {
    const first = await setup({ seats: { mode: 'anonymous', count: 3 } });
    const people = (await first.library.getAssessment(first.assessment.id)).participants;
    expect(people.map((p) => p.name)).toEqual(['Anna', 'Jukka', 'Osallistuja 1', 'Osallistuja 2', 'Osallistuja 3']);
    expect(first.state.seats.map((s) => s.label)).toEqual(['Osallistuja 1', 'Osallistuja 2', 'Osallistuja 3']);
    const again = (await first.service.start({
      assessmentId: first.assessment.id,
      address: '127.0.0.1',
      seats: { mode: 'anonymous', count: 4 },
      statementId: first.statements[0]!,
    })) as Running;
    const after = (await first.library.getAssessment(first.assessment.id)).participants;
    expect(after.map((p) => p.name)).toEqual(['Anna', 'Jukka', 'Osallistuja 1', 'Osallistuja 2', 'Osallistuja 3', 'Osallistuja 4']);
    expect(again.seats.slice(0, 3).map((s) => s.participantId)).toEqual(first.state.seats.map((s) => s.participantId));
  });
});

describe('participant server: voting', () => {
  it('stores a vote before answering 200, so it is on disk when "received" shows', async () => {
    const { port, claim, statements, assessment, dataDir } = await setup();
    const anna = await claim('Anna');
    const res = await postJson(port, '/vote', { token: anna.token, statementId: statements[0], value: 4 });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: true, value: { statementId: statements[0], value: 4 } });
    // Read straight from the file, as a new process would: no cache in between.
    const onDisk = readFileSync(join(dataDir, 'library', 'assessments', `${assessment.id}.json`), 'utf8');
    const record = JSON.parse(onDisk) as { data: { answers: Assessment['answers'] } };
    expect(record.data.answers[statements[0]!]?.votes).toEqual({ anna: 4 });
  });

  it('a vote survives closing the library and opening it again', async () => {
    const dataDir = freshDir();
    const { port, claim, statements, assessment, close } = await setup({ dataDir });
    const jukka = await claim('Jukka');
    expect((await postJson(port, '/vote', { token: jukka.token, statementId: statements[0], value: 'dont-know' })).status).toBe(200);
    await close();
    const reopened = await openLibrary(dataDir);
    cleanups.push(() => reopened.close());
    expect((await reopened.getAssessment(assessment.id)).answers[statements[0]!]?.votes).toEqual({ jukka: 'dont-know' });
  });

  it('refuses a forged seat token for votes and for the event stream', async () => {
    const { port, statements, stored } = await setup();
    const forged = randomBytes(16).toString('base64url');
    const res = await postJson(port, '/vote', { token: forged, statementId: statements[0], value: 3 });
    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'bad-token' } });
    const stream = await events(port, forged);
    expect(stream.status).toBe(403);
    expect((await postJson(port, '/join', { token: forged })).status).toBe(403);
    expect(await stored()).toEqual({});
  });

  it('a token votes only in its own seat: a body naming another seat or participant is refused', async () => {
    const { port, claim, statements, stored } = await setup();
    const anna = await claim('Anna');
    for (const extra of [{ seatId: 'seat-2' }, { participantId: 'jukka' }, { assessmentId: 'other' }]) {
      const res = await postJson(port, '/vote', { token: anna.token, statementId: statements[0], value: 2, ...extra });
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(await stored()).toEqual({});
    await postJson(port, '/vote', { token: anna.token, statementId: statements[0], value: 2 });
    expect((await stored())[statements[0]!]?.votes).toEqual({ anna: 2 });
  });

  it('refuses a vote on an old statement after follow(), and takes it on the new one', async () => {
    const { port, claim, statements, stored, service } = await setup();
    const anna = await claim('Anna');
    service.follow(statements[1]!);
    const old = await postJson(port, '/vote', { token: anna.token, statementId: statements[0], value: 5 });
    expect(old.status).toBe(409);
    expect(old.json).toMatchObject({ ok: false, error: { code: 'statement-closed' } });
    const unknown = await postJson(port, '/vote', { token: anna.token, statementId: 'no-such-statement', value: 5 });
    expect(unknown.status).toBe(409);
    expect(await stored()).toEqual({});
    expect((await postJson(port, '/vote', { token: anna.token, statementId: statements[1], value: 5 })).status).toBe(200);
    expect(Object.keys(await stored())).toEqual([statements[1]]);
    expect(() => service.follow('no-such-statement')).toThrow(HandlerError);
  });

  it.each([0, 6, 2.5, -1, 'x', '3', null, true, 'NA'])('refuses the value %j', async (value) => {
    const { port, claim, statements, stored } = await setup();
    const anna = await claim('Anna');
    const res = await postJson(port, '/vote', { token: anna.token, statementId: statements[0], value });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await stored()).toEqual({});
  });

  it('refuses a 10 MB body, declared or streamed, and stays up with nothing stored', async () => {
    const { port, claim, statements, stored } = await setup();
    const anna = await claim('Anna');
    const big = Buffer.alloc(10 * 1024 * 1024, 'a');
    const declared = await call(port, '/vote', { method: 'POST', headers: { 'content-type': 'application/json' }, body: big }).catch((e: Error) => e);
    if (!(declared instanceof Error)) {
      expect(declared.status).toBe(413);
      expect(declared.json).toMatchObject({ ok: false, error: { code: 'body-too-large' } });
    }
    const streamed = await call(port, '/vote', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: Buffer.concat([Buffer.from(`{"token":"${anna.token}","statementId":"${statements[0]}","value":3,"pad":"`), big, Buffer.from('"}')]),
    }).catch((e: Error) => e);
    if (!(streamed instanceof Error)) expect(streamed.status).toBe(413);
    expect(await stored()).toEqual({});
    expect((await postJson(port, '/vote', { token: anna.token, statementId: statements[0], value: 3 })).status).toBe(200);
  });

  it('refuses connections beyond the cap with a typed answer; the honest votes stay and the server answers again', async () => {
    const { port, claim, statements, stored } = await setup({ limits: { maxConnections: 40, maxConnectionsPerAddress: 1000 } });
    const anna = await claim('Anna');
    expect((await postJson(port, '/vote', { token: anna.token, statementId: statements[0], value: 4 })).status).toBe(200);
    const sockets: Socket[] = [];
    const answers: string[] = [];
    await Promise.all(
      Array.from(
        { length: 500 },
        () =>
          new Promise<void>((resolve) => {
            const s = connect({ host: '127.0.0.1', port });
            sockets.push(s);
            let text = '';
            s.on('data', (d) => (text += d.toString()));
            s.on('error', () => resolve());
            s.on('end', () => {
              answers.push(text);
              resolve();
            });
            // A held connection never answers: give the refused ones time to hear so.
            setTimeout(resolve, 3000);
          }),
      ),
    );
    const refused = answers.filter((a) => a.startsWith('HTTP/1.1 503') && a.includes('"too-many-connections"'));
    expect(refused.length).toBeGreaterThanOrEqual(500 - 40);
    for (const s of sockets) s.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await stored())[statements[0]!]?.votes).toEqual({ anna: 4 });
    const jukka = await claim('Jukka');
    expect((await postJson(port, '/vote', { token: jukka.token, statementId: statements[0], value: 2 })).status).toBe(200);
    expect((await stored())[statements[0]!]?.votes).toEqual({ anna: 4, jukka: 2 });
  });

  it('refuses a 13th connection from one address by default', async () => {
    const { port } = await setup();
    const sockets = Array.from({ length: 12 }, () => connect({ host: '127.0.0.1', port }));
    cleanups.push(() => sockets.forEach((s) => s.destroy()));
    await Promise.all(sockets.map((s) => new Promise((r) => s.once('connect', r))));
    await new Promise((r) => setTimeout(r, 50));
    const res = await call(port, '/');
    expect(res.status).toBe(503);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'too-many-connections' } });
  });
});

describe('participant server: the event stream', () => {
  it('carries the current statement, the own label and vote, and nothing else', async () => {
    const { port, claim, statements, assessment, service } = await setup();
    const anna = await claim('Anna');
    const jukka = await claim('Jukka');
    await postJson(port, '/vote', { token: jukka.token, statementId: statements[0], value: 1 });
    const stream = await events(port, anna.token);
    expect(stream.status).toBe(200);
    const first = (await stream.next('statement')).data as PhoneView;
    expect(Object.keys(first).sort()).toEqual(['label', 'language', 'statement', 'vote']);
    expect(first.label).toBe('Anna');
    expect(first.vote).toBeNull();
    const s0 = assessment.questionnaire.areas[0]!.statements[0]!;
    expect(first.statement?.id).toBe(s0.id);
    expect(first.statement?.text.en).toBe(s0.text.en);
    expect(first.statement?.text.fi.replaceAll('\u00ad', '')).toBe(s0.text.fi);
    expect(first.statement?.levels.map((l) => l.text.en)).toEqual(s0.levels.map((l) => l.text.en));
    expect(first.statement?.areaTitle.en).toBe(assessment.questionnaire.areas[0]!.title.en);
    const wire = stream.raw.join('');
    for (const secretWord of ['Jukka', 'jukka', assessment.client.name, assessment.title, 'johto', assessment.id]) expect(wire).not.toContain(secretWord);
    // Phones follow the facilitator; their own vote comes back with the view.
    const before = stream.events.length;
    service.follow(statements[1]!);
    expect(((await stream.next('statement', before)).data as PhoneView).statement?.id).toBe(statements[1]);
    const mark = stream.events.length;
    await postJson(port, '/vote', { token: anna.token, statementId: statements[1], value: 'na' });
    expect(((await stream.next('statement', mark)).data as PhoneView).vote).toBe('na');
  });

  it('a vote the facilitator types into the grid shows as voted, and on the phone as its vote, once main says the answers changed', async () => {
    const { port, claim, statements, service, library, assessment } = await setup();
    const anna = await claim('Anna');
    const stream = await events(port, anna.token);
    await stream.next('statement');
    const before = (await service.state({})) as Running;
    expect(before.seats.find((s) => s.participantId === 'jukka')?.voted).toBe(false);
    // Anna's phone shows her vote; Jukka has no phone and answers aloud.
    await library.saveAnswer({ assessmentId: assessment.id, statementId: statements[0]!, participantId: 'anna', value: 2 });
    await library.saveAnswer({ assessmentId: assessment.id, statementId: statements[0]!, participantId: 'jukka', value: 4 });
    const mark = stream.events.length;
    service.answersChanged('another-assessment');
    service.answersChanged(assessment.id);
    const after = (await service.state({ since: before.version, waitMs: 2000 })) as Running;
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.seats.map((s) => [s.participantId, s.voted])).toEqual([
      ['anna', true],
      ['jukka', true],
    ]);
    expect(((await stream.next('statement', mark)).data as PhoneView).vote).toBe(2);
  });

  it('a phone rejoins its seat with its stored token after the stream drops', async () => {
    const { port, claim, statements, service } = await setup();
    const anna = await claim('Anna');
    await postJson(port, '/vote', { token: anna.token, statementId: statements[0], value: 3 });
    const first = await events(port, anna.token);
    await first.next('statement');
    expect(((await service.state({})) as Running).seats[0]).toMatchObject({ joined: true, connected: true, voted: true });
    first.close();
    await first.ended;
    let state = (await service.state({})) as Running;
    for (let i = 0; i < 50 && state.seats[0]!.connected; i++) state = (await service.state({ since: state.version, waitMs: 100 })) as Running;
    expect(state.seats[0]).toMatchObject({ joined: true, connected: false });
    const rejoin = await postJson(port, '/join', { token: anna.token });
    expect(rejoin.json).toMatchObject({ ok: true, value: { kind: 'seat', seatId: anna.seatId, label: 'Anna', token: anna.token } });
    const second = await events(port, anna.token);
    expect(((await second.next('statement')).data as PhoneView).vote).toBe(3);
    expect((await postJson(port, '/vote', { token: anna.token, statementId: statements[0], value: 5 })).status).toBe(200);
  });

  it('remove() revokes the token, tells and closes the stream, frees the seat and keeps the votes', async () => {
    const { port, claim, statements, service, stored, secret } = await setup();
    const anna = await claim('Anna');
    await postJson(port, '/vote', { token: anna.token, statementId: statements[0], value: 2 });
    const stream = await events(port, anna.token);
    await stream.next('statement');
    service.remove(anna.seatId);
    await stream.next('removed');
    await stream.ended;
    expect((await postJson(port, '/vote', { token: anna.token, statementId: statements[0], value: 3 })).json).toMatchObject({ error: { code: 'bad-token' } });
    expect((await postJson(port, '/join', { key: secret })).json).toMatchObject({ value: { seats: [{ label: 'Anna' }, { label: 'Jukka' }] } });
    expect((await stored())[statements[0]!]?.votes).toEqual({ anna: 2 });
    expect(() => service.remove('seat-99')).toThrow(HandlerError);
  });

  it('stop() ends every stream and frees the port', async () => {
    const { port, claim, service } = await setup();
    const anna = await claim('Anna');
    const stream = await events(port, anna.token);
    await stream.next('statement');
    expect(await service.stop()).toMatchObject({ running: false });
    await stream.next('ended');
    await stream.ended;
    await new Promise<void>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
    });
    expect(() => service.follow('x')).toThrow(HandlerError);
  });

  it('state() answers at once for a new version and waits for a change otherwise', async () => {
    const { service, claim } = await setup();
    const now = await service.state({});
    expect((await service.state({ since: now.version - 1, waitMs: 20_000 })).version).toBe(now.version);
    const waiting = service.state({ since: now.version, waitMs: 20_000 });
    await claim('Anna');
    const changed = (await waiting) as Running;
    expect(changed.version).toBeGreaterThan(now.version);
    expect(changed.seats[0]).toMatchObject({ joined: true });
    expect((await service.state({ since: changed.version, waitMs: 1 })).version).toBe(changed.version);
  });
});

describe('participant server: nothing a phone sends stops the app', () => {
  it('a failed save is a typed 503 to the phone, never "received", and the server goes on', async () => {
    const { port, claim, statements, library, stored } = await setup();
    const anna = await claim('Anna');
    const save = library.saveAnswer.bind(library);
    library.saveAnswer = () => Promise.reject(new Error('disk full'));
    const res = await postJson(port, '/vote', { token: anna.token, statementId: statements[0], value: 3 });
    expect(res.status).toBe(503);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    library.saveAnswer = save;
    expect((await postJson(port, '/vote', { token: anna.token, statementId: statements[0], value: 3 })).status).toBe(200);
    expect((await stored())[statements[0]!]?.votes).toEqual({ anna: 3 });
  });

  it('answers broken bodies with typed refusals', async () => {
    const { port, secret } = await setup();
    const post = (body: string | Buffer) => call(port, '/join', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    for (const body of ['', 'not json', '{"key":', '[]', 'null', '"x"', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), JSON.stringify({ key: secret, extra: 1 })]) {
      const res = await post(body);
      expect(res.status, String(body)).toBe(400);
      expect(res.json).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    const raw = await new Promise<string>((resolve) => {
      const s = connect({ host: '127.0.0.1', port }, () => s.write('GARBAGE / HTTP/9\r\n\r\n'));
      let text = '';
      s.on('data', (d) => (text += d.toString()));
      s.on('close', () => resolve(text));
      s.on('error', () => resolve(text));
    });
    expect(raw).toContain('"bad-request"');
    expect((await postJson(port, '/join', { key: secret })).status).toBe(200);
  });

  it('drops a connection that never finishes its headers (slowloris)', async () => {
    const { port, secret } = await setup({ limits: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
    const closed = await new Promise<string>((resolve) => {
      const s = connect({ host: '127.0.0.1', port }, () => s.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `));
      let text = '';
      s.on('data', (d) => (text += d.toString()));
      s.on('close', () => resolve(text));
      s.on('error', () => undefined);
    });
    expect(closed).not.toContain('200 OK');
    expect((await postJson(port, '/join', { key: secret })).status).toBe(200);
  });

  it('keeps an event stream open past the request timeout, with heartbeats', async () => {
    const { port, claim, service, statements } = await setup({ limits: { headersTimeoutMs: 300, requestTimeoutMs: 600, heartbeatMs: 200 } });
    const anna = await claim('Anna');
    const stream = await events(port, anna.token);
    await stream.next('statement');
    await new Promise((r) => setTimeout(r, 2500));
    expect(stream.raw.join('')).toContain(': heartbeat');
    const mark = stream.events.length;
    service.follow(statements[2]!);
    expect(((await stream.next('statement', mark)).data as PhoneView).statement?.id).toBe(statements[2]);
  });

  it('a phone that leaves frees its seat, and its token is dead', async () => {
    const { port, claim, secret } = await setup();
    const anna = await claim('Anna');
    expect((await postJson(port, '/leave', { token: anna.token })).status).toBe(200);
    expect((await postJson(port, '/join', { token: anna.token })).status).toBe(403);
    expect((await postJson(port, '/join', { key: secret })).json).toMatchObject({ value: { seats: [{ label: 'Anna' }, { label: 'Jukka' }] } });
  });

  it('lists interfaces by name and address, leaving out link-local IPv6 that no phone can type', async () => {
    const { library } = await seeded();
    cleanups.push(() => library.close());
    const service = createVotingService({
      library: () => ({ library }),
      networkInterfaces: () => ({
        ...LOOPBACK,
        wlan0: [
          { address: '192.168.1.20', netmask: '255.255.255.0', family: 'IPv4', mac: 'aa:bb:cc:dd:ee:ff', internal: false, cidr: '192.168.1.20/24' },
          { address: 'fe80::1', netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: 'aa:bb:cc:dd:ee:ff', internal: false, cidr: 'fe80::1/64', scopeid: 3 },
          {
            address: '2001:db8::20',
            netmask: 'ffff:ffff:ffff:ffff::',
            family: 'IPv6',
            mac: 'aa:bb:cc:dd:ee:ff',
            internal: false,
            cidr: '2001:db8::20/64',
            scopeid: 0,
          },
        ],
      }),
    });
    // Listing opens nothing: no start() is made here, so no real interface is ever bound.
    expect(service.interfaces()).toEqual([
      { name: 'lo', address: '127.0.0.1', family: 'IPv4', internal: true },
      { name: 'wlan0', address: '192.168.1.20', family: 'IPv4', internal: false },
      { name: 'wlan0', address: '2001:db8::20', family: 'IPv6', internal: false },
    ]);
    expect(await service.state({})).toEqual({ running: false, version: 0 });
  });
});

describe('participant server: a workshop', () => {
  it('eight phones vote on three statements, one drops and rejoins mid-vote; the assessment holds exactly those votes', async () => {
    const { port, secret, service, statements, stored, state } = await setup({
      seats: { mode: 'anonymous', count: 8 },
      limits: { maxConnectionsPerAddress: 100 },
    });
    const phones = [];
    for (const seat of state.seats) {
      const joined = (await postJson(port, '/join', { key: secret, seatId: seat.seatId })).json as { value: { token: string } };
      phones.push({ seat, token: joined.value.token, stream: await events(port, joined.value.token) });
    }
    const values = [1, 2, 3, 4, 5, 'na', 'dont-know', 3] as const;
    const expected: Record<string, Record<string, unknown>> = {};
    for (const [round, statementId] of statements.slice(0, 3).entries()) {
      if (round > 0) service.follow(statementId);
      expected[statementId] = {};
      for (const [i, phone] of phones.entries()) {
        const value = values[(i + round) % values.length];
        if (round === 1 && i === 2) {
          // The phone's screen locks mid-vote: its stream drops, it rejoins with its stored token and votes.
          phone.stream.close();
          await phone.stream.ended;
          expect((await postJson(port, '/join', { token: phone.token })).status).toBe(200);
          phone.stream = await events(port, phone.token);
          expect(((await phone.stream.next('statement')).data as PhoneView).statement?.id).toBe(statementId);
        }
        expect((await postJson(port, '/vote', { token: phone.token, statementId, value })).status).toBe(200);
        expected[statementId][phone.seat.participantId] = value;
      }
      expect(((await service.state({})) as Running).seats.every((s) => s.voted)).toBe(true);
    }
    const answers = await stored();
    expect(Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, a.votes]))).toEqual(expected);
    expect(((await service.state({})) as Running).votesStored).toBe(24);
  });
});
