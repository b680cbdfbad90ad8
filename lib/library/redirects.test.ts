import { describe, expect, it } from 'vitest';
import { formerIdClashes, libraryRedirects } from './redirects';

describe('libraryRedirects', () => {
  it('redirects every former id permanently to the current page', () => {
    expect(libraryRedirects([{ id: 'ml05-model-theft', formerIds: ['ml05-model-stealing'] }], [{ id: 'model-signing', formerIds: [] }])).toEqual([
      { source: '/threats/ml05-model-stealing', destination: '/threats/ml05-model-theft', permanent: true },
    ]);
  });
});

describe('formerIdClashes', () => {
  it('reports a former id claimed by two entries', () => {
    expect(
      formerIdClashes([
        { id: 'a', formerIds: ['old'] },
        { id: 'b', formerIds: ['old'] },
      ]),
    ).toEqual([{ id: 'b', message: 'former id "old" is also claimed by "a"' }]);
  });

  it('accepts distinct former ids', () => {
    expect(formerIdClashes([{ id: 'a', formerIds: ['x'] }, { id: 'b', formerIds: ['y'] }])).toEqual([]);
  });
});
