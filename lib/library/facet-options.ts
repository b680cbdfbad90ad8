// The facet groups shown by the library index and the search page: every value with its label
// and how many threats carry it, so empty options can be shown as such.
import { LIFECYCLE_NAMES, LIFECYCLE_STAGES, SEVERITIES, STRIDE_LETTERS, STRIDE_NAMES } from './vocabulary';

export interface FacetThreat {
  collections: readonly string[];
  stride: readonly string[];
  lifecycle: readonly string[];
  severity: string;
}

export interface FacetGroup {
  key: 'collection' | 'stride' | 'lifecycle' | 'severity';
  legend: string;
  options: Array<{ value: string; label: string; count: number }>;
}

export function facetOptions(threats: readonly FacetThreat[], collections: ReadonlyArray<{ id: string; title: string }>): FacetGroup[] {
  const count = (pick: (t: FacetThreat) => readonly string[], value: string) => threats.filter((t) => pick(t).includes(value)).length;
  return [
    {
      key: 'collection',
      legend: 'Collection',
      options: collections.map((c) => ({ value: c.id, label: c.title, count: count((t) => t.collections, c.id) })),
    },
    {
      key: 'stride',
      legend: 'STRIDE',
      options: STRIDE_LETTERS.map((l) => ({ value: l, label: `${l} · ${STRIDE_NAMES[l]}`, count: count((t) => t.stride, l) })),
    },
    {
      key: 'lifecycle',
      legend: 'Lifecycle stage',
      options: LIFECYCLE_STAGES.map((s) => ({ value: s, label: LIFECYCLE_NAMES[s], count: count((t) => t.lifecycle, s) })),
    },
    {
      key: 'severity',
      legend: 'Severity',
      options: [...SEVERITIES].reverse().map((s) => ({ value: s, label: `${s[0]?.toUpperCase()}${s.slice(1)}`, count: count((t) => [t.severity], s) })),
    },
  ];
}
