import os from 'node:os';
import type { AnswerValue, Assessment, Participant } from '../../core/assessment/schema';
import { HandlerError } from '../../core/ipc/handler-table';
import { deriveId } from '../../core/model/ids';
import type { NetworkInterface, SeatMode, VotingService, VotingStart, VotingState } from '../../core/voting/contract';
import { call, type LibraryHandle } from '../library-handlers';
import { log } from '../log/logger';
import { DEFAULT_PARTICIPANT_LIMITS, hostHeaderFor, startParticipantServer, type ParticipantLimits, type RunningParticipantServer } from './participant-server';
import { phoneStatements } from './phone-statements';
import { VotingSession, type SeatSpec } from './voting-session';

export interface VotingLimits extends ParticipantLimits {
  /** Wrong short codes one address may try a minute before even the right one is refused. */
  codeFailuresPerAddress: number;
  /** Wrong short codes from anywhere after which the code is replaced. */
  codeFailuresPerSession: number;
}

export const DEFAULT_VOTING_LIMITS: VotingLimits = { ...DEFAULT_PARTICIPANT_LIMITS, codeFailuresPerAddress: 5, codeFailuresPerSession: 100 };

export interface VotingServiceDeps {
  library: () => LibraryHandle;
  /** os.networkInterfaces, replaced in tests so that nothing but loopback is ever offered. */
  networkInterfaces?: () => ReturnType<typeof os.networkInterfaces>;
  limits?: Partial<VotingLimits>;
}

const ANONYMOUS_LABEL = { fi: 'Osallistuja', en: 'Participant' } as const;

/** The seats of a session, and the participants the assessment must gain for anonymous seats. */
function planSeats(assessment: Assessment, mode: SeatMode): { seats: SeatSpec[]; added: Participant[] } {
  if (mode.mode === 'participants') {
    if (assessment.participants.length === 0)
      throw new HandlerError({ code: 'invalid-input', message: 'the assessment has no participants; add them or use numbered seats', path: 'seats' });
    return { seats: assessment.participants.map((p, i) => ({ seatId: `seat-${i + 1}`, participantId: p.id, label: p.name })), added: [] };
  }
  const taken = new Set(assessment.participants.map((p) => p.id));
  const added: Participant[] = [];
  const seats: SeatSpec[] = [];
  for (let n = 1; n <= mode.count; n++) {
    const label = `${ANONYMOUS_LABEL[assessment.language]} ${n}`;
    let participant = assessment.participants.find((p) => p.name === label);
    if (!participant) {
      participant = { id: deriveId(label, taken, 'participant'), name: label };
      taken.add(participant.id);
      added.push(participant);
    }
    seats.push({ seatId: `seat-${n}`, participantId: participant.id, label });
  }
  if (assessment.participants.length + added.length > 100)
    throw new HandlerError({ code: 'invalid-input', message: 'an assessment holds at most 100 participants', path: 'seats.count' });
  return { seats, added };
}

function storedVotes(assessment: Assessment): Map<string, Map<string, AnswerValue>> {
  return new Map(Object.entries(assessment.answers).map(([id, answer]) => [id, new Map(Object.entries(answer.votes ?? {}))]));
}

/**
 * Main's phone-voting service (issue 14): one session at a time, a
 * participant server on the one address the user picked, and a long-polled
 * state for the facilitator's dialog. Nothing listens before `start`.
 */
export function createVotingService(deps: VotingServiceDeps): VotingService & { close(): Promise<void> } {
  const limits: VotingLimits = { ...DEFAULT_VOTING_LIMITS, ...deps.limits };
  let version = 0;
  let current: { session: VotingSession; server: RunningParticipantServer; address: string } | undefined;
  const waiters = new Set<() => void>();

  const changed = () => {
    version++;
    for (const wake of [...waiters]) wake();
  };

  const snapshot = (): VotingState => {
    if (!current) return { running: false, version };
    const { session, server, address } = current;
    const baseUrl = `http://${hostHeaderFor(address, server.port)}/`;
    return {
      running: true,
      version,
      assessmentId: session.assessmentId,
      joinUrl: `${baseUrl}#k=${session.secret}`,
      baseUrl,
      shortCode: session.shortCode,
      address,
      port: server.port,
      statementId: session.statementId,
      seats: session.seatStates(),
      votesStored: session.votesStored,
    };
  };

  const running = () => {
    if (!current) throw new HandlerError({ code: 'conflict', message: 'phone voting is not running' });
    return current;
  };

  const interfaces = (): NetworkInterface[] => {
    const all = (deps.networkInterfaces ?? os.networkInterfaces)();
    return Object.entries(all).flatMap(([name, addresses]) =>
      (addresses ?? [])
        // A link-local IPv6 address needs a zone id, which no phone's browser takes in a URL.
        .filter((a) => (a.family === 'IPv4' || a.family === 'IPv6') && !(a.family === 'IPv6' && a.address.toLowerCase().startsWith('fe80:')))
        .map((a) => ({ name, address: a.address, family: a.family, internal: a.internal })),
    );
  };

  const stop = async (): Promise<VotingState> => {
    const was = current;
    if (!was) return snapshot();
    current = undefined;
    was.session.end();
    await was.server.close();
    log.info('voting: participant server stopped');
    changed();
    return snapshot();
  };

  const refreshCurrentVotes = (session: VotingSession) => {
    const handle = deps.library();
    if (!('library' in handle)) return;
    const statementId = session.statementId;
    handle.library
      .getAssessment(session.assessmentId)
      .then((a) => {
        if (current?.session === session && session.refreshVotes(statementId, a.answers[statementId]?.votes)) changed();
      })
      .catch((err: unknown) => log.warn('voting: reading the stored votes failed', err));
  };

  return {
    interfaces,

    async start(input: VotingStart): Promise<VotingState> {
      if (!interfaces().some((i) => i.address === input.address))
        throw new HandlerError({ code: 'invalid-input', message: 'not an address of this computer', path: 'address' });
      await stop();
      const { assessment, seats } = await call(deps.library(), async (library) => {
        let assessment = await library.getAssessment(input.assessmentId);
        const plan = planSeats(assessment, input.seats);
        if (plan.added.length > 0) assessment = await library.updateAssessment(assessment.id, { participants: [...assessment.participants, ...plan.added] });
        return { assessment, seats: plan.seats };
      });
      const statements = phoneStatements(assessment.questionnaire);
      if (!statements.has(input.statementId))
        throw new HandlerError({ code: 'invalid-input', message: 'no such statement in the assessment', path: 'statementId' });
      const session = new VotingSession({
        assessmentId: assessment.id,
        language: assessment.language,
        seats,
        statements,
        votes: storedVotes(assessment),
        statementId: input.statementId,
        library: () => {
          const h = deps.library();
          return 'library' in h ? h.library : undefined;
        },
        changed: () => {
          if (current?.session === session) changed();
        },
        codeFailuresPerAddress: limits.codeFailuresPerAddress,
        codeFailuresPerSession: limits.codeFailuresPerSession,
      });
      let server: RunningParticipantServer;
      try {
        server = await startParticipantServer({ host: input.address, port: input.port, limits, session });
      } catch (err) {
        log.warn('voting: the participant server could not start', err);
        throw new HandlerError({ code: 'conflict', message: `could not listen on that address${input.port ? ' and port' : ''}` });
      }
      current = { session, server, address: input.address };
      log.info(`voting: participant server started for assessment ${assessment.id} with ${seats.length} seats`);
      changed();
      return snapshot();
    },

    stop,

    follow(statementId: string): VotingState {
      const { session } = running();
      if (!session.hasStatement(statementId))
        throw new HandlerError({ code: 'invalid-input', message: 'no such statement in the assessment', path: 'statementId' });
      session.follow(statementId);
      changed();
      refreshCurrentVotes(session);
      return snapshot();
    },

    remove(seatId: string): VotingState {
      const { session } = running();
      if (!session.remove(seatId)) throw new HandlerError({ code: 'not-found', message: 'no such seat', path: 'seatId' });
      return snapshot();
    },

    answersChanged(assessmentId: string): void {
      if (current?.session.assessmentId === assessmentId) refreshCurrentVotes(current.session);
    },

    async state(query: { since?: number; waitMs?: number }): Promise<VotingState> {
      const waitMs = query.waitMs ?? 0;
      if (query.since === undefined || query.since !== version || waitMs <= 0) return snapshot();
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, waitMs);
        waiters.add(wake);
      });
      return snapshot();
    },

    async close(): Promise<void> {
      await stop();
      for (const wake of [...waiters]) wake();
    },
  };
}
