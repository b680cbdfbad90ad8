// Fetches the prebuilt index once per page load, checks it and turns it into a SearchEngine.
import { SearchEngine } from '@/lib/search/search-engine';
import { parseSearchIndex } from '@/lib/search/search-index-schema';

let engine: Promise<SearchEngine> | undefined;

export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= fetch('/search-index.json')
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then((data) => SearchEngine.fromSerialized(parseSearchIndex(data)))
    .catch((error: unknown) => {
      engine = undefined; // let the next open try again
      throw error;
    });
  return engine;
}
