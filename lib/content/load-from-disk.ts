// The library and ATLAS table read straight from disk, for scripts and benches outside Next.
import 'server-only';
import { readFileSync } from 'node:fs';
import { atlasTableSchema, indexAtlas, type AtlasIndex } from '../library/atlas';
import type { Library } from '../library/build-library';
import { libraryFromDocuments } from './library-from-documents';
import { readGeneratedDocuments } from './read-generated';

export function loadLibraryFromDisk(): { library: Library; atlas: AtlasIndex } {
  const atlas = indexAtlas(atlasTableSchema.parse(JSON.parse(readFileSync('content/atlas/atlas.json', 'utf8'))));
  return { library: libraryFromDocuments(readGeneratedDocuments()), atlas };
}
