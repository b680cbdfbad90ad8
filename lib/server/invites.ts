// Invite links for a team and a role: single use, expiring, only the token's hash stored.
import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/open-database';
import { invites, memberships, teams } from '../db/schema';
import { checkInvite, hashInviteToken, newInviteToken } from '../auth/invite-rules';
import { isTeamRole, type TeamRole } from '../auth/permissions';
import { HttpError } from './http';
import { writeAudit, type AuditActor } from './audit';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
type Reader = Pick<Database, 'select'>;

export interface UsableInvite {
  id: string;
  teamId: string;
  teamSlug: string;
  teamName: string;
  role: TeamRole;
}

export async function createInvite(db: Database, actor: AuditActor, teamId: string, role: TeamRole, email: string | undefined, expiresInDays: number) {
  const { token, tokenHash } = newInviteToken();
  const expiresAt = new Date(Date.now() + expiresInDays * 86_400_000);
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(invites).values({ teamId, role, tokenHash, email: email ?? null, createdBy: actor.id, expiresAt }).returning({ id: invites.id });
    await writeAudit(tx, actor, 'invite.created', teamId, { inviteId: row!.id, role, email: email ?? null });
    return { id: row!.id, token, expiresAt };
  });
}

async function loadInvite(db: Reader, token: string) {
  const [row] = await db
    .select({
      id: invites.id,
      teamId: invites.teamId,
      role: invites.role,
      email: invites.email,
      expiresAt: invites.expiresAt,
      usedAt: invites.usedAt,
      revokedAt: invites.revokedAt,
      teamSlug: teams.slug,
      teamName: teams.name,
    })
    .from(invites)
    .innerJoin(teams, eq(teams.id, invites.teamId))
    .where(eq(invites.tokenHash, hashInviteToken(token)));
  return row ?? null;
}

/** What the invite page shows: the team and role, or why the link does not work. */
export async function describeInvite(db: Reader, token: string) {
  const invite = await loadInvite(db, token);
  if (!invite) return { ok: false as const, message: 'This invite link is not valid. Check that you copied all of it, or ask for a new one.' };
  const check = checkInvite(invite, new Date());
  if (!check.ok) return { ok: false as const, message: check.message };
  return { ok: true as const, teamName: invite.teamName, role: invite.role, email: invite.email };
}

export async function findUsableInvite(db: Reader, token: string, email: string): Promise<UsableInvite> {
  const invite = await loadInvite(db, token);
  if (!invite) throw new HttpError(404, 'This invite link is not valid. Check that you copied all of it, or ask for a new one.');
  const check = checkInvite(invite, new Date(), email);
  if (!check.ok) throw new HttpError(check.reason === 'wrong-email' ? 403 : 410, check.message);
  if (!isTeamRole(invite.role)) throw new Error(`unknown role ${invite.role}`);
  return { id: invite.id, teamId: invite.teamId, teamSlug: invite.teamSlug, teamName: invite.teamName, role: invite.role };
}

/** Marks the invite used (once: a concurrent second use finds it used) and adds the membership. */
export async function acceptInviteInTransaction(tx: Tx, invite: UsableInvite, user: AuditActor): Promise<string> {
  const marked = await tx
    .update(invites)
    .set({ usedAt: new Date(), usedBy: user.id })
    .where(and(eq(invites.id, invite.id), isNull(invites.usedAt), isNull(invites.revokedAt)))
    .returning({ id: invites.id });
  if (marked.length === 0) throw new HttpError(410, 'This invite link has already been used. Each link admits one person: ask for a new one.');
  const [existing] = await tx.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.teamId, invite.teamId), eq(memberships.userId, user.id)));
  if (!existing) await tx.insert(memberships).values({ teamId: invite.teamId, userId: user.id, role: invite.role });
  await writeAudit(tx, user, 'invite.accepted', invite.teamId, { inviteId: invite.id, role: existing ? existing.role : invite.role });
  return invite.teamSlug;
}

export async function acceptInvite(db: Database, token: string, user: AuditActor): Promise<string> {
  return db.transaction(async (tx) => acceptInviteInTransaction(tx, await findUsableInvite(tx, token, user.email), user));
}

export async function listOpenInvites(db: Database, teamId: string) {
  return db
    .select({ id: invites.id, role: invites.role, email: invites.email, expiresAt: invites.expiresAt, createdAt: invites.createdAt })
    .from(invites)
    .where(and(eq(invites.teamId, teamId), isNull(invites.usedAt), isNull(invites.revokedAt)))
    .orderBy(desc(invites.createdAt));
}

export async function revokeInvite(db: Database, actor: AuditActor, teamId: string, inviteId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const revoked = await tx
      .update(invites)
      .set({ revokedAt: new Date() })
      .where(and(eq(invites.id, inviteId), eq(invites.teamId, teamId), isNull(invites.usedAt), isNull(invites.revokedAt)))
      .returning({ id: invites.id });
    if (revoked.length === 0) throw new HttpError(404, 'No open invite with this id in this team.');
    await writeAudit(tx, actor, 'invite.revoked', teamId, { inviteId });
  });
}
