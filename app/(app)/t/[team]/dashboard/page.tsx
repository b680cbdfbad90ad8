import type { Metadata } from 'next';
import Link from 'next/link';
import { AtlasOverlayTable } from '@/components/dashboard/atlas-overlay-table';
import { CoverageMatrixTable } from '@/components/dashboard/coverage-matrix-table';
import { ExerciseList } from '@/components/dashboard/exercise-list';
import { ItemsSummary } from '@/components/dashboard/items-summary';
import { NeverExercisedSection } from '@/components/dashboard/never-exercised-section';
import { RatingsSection } from '@/components/dashboard/ratings-section';
import { SvgChart } from '@/components/dashboard/svg-chart';
import { ROLE_LABELS } from '@/lib/auth/permissions';
import { coverageOverlayChart } from '@/lib/dashboard/coverage-overlay-chart';
import { getTeamDashboard } from '@/lib/server/dashboard/team-dashboard';
import { getDb } from '@/lib/server/database';
import { requireTeam } from '@/lib/server/page-guards';

export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } };

export default async function TeamDashboardPage({ params }: { params: Promise<{ team: string }> }) {
  const { team: slug } = await params;
  const { user, team } = await requireTeam(slug, 'team.read', `/t/${slug}/dashboard`);
  const d = await getTeamDashboard(await getDb(), team, user.id);
  const { exercises, coverage } = d;
  const statusLine = [`${exercises.byStatus.ended} ended`, `${exercises.byStatus.running} running`, `${exercises.byStatus.paused} paused`, `${exercises.byStatus.lobby} in the lobby`].join(', ');
  return (
    <div>
      <p className="text-sm">
        <Link href={`/t/${team.slug}`}>{team.name}</Link> / dashboard
      </p>
      <h1 className="text-3xl font-bold">Dashboard</h1>
      <p className="mt-1 text-fg-muted">What {team.name} has exercised, how well it went, and what to run next.</p>
      {d.ratingsVisible ? null : (
        <p className="mt-4 rounded border border-border bg-bg-muted p-3" data-testid="ratings-hidden">
          Your role ({ROLE_LABELS[team.role].toLowerCase()}) cannot read after-action reports, so objective ratings, how well each threat went and improvement items are not shown
          here. Exercises and what they covered are.
        </p>
      )}

      <section aria-labelledby="exercises-heading" className="mt-8">
        <h2 id="exercises-heading" className="text-xl font-semibold">
          Exercises run
        </h2>
        <p className="mt-1">
          {exercises.byMode.team} team exercise{exercises.byMode.team === 1 ? '' : 's'} ({statusLine})
          {exercises.byMode.solo > 0 ? `, and ${exercises.byMode.solo} of your own solo practice` : ''}.
        </p>
        {exercises.team.length > 0 ? <ExerciseList caption="Team exercises, newest first" entries={exercises.team} showReports={d.ratingsVisible} /> : <p className="mt-2">No team exercises yet.</p>}
        {exercises.solo.length > 0 ? <ExerciseList caption="Your solo practice, newest first (only you see it)" entries={exercises.solo} showReports={d.ratingsVisible} /> : null}
        <p className="mt-2 text-sm">
          <Link href={`/t/${team.slug}/exercises`}>All exercises, and start one</Link>
        </p>
      </section>

      {d.ratings ? <RatingsSection ratings={d.ratings} /> : null}
      {d.items ? <ItemsSummary items={d.items} /> : null}

      <section aria-labelledby="coverage-heading" className="mt-10">
        <h2 id="coverage-heading" className="text-xl font-semibold">
          Coverage map
        </h2>
        <p className="mt-1">
          {coverage.exercisedCount} of {coverage.threats.length} library threats exercised.
        </p>
        <p className="mt-1 max-w-3xl text-sm text-fg-muted">{coverage.rule}</p>
        {coverage.unknownThreatIds.length > 0 ? (
          <p className="mt-2 text-sm">Threats in scope of past exercises that the library no longer has: {coverage.unknownThreatIds.join(', ')}.</p>
        ) : null}
        <SvgChart svg={coverageOverlayChart(coverage)} label="Team coverage heat map: lifecycle stage by STRIDE" />
        <CoverageMatrixTable coverage={coverage} />
      </section>

      {d.atlas ? (
        <section aria-labelledby="atlas-heading" className="mt-10">
          <h2 id="atlas-heading" className="text-xl font-semibold">
            MITRE ATLAS view
          </h2>
          <AtlasOverlayTable atlas={d.atlas} />
          <p className="mt-3 text-sm">
            <a href={`/api/teams/${team.slug}/dashboard/navigator-layer`} download>
              Download this coverage as an ATLAS Navigator layer (JSON)
            </a>
          </p>
        </section>
      ) : null}

      <NeverExercisedSection neverExercised={d.neverExercised} suggestions={d.suggestions} libraryCount={coverage.threats.length} />
    </div>
  );
}
