// Facet filtering shared by the library index, /search and /api/search: within one facet any
// selected value matches (OR); across facets every facet must match (AND).
export interface SearchFacets {
  collection?: string[];
  stride?: string[];
  lifecycle?: string[];
  severity?: string[];
  kind?: string[];
}

export interface Facetable {
  kind: string;
  collections: readonly string[];
  stride: readonly string[];
  lifecycle: readonly string[];
  severity: string | null;
}

export const FACET_KEYS = ['collection', 'stride', 'lifecycle', 'severity', 'kind'] as const;

const anyOf = (selected: string[] | undefined, values: readonly string[]) =>
  !selected || selected.length === 0 || selected.some((value) => values.includes(value));

export function matchesFacets(doc: Facetable, facets: SearchFacets): boolean {
  return (
    anyOf(facets.collection, doc.collections) &&
    anyOf(facets.stride, doc.stride) &&
    anyOf(facets.lifecycle, doc.lifecycle) &&
    anyOf(facets.severity, doc.severity ? [doc.severity] : []) &&
    anyOf(facets.kind, [doc.kind])
  );
}
