// Accounts: sign-up, password sign-in, profile, password change, sign out everywhere, deletion.
import 'server-only';
import { hash, verify } from '@node-rs/argon2';
import { and, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/open-database';
import { memberships, users } from '../db/schema';
import { decideSignup } from '../auth/signup-policy';
import { HttpError } from './http';
import { getInstanceSettings } from './instance-settings';
import { acceptInviteInTransaction, findUsableInvite } from './invites';
import { writeAudit } from './audit';

// argon2id with OWASP's recommended floor (19 MiB, 2 passes).
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

// A fixed hash to verify against when the account does not exist, so that a missing account
// takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export interface PublicUser {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  sessionVersion: number;
}

const publicColumns = { id: users.id, email: users.email, name: users.name, isAdmin: users.isAdmin, sessionVersion: users.sessionVersion };

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  inviteToken?: string | undefined;
}

export async function signUp(db: Database, input: SignUpInput): Promise<{ user: PublicUser; teamSlug: string | null }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Serialises sign-ups so that exactly one account becomes the first admin.
    await tx.execute(sql`select pg_advisory_xact_lock(727274002)`);
    const [{ value: existing } = { value: 0 }] = await tx.select({ value: count() }).from(users);
    const invite = input.inviteToken ? await findUsableInvite(tx, input.inviteToken, input.email) : null;
    const settings = await getInstanceSettings(tx);
    const decision = decideSignup({
      isFirstUser: existing === 0,
      policy: settings.signupPolicy,
      allowedDomains: settings.allowedDomains,
      email: input.email,
      hasValidInvite: invite !== null,
    });
    if (!decision.allowed) throw new HttpError(403, decision.message);
    const inserted = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, passwordHash, isAdmin: decision.makeAdmin })
      .onConflictDoNothing({ target: users.email })
      .returning(publicColumns);
    const user = inserted[0];
    if (!user) throw new HttpError(409, 'An account with this email already exists. Sign in instead.', { email: 'An account with this email already exists' });
    await writeAudit(tx, user, decision.makeAdmin ? 'account.created_admin' : 'account.created', null);
    const teamSlug = invite ? await acceptInviteInTransaction(tx, invite, user) : null;
    return { user, teamSlug };
  });
}

/** Checks a password; returns the user or null. Timing does not tell a missing account. */
export async function verifyPassword(db: Database, email: string, password: string): Promise<PublicUser | null> {
  const [row] = await db.select({ ...publicColumns, passwordHash: users.passwordHash }).from(users).where(eq(users.email, email));
  if (!row?.passwordHash) {
    dummyHash ??= hashPassword('not-a-real-password-for-timing');
    await verify(await dummyHash, password).catch(() => false);
    return null;
  }
  const ok = await verify(row.passwordHash, password).catch(() => false);
  if (!ok) return null;
  const { passwordHash: _omit, ...user } = row;
  return user;
}

export async function getUserById(db: Pick<Database, 'select'>, userId: string): Promise<PublicUser | null> {
  const [row] = await db.select(publicColumns).from(users).where(eq(users.id, userId));
  return row ?? null;
}

export async function updateName(db: Database, userId: string, name: string): Promise<void> {
  await db.update(users).set({ name }).where(eq(users.id, userId));
}

export async function changePassword(db: Database, user: PublicUser, currentPassword: string, newPassword: string): Promise<void> {
  const verified = await verifyPassword(db, user.email, currentPassword);
  if (!verified) throw new HttpError(400, 'The current password is wrong.', { currentPassword: 'The current password is wrong' });
  const passwordHash = await hashPassword(newPassword);
  // A new password signs every other session out.
  await db.update(users).set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
}

export async function signOutEverywhere(db: Database, userId: string): Promise<void> {
  await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
}

export async function deleteAccount(db: Database, user: PublicUser): Promise<void> {
  await db.transaction(async (tx) => {
    const owned = await tx.select({ teamId: memberships.teamId }).from(memberships).where(and(eq(memberships.userId, user.id), eq(memberships.role, 'owner')));
    for (const { teamId } of owned) {
      const [{ value: owners } = { value: 0 }] = await tx
        .select({ value: count() })
        .from(memberships)
        .where(and(eq(memberships.teamId, teamId), eq(memberships.role, 'owner')));
      if (owners <= 1) throw new HttpError(409, 'You are the last owner of a team. Make someone else an owner, or delete the team, before deleting your account.');
    }
    await writeAudit(tx, user, 'account.deleted', null, { email: user.email });
    await tx.delete(users).where(eq(users.id, user.id));
  });
}

export async function hasPassword(db: Database, userId: string): Promise<boolean> {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return Boolean(row?.passwordHash);
}
