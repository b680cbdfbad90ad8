'use client';

import { FacetFilter } from '@/components/ui/facet-filter-client';
import type { FacetGroup } from '@/lib/library/facet-options';
import { FACET_KEYS, matchesFacets, type SearchFacets } from '@/lib/search/facets';
import { ThreatList, type ThreatListItem } from './threat-list';

export interface IndexedThreat extends ThreatListItem {
  collections: string[];
  lifecycle: string[];
}

function readFacets(params: URLSearchParams): SearchFacets {
  const facets: SearchFacets = {};
  for (const key of FACET_KEYS) {
    const values = params.getAll(key).flatMap((v) => v.split(',')).filter(Boolean);
    if (values.length) facets[key] = values;
  }
  return facets;
}

/** The library index with its facets (?stride=T&lifecycle=training). */
export function LibraryIndex({ threats, groups }: { threats: IndexedThreat[]; groups: FacetGroup[] }) {
  return (
    <FacetFilter keys={FACET_KEYS} read={readFacets} groups={groups} label="Filter threats" idPrefix="facet" columns="md:grid-cols-[14rem_minmax(0,1fr)]">
      {(facets) => {
        const shown = threats.filter((t) => matchesFacets({ ...t, kind: 'threat' }, facets));
        return (
          <>
            <p className="mb-3 text-sm text-fg-muted" role="status">
              {shown.length} of {threats.length} threats
            </p>
            {shown.length === 0 ? <p>No threat matches every selected filter. Remove one to widen the list.</p> : <ThreatList threats={shown} headingLevel={2} />}
          </>
        );
      }}
    </FacetFilter>
  );
}
