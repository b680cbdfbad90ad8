import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/server/database';
import { requireUser } from '@/lib/server/page-guards';
import { listTeamsForUser } from '@/lib/server/teams';

export const metadata: Metadata = { title: 'Run an exercise', robots: { index: false } };

// "Run this exercise" on a public briefing page lands here: pick the team that runs it.
export default async function NewExercisePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).scenario;
  const scenario = typeof raw === 'string' && /^[a-z0-9-]{1,100}$/.test(raw) ? raw : null;
  const query = scenario ? `?scenario=${scenario}` : '';
  const user = await requireUser(`/exercises/new${query}`);
  const teams = await listTeamsForUser(await getDb(), user.id);
  if (teams.length === 1) redirect(`/t/${teams[0]!.slug}/exercises${query}`);
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Run an exercise</h1>
      {teams.length === 0 ? (
        <p className="mt-4">
          Exercises belong to a team. <Link href="/teams">Create a team</Link> first, or ask a team owner for an invite.
        </p>
      ) : (
        <>
          <p className="mt-2">Which team runs it?</p>
          <ul className="mt-2 list-disc pl-6">
            {teams.map((t) => (
              <li key={t.slug}>
                <Link href={`/t/${t.slug}/exercises${query}`}>{t.name}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
