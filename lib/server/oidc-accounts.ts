// Signs a single sign-on identity into a local account: by its issuer and subject, else by a
// verified email (linking the existing account), else a new account. Group claims set team roles.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/open-database';
import { users } from '../db/schema';
import type { Env } from '../env-schema';
import { emailSchema, nameSchema } from '../auth/input-schemas';
import { groupsFromClaim, rolesFromGroups } from '../auth/group-roles';
import { writeAudit } from './audit';
import { applyMappedRole } from './teams';

type OidcResult = { ok: true; userId: string; sessionVersion: number } | { ok: false; message: string };

export async function signInWithOidcProfile(db: Database, subject: string, profile: Record<string, unknown>, settings: Env): Promise<OidcResult> {
  const email = emailSchema.safeParse(profile.email);
  if (!email.success) return { ok: false, message: 'Your identity provider did not send a valid email address.' };
  if (profile.email_verified === false) return { ok: false, message: 'Your identity provider says this email address is not verified.' };
  const name = nameSchema.safeParse(profile.name);
  const displayName = name.success ? name.data : email.data.split('@')[0]!.slice(0, 60);
  const user = await db.transaction(async (tx) => {
    const [bySubject] = await tx.select({ id: users.id, sessionVersion: users.sessionVersion }).from(users).where(eq(users.oidcSubject, subject));
    if (bySubject) return bySubject;
    const [byEmail] = await tx.select({ id: users.id, sessionVersion: users.sessionVersion, oidcSubject: users.oidcSubject }).from(users).where(eq(users.email, email.data));
    if (byEmail) {
      if (byEmail.oidcSubject && byEmail.oidcSubject !== subject) return null;
      await tx.update(users).set({ oidcSubject: subject }).where(eq(users.id, byEmail.id));
      await writeAudit(tx, { id: byEmail.id, email: email.data }, 'account.sso_linked', null, { subject });
      return { id: byEmail.id, sessionVersion: byEmail.sessionVersion };
    }
    const [created] = await tx.insert(users).values({ email: email.data, name: displayName, oidcSubject: subject }).returning({ id: users.id, sessionVersion: users.sessionVersion });
    await writeAudit(tx, { id: created!.id, email: email.data }, 'account.created_by_sso', null, { subject });
    return created!;
  });
  if (!user) return { ok: false, message: 'This email address is linked to a different single sign-on identity.' };
  const roles = rolesFromGroups(groupsFromClaim(profile[settings.OIDC_GROUPS_CLAIM]), settings.OIDC_GROUP_ROLES ?? []);
  for (const [team, role] of roles) await applyMappedRole(db, { id: user.id, email: email.data }, team, role);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
