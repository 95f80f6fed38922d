import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AnswerValue } from '../../core/assessment/schema';
import type { Language } from '../../core/settings';
import type { SeatState } from '../../core/voting/contract';
import type { JoinReply, JoinRequest, PhoneStatement, PhoneView, VoteRequest } from '../../core/voting/phone-protocol';
import type { Library } from '../library/library';
import { log } from '../log/logger';
import { JoinGuard, newShortCode } from './join-guard';
import { PhoneRefusal, type PhoneSession, type PhoneStream } from './participant-server';

export interface SeatSpec {
  seatId: string;
  participantId: string;
  label: string;
}

interface Seat extends SeatSpec {
  /** SHA-256 of the phone's token; the token itself is never kept. */
  tokenHash?: Buffer;
  stream?: PhoneStream;
}

export interface SessionSetup {
  assessmentId: string;
  language: Language;
  seats: SeatSpec[];
  statements: Map<string, PhoneStatement>;
  /** Stored votes by statement and participant, as the assessment held them at the start. */
  votes: Map<string, Map<string, AnswerValue>>;
  statementId: string;
  library: () => Library | undefined;
  /** Called on every change the facilitator should see. */
  changed: () => void;
  codeFailuresPerAddress: number;
  codeFailuresPerSession: number;
}

const newSecret = () => randomBytes(16).toString('base64url');
const hash = (token: string) => createHash('sha256').update(token).digest();
const sameSecret = (given: string, secret: string) => {
  const a = hash(given);
  const b = hash(secret);
  return timingSafeEqual(a, b);
};

/**
 * One phone-voting session: its secret and short code, its seats and their
 * tokens, the current statement. It dies with the participant server; a new
 * session has new secrets, so nothing of an old one works again.
 */
export class VotingSession implements PhoneSession {
  readonly secret = newSecret();
  shortCode = newShortCode();
  statementId: string;
  votesStored = 0;
  ended = false;
  private readonly seats: Seat[];
  private readonly guard: JoinGuard;

  constructor(private readonly setup: SessionSetup) {
    this.seats = setup.seats.map((s) => ({ ...s }));
    this.statementId = setup.statementId;
    this.guard = new JoinGuard({ perAddress: setup.codeFailuresPerAddress, perSession: setup.codeFailuresPerSession });
  }

  get assessmentId() {
    return this.setup.assessmentId;
  }

  hasStatement(id: string): boolean {
    return this.setup.statements.has(id);
  }

  seatStates(): SeatState[] {
    const votes = this.setup.votes.get(this.statementId);
    return this.seats.map((s) => ({
      seatId: s.seatId,
      participantId: s.participantId,
      label: s.label,
      joined: s.tokenHash !== undefined,
      connected: s.stream !== undefined,
      voted: votes?.has(s.participantId) ?? false,
    }));
  }

  // The phone's side (PhoneSession).

  join(input: JoinRequest, remoteAddress: string): JoinReply {
    this.assertRunning();
    const language = this.setup.language;
    if (input.token !== undefined) {
      const seat = this.seatOf(input.token);
      return { kind: 'seat', language, seatId: seat.seatId, label: seat.label, token: input.token };
    }
    if (input.key !== undefined) {
      if (!sameSecret(input.key, this.secret)) this.refuseTry(remoteAddress);
    } else if (input.code !== undefined) {
      if (this.guard.locked(remoteAddress)) throw new PhoneRefusal(429, 'too-many-attempts', 'too many wrong codes; wait a minute or scan the QR code');
      if (!sameSecret(input.code, this.shortCode)) this.refuseTry(remoteAddress);
    } else throw new PhoneRefusal(400, 'bad-request', 'a key, a code or a token is needed');

    if (input.seatId === undefined) {
      return { kind: 'seats', language, seats: this.seats.filter((s) => !s.tokenHash).map((s) => ({ seatId: s.seatId, label: s.label })) };
    }
    const seat = this.seats.find((s) => s.seatId === input.seatId);
    if (!seat) throw new PhoneRefusal(404, 'not-found', 'no such seat');
    if (seat.tokenHash) throw new PhoneRefusal(409, 'seat-taken', 'another phone holds this seat');
    const token = newSecret();
    seat.tokenHash = hash(token);
    this.setup.changed();
    return { kind: 'seat', language, seatId: seat.seatId, label: seat.label, token };
  }

  async vote(input: VoteRequest): Promise<{ statementId: string; value: AnswerValue }> {
    this.assertRunning();
    const seat = this.seatOf(input.token);
    if (input.statementId !== this.statementId) throw new PhoneRefusal(409, 'statement-closed', 'voting on this statement has closed');
    const library = this.setup.library();
    if (!library) throw new PhoneRefusal(503, 'storage-failed', 'the vote could not be stored');
    try {
      await library.saveAnswer({ assessmentId: this.assessmentId, statementId: input.statementId, participantId: seat.participantId, value: input.value });
    } catch (err) {
      log.warn(`voting: a phone's vote could not be stored (assessment ${this.assessmentId}, statement ${input.statementId})`, err);
      throw new PhoneRefusal(503, 'storage-failed', 'the vote could not be stored');
    }
    // Stored: only now does the phone hear "received".
    this.remember(input.statementId, seat.participantId, input.value);
    this.votesStored++;
    if (seat.stream && input.statementId === this.statementId) seat.stream.send('statement', this.view(seat));
    this.setup.changed();
    return { statementId: input.statementId, value: input.value };
  }

  leave(token: string): void {
    this.assertRunning();
    this.free(this.seatOf(token), undefined);
  }

  openStream(token: string, stream: PhoneStream, onClose: (listener: () => void) => void): void {
    this.assertRunning();
    const seat = this.seatOf(token);
    const old = seat.stream;
    seat.stream = stream;
    old?.close();
    stream.send('statement', this.view(seat));
    onClose(() => {
      if (seat.stream !== stream) return;
      seat.stream = undefined;
      this.setup.changed();
    });
    this.setup.changed();
  }

  // The facilitator's side.

  follow(statementId: string): void {
    this.statementId = statementId;
    this.pushViews();
  }

  /** Brings the stored votes of one statement up to date (the facilitator may have edited them in the grid). */
  refreshVotes(statementId: string, votes: Record<string, AnswerValue> | undefined): boolean {
    const before = JSON.stringify([...(this.setup.votes.get(statementId) ?? new Map<string, AnswerValue>())].sort());
    this.setup.votes.set(statementId, new Map(Object.entries(votes ?? {})));
    const after = JSON.stringify([...(this.setup.votes.get(statementId) ?? new Map<string, AnswerValue>())].sort());
    if (before === after) return false;
    if (statementId === this.statementId) this.pushViews();
    return true;
  }

  /** Frees a seat; false when there is no such seat. */
  remove(seatId: string): boolean {
    const seat = this.seats.find((s) => s.seatId === seatId);
    if (!seat) return false;
    this.free(seat, 'removed');
    return true;
  }

  end(): void {
    this.ended = true;
    for (const seat of this.seats) {
      seat.stream?.send('ended', {});
      seat.stream?.close();
      seat.stream = undefined;
      seat.tokenHash = undefined;
    }
  }

  /** After too many wrong codes from everywhere, the code is replaced (the facilitator's dialog shows the new one). */
  private refuseTry(remoteAddress: string): never {
    if (this.guard.fail(remoteAddress)) {
      this.shortCode = newShortCode();
      log.warn('voting: too many wrong short codes; the code was replaced');
      this.setup.changed();
    }
    throw new PhoneRefusal(403, 'wrong-key', 'wrong code or link');
  }

  private free(seat: Seat, event: 'removed' | undefined) {
    seat.tokenHash = undefined;
    const stream = seat.stream;
    seat.stream = undefined;
    if (event) stream?.send(event, {});
    stream?.close();
    this.setup.changed();
  }

  private assertRunning() {
    if (this.ended) throw new PhoneRefusal(410, 'session-ended', 'the voting session has ended');
  }

  private seatOf(token: string): Seat {
    const given = hash(token);
    let found: Seat | undefined;
    // Every seat is compared, in constant time each, so timing tells nothing about which tokens exist.
    for (const seat of this.seats) if (seat.tokenHash && timingSafeEqual(seat.tokenHash, given)) found = seat;
    if (!found) throw new PhoneRefusal(403, 'bad-token', 'this phone has no seat; join again');
    return found;
  }

  private remember(statementId: string, participantId: string, value: AnswerValue) {
    let votes = this.setup.votes.get(statementId);
    if (!votes) this.setup.votes.set(statementId, (votes = new Map()));
    votes.set(participantId, value);
  }

  private view(seat: Seat): PhoneView {
    return {
      label: seat.label,
      language: this.setup.language,
      statement: this.setup.statements.get(this.statementId) ?? null,
      vote: this.setup.votes.get(this.statementId)?.get(seat.participantId) ?? null,
    };
  }

  private pushViews() {
    for (const seat of this.seats) seat.stream?.send('statement', this.view(seat));
  }
}
