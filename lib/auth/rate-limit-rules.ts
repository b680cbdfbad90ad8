// Sign-in throttling: failures are counted per account and per client address over a window.
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_CLIENT = 20;

export interface FailureCounts {
  account: number;
  client: number;
  /** The oldest failure still in the window, for each key; the limit lifts when it leaves. */
  oldestAccountFailure: Date | null;
  oldestClientFailure: Date | null;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMinutes: number; message: string };

export function decideSignInRate(counts: FailureCounts, now: Date): RateDecision {
  const blockedBy =
    counts.account >= MAX_FAILURES_PER_ACCOUNT ? counts.oldestAccountFailure : counts.client >= MAX_FAILURES_PER_CLIENT ? counts.oldestClientFailure : null;
  if (!blockedBy && counts.account < MAX_FAILURES_PER_ACCOUNT && counts.client < MAX_FAILURES_PER_CLIENT) return { allowed: true };
  const liftsAt = (blockedBy ?? now).getTime() + SIGN_IN_WINDOW_MINUTES * 60_000;
  const retryAfterMinutes = Math.max(1, Math.ceil((liftsAt - now.getTime()) / 60_000));
  return {
    allowed: false,
    retryAfterMinutes,
    message: `Too many failed sign-in attempts. Try again in ${retryAfterMinutes} minute${retryAfterMinutes === 1 ? '' : 's'}.`,
  };
}
