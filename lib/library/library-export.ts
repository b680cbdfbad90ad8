// The machine-readable library: every entry's metadata and plain text, versioned so consumers
// can detect a breaking change. Documented in docs/library-api.md; contract in library-export-schema.ts.
import type { AtlasIndex } from './atlas';
import { atlasCaseStudyReference, atlasMitigationReference, atlasTechniqueReference } from './atlas-references';
import type { Library } from './build-library';
import { LIBRARY_EXPORT_VERSION, type LibraryExport } from './library-export-schema';

// Compiled MDX, source paths and internal link data are for the site, not for consumers.
const strip = <T extends { mdx: string; sourceFile: string; mentions: string[] }>({ mdx: _mdx, sourceFile: _source, mentions: _mentions, ...rest }: T) => rest;

export function libraryExport(library: Library, atlas: AtlasIndex, generatedAt: string): LibraryExport {
  const techniques = (ids: readonly string[]) => ids.map((id) => atlasTechniqueReference(atlas, id));
  return {
    schemaVersion: LIBRARY_EXPORT_VERSION,
    generatedAt,
    atlas: { source: atlas.source, release: atlas.release, license: atlas.license },
    counts: {
      threats: library.threats.length,
      mitigations: library.mitigations.length,
      frameworkPages: library.frameworkPages.length,
      collections: library.collections.length,
      caseStudies: library.caseStudies.length,
      glossary: library.glossary.length,
    },
    collections: library.collections.map(strip),
    threats: library.threats.map((t) => ({ ...strip(t), atlasReferences: techniques(t.atlas) })),
    mitigations: library.mitigations.map((m) => ({
      ...strip(m),
      threats: library.threatsForMitigation(m.id).map((t) => t.id),
      atlasReferences: m.atlas.map((id) => atlasMitigationReference(atlas, id)),
    })),
    frameworkPages: library.frameworkPages.map(strip),
    caseStudies: library.caseStudies.map((c) => ({
      ...strip(c),
      atlasReferences: techniques(c.atlas),
      ...(c.atlasCaseStudy ? { atlasCaseStudyReference: atlasCaseStudyReference(atlas, c.atlasCaseStudy) } : {}),
    })),
    glossary: library.glossary.map(strip),
  };
}
