import { randomInt } from 'node:crypto';

const WINDOW_MS = 60_000;
/** Beyond this many addresses remembered, the oldest are forgotten (a flood of spoofed IPv6 addresses cannot fill memory). */
const MAX_ADDRESSES = 5_000;

export const newShortCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/**
 * The short code's guard: a 6-digit code is guessable, so each address gets
 * `perAddress` wrong tries a minute, after which even the right code is
 * refused for it; and after `perSession` wrong tries from anywhere the code
 * is replaced (the facilitator's dialog shows the new one), so many
 * addresses together cannot walk the million codes either.
 */
export class JoinGuard {
  private readonly failures = new Map<string, number[]>();
  private sessionFailures = 0;

  constructor(
    private readonly limits: { perAddress: number; perSession: number },
    private readonly now: () => number = Date.now,
  ) {}

  locked(address: string): boolean {
    const recent = (this.failures.get(address) ?? []).filter((t) => this.now() - t < WINDOW_MS);
    return recent.length >= this.limits.perAddress;
  }

  /** Records a wrong try; true when the session's code must now be replaced. */
  fail(address: string): boolean {
    const t = this.now();
    const recent = (this.failures.get(address) ?? []).filter((at) => t - at < WINDOW_MS);
    recent.push(t);
    this.failures.delete(address);
    this.failures.set(address, recent);
    if (this.failures.size > MAX_ADDRESSES) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
    this.sessionFailures++;
    if (this.sessionFailures < this.limits.perSession) return false;
    this.sessionFailures = 0;
    return true;
  }
}
