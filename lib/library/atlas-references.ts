// ATLAS IDs resolved to what consumers need to check them: the official name, tactics and URL from
// the ATLAS table, and the release they were checked against. Exports carry these instead of bare
// IDs because consumers' own ATLAS copies drift (renamed techniques, moved sub-techniques).
import type { AtlasIndex } from './atlas';

export interface AtlasTacticReference {
  id: string;
  name: string;
  url: string;
}

export interface AtlasTechniqueReference {
  id: string;
  name: string;
  url: string;
  tactics: AtlasTacticReference[];
  /** The parent technique of a sub-technique, else null. */
  parent: string | null;
  release: string;
}

export interface AtlasEntryReference {
  id: string;
  name: string;
  url: string;
  release: string;
}

// The content check rejects unknown IDs, so a miss here means the export and the check disagree:
// fail loudly rather than publish a reference without a name.
function missing(kind: string, id: string, atlas: AtlasIndex): never {
  throw new Error(`${id} is not an ATLAS ${kind} in ${atlas.source}`);
}

export function atlasTechniqueReference(atlas: AtlasIndex, id: string): AtlasTechniqueReference {
  const technique = atlas.technique(id) ?? missing('technique', id, atlas);
  return {
    id,
    name: technique.name,
    url: technique.url,
    tactics: technique.tactics.map((tacticId) => {
      const tactic = atlas.tactic(tacticId) ?? missing('tactic', tacticId, atlas);
      return { id: tactic.id, name: tactic.name, url: tactic.url };
    }),
    parent: technique.parent,
    release: atlas.release,
  };
}

export function atlasMitigationReference(atlas: AtlasIndex, id: string): AtlasEntryReference {
  const mitigation = atlas.mitigation(id) ?? missing('mitigation', id, atlas);
  return { id, name: mitigation.name, url: mitigation.url, release: atlas.release };
}

export function atlasCaseStudyReference(atlas: AtlasIndex, id: string): AtlasEntryReference {
  const study = atlas.caseStudy(id) ?? missing('case study', id, atlas);
  return { id, name: study.name, url: study.url, release: atlas.release };
}
