import type { Metadata } from 'next';
import Link from 'next/link';
import { LeaveTeamButton } from '@/components/account/team-actions-client';
import { can, ROLE_LABELS } from '@/lib/auth/permissions';
import { getDb } from '@/lib/server/database';
import { requireTeam } from '@/lib/server/page-guards';
import { listMembers, listTeamsForUser } from '@/lib/server/teams';

export const metadata: Metadata = { title: 'Team', robots: { index: false } };

export default async function TeamHomePage({ params }: { params: Promise<{ team: string }> }) {
  const { team: slug } = await params;
  const { user, team } = await requireTeam(slug, 'team.read', `/t/${slug}`);
  const db = await getDb();
  const [members, teams] = await Promise.all([listMembers(db, team.teamId), listTeamsForUser(db, user.id)]);
  return (
    <div>
      <p className="text-sm text-fg-muted">Team</p>
      <h1 className="text-3xl font-bold">{team.name}</h1>
      <p className="mt-1 text-fg-muted">
        You are {ROLE_LABELS[team.role].toLowerCase()} · {members.length} member{members.length === 1 ? '' : 's'}
      </p>
      {teams.length > 1 ? (
        <nav aria-label="Switch team" className="mt-4 text-sm">
          Switch to:{' '}
          {teams
            .filter((t) => t.slug !== team.slug)
            .map((t, i) => (
              <span key={t.slug}>
                {i > 0 ? ', ' : ''}
                <Link href={`/t/${t.slug}`}>{t.name}</Link>
              </span>
            ))}
        </nav>
      ) : null}
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        <li className="rounded border border-border p-5">
          <h2 className="text-lg font-semibold">
            <Link href={`/t/${team.slug}/exercises`}>Exercises</Link>
          </h2>
          <p className="mt-1 text-sm text-fg-muted">Run a tabletop exercise live, practise one alone, or replay a finished one.</p>
        </li>
        {can(team.role, 'report.read') ? (
          <li className="rounded border border-border p-5">
            <h2 className="text-lg font-semibold">
              <Link href={`/t/${team.slug}/improvements`}>Improvement plan</Link>
            </h2>
            <p className="mt-1 text-sm text-fg-muted">Open items from every exercise’s report: owners, due dates, what is overdue.</p>
          </li>
        ) : null}
        <li className="rounded border border-border p-5">
          <h2 className="text-lg font-semibold">
            <Link href={`/t/${team.slug}/dashboard`}>Dashboard</Link>
          </h2>
          <p className="mt-1 text-sm text-fg-muted">Exercises run, ratings over time, improvement items, and the threats never exercised.</p>
        </li>
        <li className="rounded border border-border p-5">
          <h2 className="text-lg font-semibold">
            <Link href="/library">Threat library</Link>
          </h2>
          <p className="mt-1 text-sm text-fg-muted">The threats and mitigations your exercises and models draw on.</p>
        </li>
        {can(team.role, 'team.manage') ? (
          <li className="rounded border border-border p-5">
            <h2 className="text-lg font-semibold">
              <Link href={`/t/${team.slug}/settings`}>Members and invitations</Link>
            </h2>
            <p className="mt-1 text-sm text-fg-muted">Invite people, change roles, see the audit log.</p>
          </li>
        ) : null}
      </ul>
      <h2 className="mt-10 text-xl font-semibold">Members</h2>
      <ul className="mt-2 divide-y divide-border rounded border border-border">
        {members.map((m) => (
          <li key={m.userId} className="flex justify-between p-3">
            <span>{m.name}</span>
            <span className="text-sm text-fg-muted">{ROLE_LABELS[m.role]}</span>
          </li>
        ))}
      </ul>
      <LeaveTeamButton teamSlug={team.slug} teamName={team.name} />
    </div>
  );
}
