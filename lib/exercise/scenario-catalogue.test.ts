import { describe, expect, it } from 'vitest';
import { durationBand, matchesCatalogue, readCatalogueFilters, type CatalogueItem } from './scenario-catalogue';
import { catalogueFacets } from './scenario-catalogue-facets';

const fraud: CatalogueItem = { threats: ['fin-04', 'ml02'], collections: ['financial'], difficulty: 'intermediate', durationMinutes: 90 };
const registry: CatalogueItem = { threats: ['sc-03'], collections: ['supply-chain'], difficulty: 'advanced', durationMinutes: 120 };
const privacy: CatalogueItem = { threats: ['ml04', 'fin-06'], collections: ['financial', 'owasp-ml-top-10'], difficulty: 'advanced', durationMinutes: 60 };
const all = [fraud, registry, privacy];

describe('scenario catalogue', () => {
  it('puts durations in bands with inclusive upper bounds', () => {
    expect([60, 61, 90, 91, 120, 121].map(durationBand)).toEqual(['up-to-60', '61-90', '61-90', '91-120', '91-120', 'over-120']);
  });

  it('combines values of one filter with OR and different filters with AND', () => {
    expect(all.filter((s) => matchesCatalogue(s, {}))).toEqual(all);
    expect(all.filter((s) => matchesCatalogue(s, { threat: ['ml02', 'sc-03'] }))).toEqual([fraud, registry]);
    expect(all.filter((s) => matchesCatalogue(s, { collection: ['financial'], difficulty: ['advanced'] }))).toEqual([privacy]);
    expect(all.filter((s) => matchesCatalogue(s, { duration: ['91-120'] }))).toEqual([registry]);
    expect(all.filter((s) => matchesCatalogue(s, { duration: ['up-to-60'], threat: ['fin-04'] }))).toEqual([]);
  });

  it('reads repeated and comma-separated filters from the URL', () => {
    expect(readCatalogueFilters(new URLSearchParams('threat=ml02&threat=sc-03,ml04&difficulty=&q=x'))).toEqual({ threat: ['ml02', 'sc-03', 'ml04'] });
  });

  it('offers only threats some scenario has in scope, with counts', () => {
    const facets = catalogueFacets(all, [{ id: 'ml02', label: 'ML02' }, { id: 'ml01', label: 'ML01' }, { id: 'fin-06', label: 'FIN-06' }], [{ id: 'financial', title: 'Financial' }]);
    expect(facets.find((f) => f.key === 'threat')?.options).toEqual([
      { value: 'ml02', label: 'ML02', count: 1 },
      { value: 'fin-06', label: 'FIN-06', count: 1 },
    ]);
    expect(facets.find((f) => f.key === 'collection')?.options).toEqual([{ value: 'financial', label: 'Financial', count: 2 }]);
    expect(facets.find((f) => f.key === 'duration')?.options.map((o) => o.count)).toEqual([1, 1, 1, 0]);
  });
});
