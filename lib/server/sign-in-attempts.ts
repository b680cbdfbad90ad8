// Sign-in rate limiting, stored in the database so that it holds across instances.
import 'server-only';
import { and, count, eq, gt, lt, min } from 'drizzle-orm';
import type { Database } from '../db/open-database';
import { signInAttempts } from '../db/schema';
import { decideSignInRate, SIGN_IN_WINDOW_MINUTES, type RateDecision } from '../auth/rate-limit-rules';

export async function checkSignInRate(db: Database, accountKey: string, clientKey: string, now = new Date()): Promise<RateDecision> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  const failures = (column: typeof signInAttempts.accountKey | typeof signInAttempts.clientKey, key: string) =>
    db
      .select({ n: count(), oldest: min(signInAttempts.createdAt) })
      .from(signInAttempts)
      .where(and(eq(column, key), eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, since)));
  const [[account], [client]] = await Promise.all([failures(signInAttempts.accountKey, accountKey), failures(signInAttempts.clientKey, clientKey)]);
  return decideSignInRate(
    { account: account?.n ?? 0, client: client?.n ?? 0, oldestAccountFailure: account?.oldest ?? null, oldestClientFailure: client?.oldest ?? null },
    now,
  );
}

export async function recordSignInAttempt(db: Database, accountKey: string, clientKey: string, succeeded: boolean): Promise<void> {
  await db.insert(signInAttempts).values({ accountKey, clientKey, succeeded });
  // Old rows are no longer needed for any decision.
  if (Math.random() < 0.02) await db.delete(signInAttempts).where(lt(signInAttempts.createdAt, new Date(Date.now() - 24 * 3_600_000)));
}
