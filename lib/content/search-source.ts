// The server's search index and engine, loaded once per process from the file the content step
// built (scripts/build-search-index.ts): the same artifact the palette fetches as
// /search-index.json, so server and browser search the same index and neither builds it from
// documents at run time.
import 'server-only';
import searchIndexJson from '@/.contentlayer/search-index.json';
import { SearchEngine } from '../search/search-engine';
import { parseSearchIndex, type SerializedSearchIndex } from '../search/search-index-schema';

// On globalThis, so route bundles that each include this module still share one copy per process.
const cache = globalThis as typeof globalThis & { __sandtableSearch?: { index: SerializedSearchIndex; engine?: SearchEngine } };

function loaded() {
  cache.__sandtableSearch ??= { index: parseSearchIndex(searchIndexJson) };
  return cache.__sandtableSearch;
}

export function getSearchIndex(): SerializedSearchIndex {
  return loaded().index;
}

export function getSearchEngine(): SearchEngine {
  const search = loaded();
  search.engine ??= SearchEngine.fromSerialized(search.index);
  return search.engine;
}
