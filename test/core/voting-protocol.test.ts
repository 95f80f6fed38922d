import { describe, expect, it } from 'vitest';
import { JoinRequestSchema, PhoneViewSchema, VoteRequestSchema } from '../../core/voting/phone-protocol';

const token = 'AAAAAAAAAAAAAAAAAAAAAA';

describe('the phone protocol', () => {
  it('takes a vote of 1..5, na or dont-know, and nothing else', () => {
    for (const value of [1, 2, 3, 4, 5, 'na', 'dont-know']) expect(VoteRequestSchema.safeParse({ token, statementId: 's1', value }).success).toBe(true);
    for (const value of [0, 6, 2.5, -1, '3', 'x', 'NA', null, undefined, true, [], {}])
      expect(VoteRequestSchema.safeParse({ token, statementId: 's1', value }).success, JSON.stringify(value)).toBe(false);
  });

  it('refuses extra keys: a vote cannot name a seat, a participant or an assessment', () => {
    for (const extra of [{ seatId: 'seat-2' }, { participantId: 'anna' }, { assessmentId: 'a1' }])
      expect(VoteRequestSchema.safeParse({ token, statementId: 's1', value: 3, ...extra }).success).toBe(false);
    expect(VoteRequestSchema.safeParse(JSON.parse(`{"token":"${token}","statementId":"s1","value":3,"__proto__":{"x":1}}`)).success).toBe(false);
  });

  it('takes a short code of exactly six digits and secrets of sane length only', () => {
    expect(JoinRequestSchema.safeParse({ code: '012345' }).success).toBe(true);
    for (const code of ['12345', '1234567', '12345a', ' 12345', 123456]) expect(JoinRequestSchema.safeParse({ code }).success).toBe(false);
    expect(JoinRequestSchema.safeParse({ key: 'short' }).success).toBe(false);
    expect(JoinRequestSchema.safeParse({ key: 'x'.repeat(65) }).success).toBe(false);
    expect(JoinRequestSchema.safeParse({ key: token, extra: 1 }).success).toBe(false);
  });

  it("a phone's view has no room for anything but its own seat and the statement", () => {
    const view = { label: 'Anna', language: 'fi', statement: null, vote: null };
    expect(PhoneViewSchema.safeParse(view).success).toBe(true);
    expect(PhoneViewSchema.safeParse({ ...view, votes: { jukka: 3 } }).success).toBe(false);
    expect(PhoneViewSchema.safeParse({ ...view, client: 'Nordtek' }).success).toBe(false);
  });
});
