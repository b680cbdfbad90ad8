// The catalogue's filter groups with their options and counts, built on the server.
import { catalogueValues, DURATION_BANDS, type CatalogueFilterKey, type CatalogueItem } from './scenario-catalogue';
import { SCENARIO_DIFFICULTIES } from './scenario-schema';

export interface CatalogueFacet {
  key: CatalogueFilterKey;
  legend: string;
  options: Array<{ value: string; label: string; count: number }>;
}

/** Every filter with its options and how many scenarios carry each. Threats are limited to those
 *  some scenario has in scope (the library has dozens more, which would only ever match nothing). */
export function catalogueFacets(
  items: readonly CatalogueItem[],
  threats: ReadonlyArray<{ id: string; label: string }>,
  collections: ReadonlyArray<{ id: string; title: string }>,
): CatalogueFacet[] {
  const count = (key: CatalogueFilterKey, value: string) => items.filter((item) => catalogueValues(item, key).includes(value)).length;
  const inScope = threats.filter((t) => count('threat', t.id) > 0);
  return [
    { key: 'threat', legend: 'Threat in scope', options: inScope.map((t) => ({ value: t.id, label: t.label, count: count('threat', t.id) })) },
    { key: 'collection', legend: 'Collection', options: collections.map((c) => ({ value: c.id, label: c.title, count: count('collection', c.id) })) },
    {
      key: 'difficulty',
      legend: 'Difficulty',
      options: SCENARIO_DIFFICULTIES.map((d) => ({ value: d, label: `${d[0]?.toUpperCase()}${d.slice(1)}`, count: count('difficulty', d) })),
    },
    { key: 'duration', legend: 'Duration', options: DURATION_BANDS.map((b) => ({ value: b.value, label: b.label, count: count('duration', b.value) })) },
  ];
}
