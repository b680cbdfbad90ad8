// The scenario catalogue's filters: by threat in scope, collection, difficulty and duration.
// Within one filter any selected value matches (OR); across filters every one must (AND), as in
// the library index. The state lives in the URL (?threat=…&duration=61-90) so a view can be shared.
import { SCENARIO_DIFFICULTIES } from './scenario-schema';

export const CATALOGUE_FILTER_KEYS = ['threat', 'collection', 'difficulty', 'duration'] as const;
export type CatalogueFilterKey = (typeof CATALOGUE_FILTER_KEYS)[number];
export type CatalogueFilters = Partial<Record<CatalogueFilterKey, string[]>>;

export const DURATION_BANDS = [
  { value: 'up-to-60', label: 'Up to 60 minutes', max: 60 },
  { value: '61-90', label: '61–90 minutes', max: 90 },
  { value: '91-120', label: '91–120 minutes', max: 120 },
  { value: 'over-120', label: 'Over 120 minutes', max: Infinity },
] as const;

export function durationBand(minutes: number): string {
  // The last band has no upper bound, so find always succeeds; 'over-120' only satisfies the types.
  return DURATION_BANDS.find((band) => minutes <= band.max)?.value ?? 'over-120';
}

export interface CatalogueItem {
  threats: readonly string[];
  collections: readonly string[];
  difficulty: string;
  durationMinutes: number;
}

function valuesOf(item: CatalogueItem, key: CatalogueFilterKey): readonly string[] {
  if (key === 'threat') return item.threats;
  if (key === 'collection') return item.collections;
  if (key === 'difficulty') return [item.difficulty];
  return [durationBand(item.durationMinutes)];
}

export function matchesCatalogue(item: CatalogueItem, filters: CatalogueFilters): boolean {
  return CATALOGUE_FILTER_KEYS.every((key) => {
    const selected = filters[key];
    return !selected || selected.length === 0 || selected.some((value) => valuesOf(item, key).includes(value));
  });
}

/** Filters read from the URL; repeated or comma-separated values, unknown keys ignored. */
export function readCatalogueFilters(params: URLSearchParams): CatalogueFilters {
  const filters: CatalogueFilters = {};
  for (const key of CATALOGUE_FILTER_KEYS) {
    const values = params.getAll(key).flatMap((v) => v.split(',')).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return filters;
}

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
  const count = (key: CatalogueFilterKey, value: string) => items.filter((item) => valuesOf(item, key).includes(value)).length;
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
