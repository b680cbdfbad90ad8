// Teams and memberships. Every read is scoped by the caller's membership; ids from the client
// are only ever used together with the caller's own user id.
import 'server-only';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Database } from '../db/open-database';
import { memberships, teams, users } from '../db/schema';
import { isTeamRole, type TeamRole } from '../auth/permissions';
import { HttpError } from './http';
import { writeAudit, type AuditActor } from './audit';

export interface TeamMembership {
  teamId: string;
  slug: string;
  name: string;
  role: TeamRole;
}

function toRole(value: string): TeamRole {
  if (!isTeamRole(value)) throw new Error(`unknown role in database: ${value}`);
  return value;
}

export async function createTeam(db: Database, owner: AuditActor, name: string, slug: string): Promise<TeamMembership> {
  return db.transaction(async (tx) => {
    const [team] = await tx.insert(teams).values({ name, slug }).onConflictDoNothing({ target: teams.slug }).returning({ id: teams.id, slug: teams.slug, name: teams.name });
    if (!team) throw new HttpError(409, `The team URL "${slug}" is taken: choose another.`, { slug: 'This team URL is taken' });
    await tx.insert(memberships).values({ teamId: team.id, userId: owner.id, role: 'owner' });
    await writeAudit(tx, owner, 'team.created', team.id, { name, slug });
    return { teamId: team.id, slug: team.slug, name: team.name, role: 'owner' };
  });
}

export async function listTeamsForUser(db: Database, userId: string): Promise<TeamMembership[]> {
  const rows = await db
    .select({ teamId: teams.id, slug: teams.slug, name: teams.name, role: memberships.role })
    .from(memberships)
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(teams.name));
  return rows.map((row) => ({ ...row, role: toRole(row.role) }));
}

/** The caller's membership of the team with this slug, or null (not a member, or no such team). */
export async function getMembership(db: Pick<Database, 'select'>, teamSlug: string, userId: string): Promise<TeamMembership | null> {
  const [row] = await db
    .select({ teamId: teams.id, slug: teams.slug, name: teams.name, role: memberships.role })
    .from(memberships)
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .where(and(eq(teams.slug, teamSlug), eq(memberships.userId, userId)));
  return row ? { ...row, role: toRole(row.role) } : null;
}

export async function listMembers(db: Database, teamId: string) {
  const rows = await db
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.teamId, teamId))
    .orderBy(asc(users.name));
  return rows.map((row) => ({ ...row, role: toRole(row.role) }));
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

async function ownerCount(tx: Tx, teamId: string): Promise<number> {
  const [row] = await tx.select({ value: count() }).from(memberships).where(and(eq(memberships.teamId, teamId), eq(memberships.role, 'owner')));
  return row?.value ?? 0;
}

async function memberRole(tx: Tx, teamId: string, userId: string): Promise<TeamRole | null> {
  // FOR UPDATE: two owners demoting each other at once must not leave the team ownerless.
  const [row] = await tx.select({ role: memberships.role }).from(memberships).where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId))).for('update');
  return row ? toRole(row.role) : null;
}

export async function changeMemberRole(db: Database, actor: AuditActor, teamId: string, userId: string, role: TeamRole): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId)).for('update');
    const current = await memberRole(tx, teamId, userId);
    if (!current) throw new HttpError(404, 'No such member in this team.');
    if (current === role) return;
    if (current === 'owner' && (await ownerCount(tx, teamId)) <= 1) throw new HttpError(409, 'A team needs at least one owner: make someone else an owner first.');
    await tx.update(memberships).set({ role }).where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId)));
    await writeAudit(tx, actor, 'member.role_changed', teamId, { userId, from: current, to: role });
  });
}

export async function removeMember(db: Database, actor: AuditActor, teamId: string, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId)).for('update');
    const current = await memberRole(tx, teamId, userId);
    if (!current) throw new HttpError(404, 'No such member in this team.');
    if (current === 'owner' && (await ownerCount(tx, teamId)) <= 1) {
      throw new HttpError(409, actor.id === userId ? 'You are the last owner: make someone else an owner before you leave.' : 'A team needs at least one owner.');
    }
    await tx.delete(memberships).where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId)));
    await writeAudit(tx, actor, actor.id === userId ? 'member.left' : 'member.removed', teamId, { userId, role: current });
  });
}

/** Sets a role from single sign-on group mapping, adding the membership when missing. */
export async function applyMappedRole(db: Database, actor: AuditActor, teamSlug: string, role: TeamRole): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.slug, teamSlug));
    if (!team) return false;
    const current = await memberRole(tx, team.id, actor.id);
    if (current === role) return true;
    if (current === 'owner' && (await ownerCount(tx, team.id)) <= 1) return true;
    if (current) await tx.update(memberships).set({ role }).where(and(eq(memberships.teamId, team.id), eq(memberships.userId, actor.id)));
    else await tx.insert(memberships).values({ teamId: team.id, userId: actor.id, role });
    await writeAudit(tx, actor, current ? 'member.role_changed_by_sso' : 'member.added_by_sso', team.id, { userId: actor.id, from: current, to: role });
    return true;
  });
}
