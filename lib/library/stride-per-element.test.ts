import { describe, expect, it } from 'vitest';
import { stridePerElement } from './stride-per-element';

describe('stridePerElement', () => {
  it('builds the element → letters table from the category pages, in STRIDE order', () => {
    const table = stridePerElement([
      { code: 'T', appliesTo: ['process', 'data-store', 'data-flow'] },
      { code: 'S', appliesTo: ['external-entity', 'process'] },
      { code: 'E', appliesTo: ['process'] },
    ]);
    expect(table).toEqual({
      'external-entity': ['S'],
      process: ['S', 'T', 'E'],
      'data-store': ['T'],
      'data-flow': ['T'],
    });
  });
});
