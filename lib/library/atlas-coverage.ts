// Which ATLAS techniques the library cites, and which it does not: the data behind the ATLAS
// view, the Navigator layer and the coverage report.
import type { AtlasIndex, AtlasTechnique } from './atlas';

export interface CitingEntry {
  id: string;
  code: string;
  title: string;
  url: string;
  atlas: readonly string[];
}

export interface LibraryWithAtlas {
  threats: readonly CitingEntry[];
}

export interface TechniqueCoverage {
  technique: AtlasTechnique;
  threats: CitingEntry[];
}

export function atlasCoverage(library: LibraryWithAtlas, atlas: AtlasIndex): TechniqueCoverage[] {
  return atlas.techniques.map((technique) => ({
    technique,
    threats: library.threats.filter((t) => t.atlas.includes(technique.id)),
  }));
}

export function citedAtlasTechniques(library: LibraryWithAtlas, atlas: AtlasIndex): TechniqueCoverage[] {
  return atlasCoverage(library, atlas).filter((c) => c.threats.length > 0);
}

export function uncitedAtlasTechniques(library: LibraryWithAtlas, atlas: AtlasIndex): AtlasTechnique[] {
  return atlasCoverage(library, atlas)
    .filter((c) => c.threats.length === 0)
    .map((c) => c.technique);
}
