import type { Metadata } from 'next';
import Link from 'next/link';
import { InviteForm } from '@/components/account/invite-form-client';
import { RevokeInviteButton } from '@/components/account/team-actions-client';
import { TeamMembers } from '@/components/account/team-members-client';
import { ROLE_LABELS, TEAM_ROLES } from '@/lib/auth/permissions';
import { listTeamAudit } from '@/lib/server/audit';
import { getDb } from '@/lib/server/database';
import { listOpenInvites } from '@/lib/server/invites';
import { requireTeam } from '@/lib/server/page-guards';
import { listMembers } from '@/lib/server/teams';

export const metadata: Metadata = { title: 'Team settings', robots: { index: false } };

const roles = TEAM_ROLES.map((id) => ({ id, label: ROLE_LABELS[id] }));

export default async function TeamSettingsPage({ params }: { params: Promise<{ team: string }> }) {
  const { team: slug } = await params;
  const { user, team } = await requireTeam(slug, 'team.manage', `/t/${slug}/settings`);
  const db = await getDb();
  const [members, invites, audit] = await Promise.all([listMembers(db, team.teamId), listOpenInvites(db, team.teamId), listTeamAudit(db, team.teamId, 50)]);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  return (
    <div>
      <p className="text-sm">
        <Link href={`/t/${team.slug}`}>{team.name}</Link> / settings
      </p>
      <h1 className="text-3xl font-bold">Members and invitations</h1>
      <section className="mt-8" aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-xl font-semibold">
          Members
        </h2>
        <TeamMembers teamSlug={team.slug} members={members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role }))} roles={roles} currentUserId={user.id} />
      </section>
      <div className="mt-10 grid gap-10 md:grid-cols-2">
        <section aria-labelledby="invite-heading">
          <h2 id="invite-heading" className="text-xl font-semibold">
            Invite someone
          </h2>
          <InviteForm teamSlug={team.slug} roles={roles} />
        </section>
        <section aria-labelledby="open-invites-heading">
          <h2 id="open-invites-heading" className="text-xl font-semibold">
            Open invites
          </h2>
          {invites.length === 0 ? (
            <p className="mt-2 text-sm text-fg-muted">No open invites.</p>
          ) : (
            <ul className="mt-2 divide-y divide-border rounded border border-border text-sm">
              {invites.map((invite) => (
                <li key={invite.id} className="flex items-center justify-between gap-2 p-3">
                  <span>
                    {invite.role}
                    {invite.email ? ` · ${invite.email}` : ''} · expires {invite.expiresAt.toISOString().slice(0, 10)}
                  </span>
                  <RevokeInviteButton teamSlug={team.slug} inviteId={invite.id} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section className="mt-10" aria-labelledby="audit-heading">
        <h2 id="audit-heading" className="text-xl font-semibold">
          Audit log
        </h2>
        <p className="text-sm text-fg-muted">Every change to membership, roles and invitations.</p>
        <ol className="mt-2 divide-y divide-border rounded border border-border text-sm">
          {audit.map((entry) => (
            <li key={entry.id} className="p-2">
              <time dateTime={entry.createdAt.toISOString()}>{entry.createdAt.toISOString().replace('T', ' ').slice(0, 16)}</time> · {entry.actorEmail} · {entry.action}
              {typeof entry.detail.userId === 'string' ? ` · ${names.get(entry.detail.userId) ?? 'former member'}` : ''}
              {typeof entry.detail.to === 'string' ? ` → ${entry.detail.to}` : ''}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
