import { z } from 'zod';
import { LocalizedTextSchema } from '../localized-text';
import { LANGUAGES } from '../settings';
import { PhoneVoteValueSchema } from './contract';

/**
 * What a phone and the participant server say to each other (issue 14).
 * Nothing of the app's IPC contract crosses this boundary: a phone sees the
 * current statement, the free seats' labels and its own vote, nothing else.
 */

/** A secret or a seat token: 128 random bits as base64url (22 characters). */
const Secret = z.string().min(16).max(64);

/** `POST /join`: by the URL's secret or the short code (then pick a seat), or by a stored seat token (rejoin). */
export const JoinRequestSchema = z.strictObject({
  key: Secret.optional(),
  code: z
    .string()
    .regex(/^\d{6}$/)
    .optional(),
  seatId: z.string().min(1).max(20).optional(),
  token: Secret.optional(),
});
export type JoinRequest = z.infer<typeof JoinRequestSchema>;

export const VoteRequestSchema = z.strictObject({
  token: Secret,
  statementId: z.string().min(1).max(100),
  value: PhoneVoteValueSchema,
});
export type VoteRequest = z.infer<typeof VoteRequestSchema>;

export const LeaveRequestSchema = z.strictObject({ token: Secret });

const Language = z.enum(LANGUAGES);

/** The answer to a join: the free seats to pick from, or the claimed seat with its token. */
export type JoinReply =
  | { kind: 'seats'; language: z.infer<typeof Language>; seats: { seatId: string; label: string }[] }
  | { kind: 'seat'; language: z.infer<typeof Language>; seatId: string; label: string; token: string };

/** The statement a phone shows: its text, its five level texts and its area's title, in both languages. */
export const PhoneStatementSchema = z.strictObject({
  id: z.string(),
  areaTitle: LocalizedTextSchema,
  text: LocalizedTextSchema,
  levels: z.array(z.strictObject({ level: z.number().int(), text: LocalizedTextSchema })),
});
export type PhoneStatement = z.infer<typeof PhoneStatementSchema>;

/** The `statement` event of `GET /events`: everything a phone ever learns about the assessment. */
export const PhoneViewSchema = z.strictObject({
  label: z.string(),
  language: Language,
  statement: PhoneStatementSchema.nullable(),
  /** This seat's own stored vote on the current statement. */
  vote: PhoneVoteValueSchema.nullable(),
});
export type PhoneView = z.infer<typeof PhoneViewSchema>;

/** Every refusal a phone can get, as `{ ok: false, error: { code, message } }`. */
export type PhoneErrorCode =
  | 'not-found'
  | 'method-not-allowed'
  | 'wrong-host'
  | 'unsupported-type'
  | 'body-too-large'
  | 'bad-request'
  | 'too-many-connections'
  | 'too-many-attempts'
  | 'wrong-key'
  | 'bad-token'
  | 'seat-taken'
  | 'statement-closed'
  | 'session-ended'
  | 'storage-failed'
  | 'internal';

export interface PhoneError {
  code: PhoneErrorCode;
  message: string;
}

export type PhoneReply<T> = { ok: true; value: T } | { ok: false; error: PhoneError };
