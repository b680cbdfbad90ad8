'use client';

import { FacetFilter } from '@/components/ui/facet-filter-client';
import { CATALOGUE_FILTER_KEYS, matchesCatalogue, readCatalogueFilters, type CatalogueItem } from '@/lib/exercise/scenario-catalogue';
import type { CatalogueFacet } from '@/lib/exercise/scenario-catalogue-facets';
import { ScenarioList, type ScenarioListItem } from './scenario-list';

export type CatalogueScenario = ScenarioListItem & CatalogueItem;

/** The scenario catalogue with its filters (?threat=ml04-membership-inference&duration=61-90), as on the library index. */
export function ScenarioCatalogue({ scenarios, facets }: { scenarios: CatalogueScenario[]; facets: CatalogueFacet[] }) {
  return (
    <FacetFilter keys={CATALOGUE_FILTER_KEYS} read={readCatalogueFilters} groups={facets} label="Filter scenarios" idPrefix="scenario" columns="md:grid-cols-[16rem_minmax(0,1fr)]">
      {(filters) => {
        const shown = scenarios.filter((s) => matchesCatalogue(s, filters));
        return (
          <>
            <p className="mb-3 text-sm text-fg-muted" role="status">
              {shown.length} of {scenarios.length} scenarios
            </p>
            {shown.length === 0 ? <p>No scenario matches every selected filter. Remove one to widen the list.</p> : <ScenarioList scenarios={shown} />}
          </>
        );
      }}
    </FacetFilter>
  );
}
