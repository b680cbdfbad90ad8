// The scenario catalogue's filters: by threat in scope, collection, difficulty and duration.
// Within one filter any selected value matches (OR); across filters every one must (AND), as in
// the library index. The state lives in the URL (?threat=…&duration=61-90) so a view can be shared.
// No imports on purpose: the catalogue's client component filters with this module, and the
// scenario schema would bring zod into the browser (the facets, built on the server, live in
// scenario-catalogue-facets.ts).
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

export function catalogueValues(item: CatalogueItem, key: CatalogueFilterKey): readonly string[] {
  if (key === 'threat') return item.threats;
  if (key === 'collection') return item.collections;
  if (key === 'difficulty') return [item.difficulty];
  return [durationBand(item.durationMinutes)];
}

export function matchesCatalogue(item: CatalogueItem, filters: CatalogueFilters): boolean {
  return CATALOGUE_FILTER_KEYS.every((key) => {
    const selected = filters[key];
    return !selected || selected.length === 0 || selected.some((value) => catalogueValues(item, key).includes(value));
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
