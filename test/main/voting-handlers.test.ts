import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VotingService } from '../../core/voting/contract';
import { createHandlers } from '../../main/handlers';
import { createSettingsStore } from '../../main/settings-store';
import { fakeVoting, runningState } from '../fixtures/fake-voting';
import { seeded } from './library/helpers';

const handlersWith = (voting?: VotingService) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'timantti-voting-'));
  return createHandlers({ version: '1', dataDir, shell: 'web', settings: createSettingsStore(dataDir, 'fi'), ...(voting ? { voting } : {}) });
};

const START = { assessmentId: 'a1', address: '192.168.1.20', seats: { mode: 'anonymous', count: 8 }, statementId: 's1' };

describe('phone voting channels', () => {
  it('pass parsed input to the voting service and return its state', async () => {
    const voting = fakeVoting();
    const h = handlersWith(voting);
    expect(await h['voting:interfaces'](undefined)).toEqual({ ok: true, value: voting.interfaces() });
    expect(await h['voting:start'](START)).toEqual({ ok: true, value: runningState() });
    expect(voting.start).toHaveBeenCalledWith(START);
    expect(await h['voting:follow']({ statementId: 's2' })).toMatchObject({ ok: true, value: { statementId: 's2' } });
    expect(voting.follow).toHaveBeenCalledWith('s2');
    expect(await h['voting:remove']({ seatId: 'seat-1' })).toMatchObject({ ok: true, value: { seats: [] } });
    expect(voting.remove).toHaveBeenCalledWith('seat-1');
    await h['voting:state']({ since: 3, waitMs: 20_000 });
    expect(voting.state).toHaveBeenLastCalledWith({ since: 3, waitMs: 20_000 });
    // Over HTTP "no input" arrives as null: the long poll then waits on nothing in particular.
    await h['voting:state'](null);
    expect(voting.state).toHaveBeenLastCalledWith({});
    expect(await h['voting:stop'](null)).toEqual({ ok: true, value: { running: false, version: 4 } });
  });

  it.each([
    ['voting:start', { ...START, seats: { mode: 'anonymous', count: 0 } }],
    ['voting:start', { ...START, seats: { mode: 'everyone' } }],
    ['voting:start', { ...START, address: '' }],
    ['voting:start', { ...START, port: 70_000 }],
    ['voting:start', { ...START, statementId: '../x' }],
    ['voting:start', { ...START, extra: 1 }],
    ['voting:state', { waitMs: 60_000 }],
    ['voting:follow', { statementId: 7 }],
    ['voting:remove', { seatId: '' }],
    ['voting:remove', { seatId: 'x'.repeat(101) }],
  ] as const)('refuse bad input to %s (%j) before the service sees it', async (channel, input) => {
    const voting = fakeVoting();
    const result = await handlersWith(voting)[channel](input);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    for (const method of Object.values(voting)) expect(method).not.toHaveBeenCalled();
  });

  it('tell the voting service when the grid saves an answer or a backup is restored, and only when the save went through', async () => {
    const voting = fakeVoting();
    const { library, assessment, dataDir } = await seeded();
    try {
      const h = createHandlers({ version: '1', dataDir, shell: 'web', settings: createSettingsStore(dataDir, 'fi'), library: () => ({ library }), voting });
      const statementId = assessment.questionnaire.areas[0]!.statements[0]!.id;
      const saved = await h['answer:save']({ assessmentId: assessment.id, statementId, participantId: 'anna', value: 4 });
      expect(saved).toMatchObject({ ok: true });
      expect(voting.answersChanged).toHaveBeenCalledTimes(1);
      expect(voting.answersChanged).toHaveBeenCalledWith(assessment.id);
      // Refused (no such participant, no such assessment): nothing changed, nothing said.
      expect(await h['answer:save']({ assessmentId: assessment.id, statementId, participantId: 'nobody', value: 4 })).toMatchObject({ ok: false });
      expect(await h['answer:save']({ assessmentId: 'no-such', statementId, participantId: 'anna', value: 4 })).toMatchObject({ ok: false });
      expect(voting.answersChanged).toHaveBeenCalledTimes(1);
      const backups = await library.listBackups(assessment.id);
      expect(backups.length).toBeGreaterThan(0);
      expect(await h['backup:restore']({ assessmentId: assessment.id, name: backups[0]!.name })).toMatchObject({ ok: true });
      expect(voting.answersChanged).toHaveBeenCalledTimes(2);
    } finally {
      await library.close();
    }
  });

  it('answer a typed error, not a crash, where there is no voting service', async () => {
    const h = handlersWith();
    for (const [channel, input] of [
      ['voting:interfaces', undefined],
      ['voting:start', START],
      ['voting:stop', undefined],
      ['voting:state', {}],
      ['voting:follow', { statementId: 's1' }],
      ['voting:remove', { seatId: 'seat-1' }],
    ] as const) {
      const result = await (h[channel] as (input: unknown) => Promise<unknown>)(input);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('voting-unavailable') } });
    }
  });

  it('say why listening failed when the user can act on it, and nothing more otherwise', async () => {
    const voting = fakeVoting();
    const h = handlersWith(voting);
    const failure = (code: string) => Object.assign(new Error(`listen ${code}: 10.0.0.9:41234`), { code });
    voting.start.mockRejectedValueOnce(failure('EADDRNOTAVAIL'));
    expect(await h['voting:start'](START)).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: expect.stringMatching(/^voting-address-unavailable/) },
    });
    voting.start.mockRejectedValueOnce(failure('EADDRINUSE'));
    expect(await h['voting:start'](START)).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^voting-port-in-use/) } });
    voting.start.mockRejectedValueOnce(new Error('disk on fire at /home/x'));
    expect(await h['voting:start'](START)).toEqual({ ok: false, error: { code: 'internal', message: 'unexpected failure in voting:start' } });
  });
});
