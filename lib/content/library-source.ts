// The one adapter between contentlayer's generated output and the domain: every page, route and
// script reads the library through here. Parsed with the same zod schemas as the content check.
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
import { buildLibrary, type Library } from '../library/build-library';
import { DOCUMENT_SCHEMAS, type DocumentType } from '../library/schema';
import { normalizeGenerated } from './normalize-generated';

function load<T extends DocumentType>(type: T, generated: ReadonlyArray<object>) {
  return generated.map((doc) => {
    const normalized = normalizeGenerated(type, { ...doc });
    const meta = DOCUMENT_SCHEMAS[type].parse(normalized.fields) as ReturnType<(typeof DOCUMENT_SCHEMAS)[T]['parse']>;
    return { ...meta, ...normalized.extras };
  });
}

let cached: Library | undefined;
let cachedAtlas: AtlasIndex | undefined;

export function getLibrary(): Library {
  cached ??= buildLibrary({
    threats: load('Threat', allThreats),
    mitigations: load('Mitigation', allMitigations),
    frameworkPages: load('FrameworkPage', allFrameworkPages),
    collections: load('Collection', allCollections),
    caseStudies: load('CaseStudy', allCaseStudies),
    glossary: load('GlossaryTerm', allGlossaryTerms),
  });
  return cached;
}

export function getAtlas(): AtlasIndex {
  cachedAtlas ??= indexAtlas(atlasTableSchema.parse(atlasJson));
  return cachedAtlas;
}
