// Fetches the prebuilt index once per page load and turns it into a SearchEngine.
import { SearchEngine, type SerializedSearchIndex } from '@/lib/search/search-engine';

let engine: Promise<SearchEngine> | undefined;

export function loadSearchEngine(): Promise<SearchEngine> {
  engine ??= fetch('/search-index.json')
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SerializedSearchIndex>;
    })
    .then((data) => SearchEngine.fromSerialized(data))
    .catch((error: unknown) => {
      engine = undefined; // let the next open try again
      throw error;
    });
  return engine;
}
