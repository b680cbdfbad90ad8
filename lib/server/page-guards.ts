// The same checks for server-rendered private pages: redirect to sign-in, or 404 for a team the
// user is not in (a page cannot tell a missing team from someone else's).
import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { can, type Permission } from '../auth/permissions';
import type { PublicUser } from './accounts';
import { getDb } from './database';
import { getSessionUser } from './session';
import { getMembership, type TeamMembership } from './teams';

export async function requireUser(returnTo: string): Promise<PublicUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

export async function requireTeam(teamSlug: string, permission: Permission, returnTo: string): Promise<{ user: PublicUser; team: TeamMembership }> {
  const user = await requireUser(returnTo);
  const team = teamSlug.length <= 60 ? await getMembership(await getDb(), teamSlug, user.id) : null;
  if (!team || !can(team.role, permission)) notFound();
  return { user, team };
}
