// Join-code guessing is rate limited per client address, in the database (holds across instances).
import 'server-only';
import { and, count, eq, gt, min } from 'drizzle-orm';
import type { Database } from '../../db/open-database';
import { joinAttempts } from '../../db/schema';

export const JOIN_WINDOW_MINUTES = 10;
export const MAX_FAILED_JOINS = 10;

export async function checkJoinRate(db: Database, clientKey: string, now = new Date()): Promise<{ allowed: true } | { allowed: false; message: string }> {
  const since = new Date(now.getTime() - JOIN_WINDOW_MINUTES * 60_000);
  const [row] = await db
    .select({ n: count(), oldest: min(joinAttempts.createdAt) })
    .from(joinAttempts)
    .where(and(eq(joinAttempts.clientKey, clientKey), eq(joinAttempts.succeeded, false), gt(joinAttempts.createdAt, since)));
  if ((row?.n ?? 0) < MAX_FAILED_JOINS) return { allowed: true };
  const minutes = Math.max(1, Math.ceil(((row?.oldest ?? now).getTime() + JOIN_WINDOW_MINUTES * 60_000 - now.getTime()) / 60_000));
  return { allowed: false, message: `Too many wrong join codes from your network. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.` };
}

export async function recordJoinAttempt(db: Database, clientKey: string, succeeded: boolean): Promise<void> {
  await db.insert(joinAttempts).values({ clientKey, succeeded });
}
