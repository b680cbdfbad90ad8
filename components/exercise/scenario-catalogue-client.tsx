'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { CATALOGUE_FILTER_KEYS, matchesCatalogue, readCatalogueFilters, type CatalogueFilters, type CatalogueItem } from '@/lib/exercise/scenario-catalogue';
import type { CatalogueFacet } from '@/lib/exercise/scenario-catalogue-facets';
import { ScenarioList, type ScenarioListItem } from './scenario-list';

export type CatalogueScenario = ScenarioListItem & CatalogueItem;

/** Filter checkboxes whose state lives in the URL (?threat=ml04-membership-inference&duration=61-90),
 *  as on the library index: shareable, kept on reload. Filters combine with AND, values with OR. */
export function ScenarioCatalogue({ scenarios, facets }: { scenarios: CatalogueScenario[]; facets: CatalogueFacet[] }) {
  const pathname = usePathname();
  const params = useSearchParams();
  // The URL is the source of truth on arrival; afterwards state changes at once and the URL
  // follows with replaceState (filtering is not navigation, so Back leaves the page).
  const [filters, setFilters] = useState<CatalogueFilters>(() => readCatalogueFilters(new URLSearchParams(params.toString())));
  const shown = scenarios.filter((s) => matchesCatalogue(s, filters));
  const active = Object.values(filters).some((values) => values && values.length > 0);

  const update = (next: CatalogueFilters) => {
    setFilters(next);
    const query = new URLSearchParams();
    for (const key of CATALOGUE_FILTER_KEYS) for (const value of next[key] ?? []) query.append(key, value);
    const search = query.toString();
    window.history.replaceState(null, '', search ? `${pathname}?${search}` : pathname);
  };

  const toggle = (key: CatalogueFacet['key'], value: string) => {
    const current = filters[key] ?? [];
    update({ ...filters, [key]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
  };

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-8 md:grid-cols-[16rem_minmax(0,1fr)]">
      <form aria-label="Filter scenarios" className="space-y-5" onSubmit={(e) => e.preventDefault()}>
        {facets.map((facet) => (
          <fieldset key={facet.key}>
            <legend className="mb-1 text-sm font-semibold">{facet.legend}</legend>
            <ul className="space-y-1">
              {facet.options.map((option) => {
                const id = `scenario-${facet.key}-${option.value}`;
                return (
                  <li key={option.value} className="flex items-start gap-2 text-sm">
                    <input
                      id={id}
                      type="checkbox"
                      checked={filters[facet.key]?.includes(option.value) ?? false}
                      onChange={() => toggle(facet.key, option.value)}
                      className="mt-1 h-4 w-4 shrink-0"
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
          {shown.length} of {scenarios.length} scenarios
        </p>
        {shown.length === 0 ? <p>No scenario matches every selected filter. Remove one to widen the list.</p> : <ScenarioList scenarios={shown} />}
      </div>
    </div>
  );
}
