import { describe, expect, it } from 'vitest';
import { indexDocuments } from '../search/index-documents';
import { toSearchDocuments } from '../search/search-document';
import { loadLibraryFromDisk } from './load-from-disk';
import { getSearchEngine, getSearchIndex } from './search-source';

// Needs `npm run content` first, like every test over the real library.
describe('search source', () => {
  it('serves the index the content step built from the current content', () => {
    const { library, atlas } = loadLibraryFromDisk();
    expect(getSearchIndex()).toEqual(indexDocuments(toSearchDocuments(library, atlas)));
  });

  it('loads the engine from that artifact once per process', () => {
    const engine = getSearchEngine();
    expect(getSearchEngine()).toBe(engine);
    expect(engine.serialize()).toBe(getSearchIndex());
  });
});
