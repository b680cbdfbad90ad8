import type { Metadata } from 'next';
import Link from 'next/link';
import { NewExerciseForm } from '@/components/exercise/new-exercise-form-client';
import { can } from '@/lib/auth/permissions';
import { getScenarios } from '@/lib/content/scenario-source';
import { getDb } from '@/lib/server/database';
import { listTeamExercises } from '@/lib/server/exercises/exercise-records';
import { requireTeam } from '@/lib/server/page-guards';

export const metadata: Metadata = { title: 'Exercises', robots: { index: false } };

type Props = { params: Promise<{ team: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TeamExercisesPage({ params, searchParams }: Props) {
  const { team: slug } = await params;
  const { team, user } = await requireTeam(slug, 'exercise.read', `/t/${slug}/exercises`);
  const exercises = await listTeamExercises(await getDb(), team.teamId, user.id);
  const wanted = (await searchParams).scenario;
  const scenarios = getScenarios().map((e) => ({ id: e.scenario.id, title: e.scenario.title, durationMinutes: e.scenario.durationMinutes, difficulty: e.scenario.difficulty }));
  return (
    <div className="grid gap-10 md:grid-cols-2">
      <section>
        <p className="text-sm">
          <Link href={`/t/${team.slug}`}>{team.name}</Link> / exercises
        </p>
        <h1 className="text-3xl font-bold">Exercises</h1>
        {exercises.length === 0 ? (
          <p className="mt-4 text-fg-muted">No exercises yet.</p>
        ) : (
          <ul className="mt-4 divide-y divide-border rounded border border-border">
            {exercises.map((e) => (
              <li key={e.id} className="flex items-center justify-between gap-2 p-3">
                <Link href={`/exercises/${e.id}`}>{e.title}</Link>
                <span className="text-sm text-fg-muted">
                  {e.mode === 'solo' ? 'solo · ' : ''}
                  {e.status} · {e.createdAt.toISOString().slice(0, 10)}
                  {e.status === 'ended' && e.mode === 'team' && can(team.role, 'exercise.facilitate') ? (
                    <>
                      {' · '}
                      <Link href={`/exercises/${e.id}/replay`}>replay</Link>
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {can(team.role, 'exercise.participate') ? (
        <section>
          <h2 className="text-xl font-semibold">Start an exercise</h2>
          <NewExerciseForm teamSlug={team.slug} scenarios={scenarios} canFacilitate={can(team.role, 'exercise.create')} initialScenario={typeof wanted === 'string' ? wanted : null} />
        </section>
      ) : null}
    </div>
  );
}
