// The server's search engine, built once per process from the same documents as the static index.
import 'server-only';
import { SearchEngine } from '../search/search-engine';
import { toSearchDocuments } from '../search/search-document';
import { getAtlas, getLibrary } from './library-source';

let engine: SearchEngine | undefined;

export function getSearchEngine(): SearchEngine {
  engine ??= SearchEngine.fromDocuments(toSearchDocuments(getLibrary(), getAtlas()));
  return engine;
}
