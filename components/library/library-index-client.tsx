'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useState } from 'react';
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

/** Facet checkboxes whose state lives in the URL (?stride=T&lifecycle=training), so a filtered
 *  view can be shared and survives reload. Facets combine with AND; values within one with OR. */
export function LibraryIndex({ threats, groups }: { threats: IndexedThreat[]; groups: FacetGroup[] }) {
  const pathname = usePathname();
  const params = useSearchParams();
  // The URL is the source of truth on arrival; afterwards the state changes immediately and the
  // URL follows (replaceState: filtering is not navigation, so Back leaves the page).
  const [facets, setFacets] = useState<SearchFacets>(() => readFacets(new URLSearchParams(params.toString())));
  const shown = threats.filter((t) => matchesFacets({ ...t, kind: 'threat' }, facets));
  const active = Object.values(facets).some((values) => values && values.length > 0);

  const update = (next: SearchFacets) => {
    setFacets(next);
    const query = new URLSearchParams();
    for (const key of FACET_KEYS) for (const value of next[key] ?? []) query.append(key, value);
    const search = query.toString();
    window.history.replaceState(null, '', search ? `${pathname}?${search}` : pathname);
  };

  const toggle = (key: FacetGroup['key'], value: string) => {
    const current = facets[key] ?? [];
    update({ ...facets, [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
  };

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-8 md:grid-cols-[14rem_minmax(0,1fr)]">
      <form aria-label="Filter threats" className="space-y-5" onSubmit={(e) => e.preventDefault()}>
        {groups.map((group) => (
          <fieldset key={group.key}>
            <legend className="mb-1 text-sm font-semibold">{group.legend}</legend>
            <ul className="space-y-1">
              {group.options.map((option) => {
                const id = `facet-${group.key}-${option.value}`;
                return (
                  <li key={option.value} className="flex items-center gap-2 text-sm">
                    <input
                      id={id}
                      type="checkbox"
                      checked={facets[group.key]?.includes(option.value) ?? false}
                      onChange={() => toggle(group.key, option.value)}
                      className="h-4 w-4"
                    />
                    <label htmlFor={id} className="flex-1">
                      {option.label}
                    </label>
                    <span className="text-xs text-fg-muted" aria-hidden="true">
                      {option.count}
                    </span>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
        {active ? (
          <button type="button" onClick={() => update({})} className="rounded border border-border px-3 py-1 text-sm">
            Clear filters
          </button>
        ) : null}
      </form>
      <div>
        <p className="mb-3 text-sm text-fg-muted" role="status">
          {shown.length} of {threats.length} threats
        </p>
        {shown.length === 0 ? <p>No threat matches every selected filter. Remove one to widen the list.</p> : <ThreatList threats={shown} headingLevel={2} />}
      </div>
    </div>
  );
}
