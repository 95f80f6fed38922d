import { z } from 'zod';
import { AnswerValueSchema } from '../assessment/schema';
import { IdSchema } from '../questionnaire/schema';

/**
 * Phone voting (issue 14): what the facilitator's app (renderer, over the one
 * IPC contract) and main's voting service say to each other. The phones never
 * see any of this: they talk to the separate participant server, whose own
 * small route table lives in main/voting/.
 */

/** A network interface the participant server can listen on, as the user picks it. */
export const NetworkInterfaceSchema = z.object({
  /** The operating system's name, e.g. "wlan0", "Wi-Fi", "en0". */
  name: z.string(),
  address: z.string(),
  family: z.enum(['IPv4', 'IPv6']),
  /** Loopback: only this computer can reach it (what the tests use). */
  internal: z.boolean(),
});
export type NetworkInterface = z.infer<typeof NetworkInterfaceSchema>;

export const SeatModeSchema = z.discriminatedUnion('mode', [
  /** Each phone claims one of the assessment's participants by name. */
  z.strictObject({ mode: z.literal('participants') }),
  /** Numbered seats ("Osallistuja 3"); missing participants are added to the assessment under those labels. */
  z.strictObject({ mode: z.literal('anonymous'), count: z.number().int().min(1).max(60) }),
]);
export type SeatMode = z.infer<typeof SeatModeSchema>;

export const VotingStartSchema = z.strictObject({
  assessmentId: IdSchema,
  /** Must be one of the addresses `voting:interfaces` listed; nothing listens before this choice. */
  address: z.string().min(1).max(100),
  /** 0 or absent: a free port. */
  port: z.number().int().min(0).max(65535).optional(),
  seats: SeatModeSchema,
  /** The statement the phones see first. */
  statementId: IdSchema,
});
export type VotingStart = z.infer<typeof VotingStartSchema>;

/** One seat as the facilitator sees it: who joined and who voted, never what (the grid shows votes, under hide-until-reveal). */
export const SeatStateSchema = z.object({
  seatId: z.string(),
  participantId: IdSchema,
  label: z.string(),
  /** A phone holds this seat. */
  joined: z.boolean(),
  /** That phone's event stream is open right now (false after a screen lock or a Wi-Fi drop, until it rejoins). */
  connected: z.boolean(),
  /** The seat has a stored vote on the current statement. */
  voted: z.boolean(),
});
export type SeatState = z.infer<typeof SeatStateSchema>;

export const VotingStateSchema = z.discriminatedUnion('running', [
  z.object({ running: z.literal(false), version: z.number().int() }),
  z.object({
    running: z.literal(true),
    /** Grows with every change (a join, a vote, a move, a removal); `voting:state` waits for it to pass `since`. */
    version: z.number().int(),
    assessmentId: IdSchema,
    /** The join URL with its secret (≥ 64 random bits), for the QR code. */
    joinUrl: z.string(),
    /** The URL to type, without the secret: the page then asks for the short code. */
    baseUrl: z.string(),
    /** Short code to type instead of scanning; rate-limited per address, expires with the session. */
    shortCode: z.string(),
    address: z.string(),
    port: z.number().int(),
    statementId: IdSchema,
    seats: z.array(SeatStateSchema),
    /** Votes stored through the phones this session (all statements), so the grid knows to refresh. */
    votesStored: z.number().int(),
  }),
]);
export type VotingState = z.infer<typeof VotingStateSchema>;

/** `voting:state`: long poll. Answers at once when `version` differs from `since`, else when it changes, else after `waitMs`. */
export const VotingStateQuerySchema = z
  .union([z.undefined(), z.null(), z.strictObject({ since: z.number().int().optional(), waitMs: z.number().int().min(0).max(25_000).optional() })])
  .transform((v) => v ?? {});

export const VotingFollowSchema = z.strictObject({ statementId: IdSchema });
export const VotingRemoveSchema = z.strictObject({ seatId: z.string().min(1).max(100) });

/** A phone's vote: one of the five levels, "Ei koske" (na) or "En osaa sanoa" (dont-know). */
export const PhoneVoteValueSchema = AnswerValueSchema;

/**
 * Main's voting service, as the IPC handlers use it (main/voting/ implements
 * it). One session at a time; starting another stops the first.
 */
export interface VotingService {
  interfaces(): NetworkInterface[];
  start(input: VotingStart): Promise<VotingState>;
  stop(): Promise<VotingState>;
  /** The facilitator moved to another statement: phones follow, their votes on the old one are closed. */
  follow(statementId: string): VotingState;
  /** Frees a seat: its phone's token stops working, its stored votes stay. */
  remove(seatId: string): VotingState;
  /**
   * The assessment's answers changed elsewhere (the facilitator's grid, a
   * restored backup): the seats' "voted" and the phones' own votes are read
   * again when it is the session's assessment. Never fails.
   */
  answersChanged(assessmentId: string): void;
  state(query: { since?: number; waitMs?: number }): Promise<VotingState>;
}
