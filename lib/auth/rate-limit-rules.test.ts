import { describe, expect, it } from 'vitest';
import { decideSignInRate, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_CLIENT } from './rate-limit-rules';

const now = new Date('2026-12-01T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('decideSignInRate', () => {
  it('allows below both limits', () => {
    expect(decideSignInRate({ account: MAX_FAILURES_PER_ACCOUNT - 1, client: MAX_FAILURES_PER_CLIENT - 1, oldestAccountFailure: minutesAgo(1), oldestClientFailure: minutesAgo(1) }, now)).toEqual({ allowed: true });
  });
  it('blocks an account at its limit and says when to try again', () => {
    const decision = decideSignInRate({ account: MAX_FAILURES_PER_ACCOUNT, client: 1, oldestAccountFailure: minutesAgo(4), oldestClientFailure: minutesAgo(4) }, now);
    expect(decision).toEqual({ allowed: false, retryAfterMinutes: 11, message: 'Too many failed sign-in attempts. Try again in 11 minutes.' });
  });
  it('blocks a client address spraying many accounts', () => {
    const decision = decideSignInRate({ account: 0, client: MAX_FAILURES_PER_CLIENT, oldestAccountFailure: null, oldestClientFailure: minutesAgo(14.5) }, now);
    expect(decision).toMatchObject({ allowed: false, retryAfterMinutes: 1, message: expect.stringMatching(/Try again in 1 minute\.$/) });
  });
});
