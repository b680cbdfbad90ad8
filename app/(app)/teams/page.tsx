import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateTeamForm } from '@/components/account/create-team-form-client';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { getDb } from '@/lib/server/database';
import { requireUser } from '@/lib/server/page-guards';
import { listTeamsForUser } from '@/lib/server/teams';

export const metadata: Metadata = { title: 'Your teams', robots: { index: false } };

export default async function TeamsPage() {
  const user = await requireUser('/teams');
  const teams = await listTeamsForUser(await getDb(), user.id);
  return (
    <div className="grid gap-10 md:grid-cols-2">
      <section>
        <h1 className="text-3xl font-bold">Your teams</h1>
        {teams.length === 0 ? (
          <p className="mt-4 text-fg-muted">You are not in a team yet. Create one, or open an invite link a team owner sent you.</p>
        ) : (
          <ul className="mt-4 divide-y divide-border rounded border border-border">
            {teams.map((team) => (
              <li key={team.slug} className="flex items-center justify-between p-3">
                <Link href={`/t/${team.slug}`}>{team.name}</Link>
                <span className="text-sm text-fg-muted">{ROLE_LABELS[team.role]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2 className="text-xl font-semibold">Create a team</h2>
        <p className="mt-1 text-sm text-fg-muted">You become its owner and can invite others.</p>
        <CreateTeamForm />
      </section>
    </div>
  );
}
