// Every change to membership, roles, invites and instance settings leaves an audit row.
import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Database } from '../db/open-database';
import { auditEvents } from '../db/schema';

type Executor = Pick<Database, 'insert'>;

export interface AuditActor {
  id: string;
  email: string;
}

export async function writeAudit(
  executor: Executor,
  actor: AuditActor,
  action: string,
  teamId: string | null,
  detail: Record<string, string | number | boolean | null> = {},
): Promise<void> {
  await executor.insert(auditEvents).values({ actorId: actor.id, actorEmail: actor.email, action, teamId, detail });
}

export async function listTeamAudit(db: Database, teamId: string, limit = 100) {
  return db
    .select({ id: auditEvents.id, actorEmail: auditEvents.actorEmail, action: auditEvents.action, detail: auditEvents.detail, createdAt: auditEvents.createdAt })
    .from(auditEvents)
    .where(eq(auditEvents.teamId, teamId))
    .orderBy(desc(auditEvents.id))
    .limit(limit);
}
