// The one adapter between contentlayer's generated output and the domain: every page and route
// reads the library through here. Parsed with the same zod schemas as the content check.
import 'server-only';
import atlasJson from '@/content/atlas/atlas.json';
import {
  allCaseStudies,
  allCollections,
  allFrameworkPages,
  allGlossaryTerms,
  allMitigations,
  allThreats,
} from 'contentlayer/generated';
import { atlasTableSchema, indexAtlas, type AtlasIndex } from '../library/atlas';
import type { Library } from '../library/build-library';
import type { DocumentType } from '../library/schema';
import { libraryFromDocuments } from './library-from-documents';
import { normalizeGenerated } from './normalize-generated';

let cached: Library | undefined;
let cachedAtlas: AtlasIndex | undefined;

export function getLibrary(): Library {
  if (!cached) {
    const generated: Array<[DocumentType, ReadonlyArray<object>]> = [
      ['Threat', allThreats],
      ['Mitigation', allMitigations],
      ['FrameworkPage', allFrameworkPages],
      ['Collection', allCollections],
      ['CaseStudy', allCaseStudies],
      ['GlossaryTerm', allGlossaryTerms],
    ];
    cached = libraryFromDocuments(generated.flatMap(([type, docs]) => docs.map((doc) => normalizeGenerated(type, { ...doc }))));
  }
  return cached;
}

export function getAtlas(): AtlasIndex {
  cachedAtlas ??= indexAtlas(atlasTableSchema.parse(atlasJson));
  return cachedAtlas;
}
