import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ScenarioCatalogue, type CatalogueScenario } from '@/components/exercise/scenario-catalogue-client';
import { ScenarioList } from '@/components/exercise/scenario-list';
import { getLibrary } from '@/lib/content/library-source';
import { getScenarios } from '@/lib/content/scenario-source';
import { catalogueFacets } from '@/lib/exercise/scenario-catalogue-facets';

export const metadata: Metadata = {
  title: 'Tabletop scenarios',
  description: 'Tabletop exercises for ML security incidents, filterable by threat, collection, difficulty and duration, each with a public briefing.',
  openGraph: { title: 'Tabletop scenarios', description: 'ML security tabletop exercises with public briefings, filterable by threat, collection, difficulty and duration.' },
};

export default function ScenariosPage() {
  const library = getLibrary();
  // Only briefing fields reach the client component: injects stay on the server.
  const scenarios: CatalogueScenario[] = getScenarios().map(({ briefing, url }) => ({
    id: briefing.id,
    title: briefing.title,
    summary: briefing.summary,
    url,
    difficulty: briefing.difficulty,
    durationMinutes: briefing.durationMinutes,
    injectCount: briefing.injectCount,
    decisionPointCount: briefing.decisionPointCount,
    threats: briefing.threats,
    collections: briefing.collections,
    threatCodes: briefing.threats.flatMap((id) => library.threat(id)?.code ?? []),
  }));
  const threats = library.threats.map((t) => ({ id: t.id, label: `${t.code} ${t.title}` }));
  const facets = catalogueFacets(scenarios, threats, library.collections);
  return (
    <>
      <h1 className="text-3xl font-bold">Tabletop scenarios</h1>
      <p className="mt-2 max-w-3xl text-fg-muted">
        {scenarios.length} exercises for a facilitator to run live with a team, each built on threats from the library. A scenario&apos;s
        page is its public briefing — what participants may read beforehand; the injects stay with the facilitator.
      </p>
      <div className="mt-6">
        {/* Without JavaScript (or before it loads) the full list is shown. */}
        <Suspense fallback={<ScenarioList scenarios={scenarios} />}>
          <ScenarioCatalogue scenarios={scenarios} facets={facets} />
        </Suspense>
      </div>
    </>
  );
}
