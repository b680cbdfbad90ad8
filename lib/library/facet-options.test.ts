import { describe, expect, it } from 'vitest';
import { facetOptions } from './facet-options';

describe('facetOptions', () => {
  const groups = facetOptions(
    [
      { collections: ['a'], stride: ['T'], lifecycle: ['training'], severity: 'high' },
      { collections: ['a', 'b'], stride: ['T', 'I'], lifecycle: ['serving'], severity: 'critical' },
    ],
    [
      { id: 'a', title: 'Alpha' },
      { id: 'b', title: 'Beta' },
    ],
  );
  const options = (key: string) => groups.find((g) => g.key === key)?.options;

  it('counts threats per value, including values no threat has', () => {
    expect(options('collection')).toEqual([
      { value: 'a', label: 'Alpha', count: 2 },
      { value: 'b', label: 'Beta', count: 1 },
    ]);
    expect(options('stride')?.find((o) => o.value === 'T')?.count).toBe(2);
    expect(options('stride')?.find((o) => o.value === 'S')?.count).toBe(0);
  });

  it('lists severities from critical down, with readable labels', () => {
    expect(options('severity')?.map((o) => o.label)).toEqual(['Critical', 'High', 'Medium', 'Low']);
  });
});
