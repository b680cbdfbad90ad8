// A MITRE ATLAS Navigator layer (layer format 4.x, domain atlas-atlas) that scores each technique
// by how many library threats cite it, with the citing codes in the comment.
import type { AtlasIndex } from '../library/atlas';
import { atlasCoverage, type LibraryWithAtlas } from '../library/atlas-coverage';

export interface NavigatorTechnique {
  techniqueID: string;
  score: number;
  comment: string;
  enabled: boolean;
  showSubtechniques: boolean;
}

export interface NavigatorLayer {
  name: string;
  versions: { layer: string; navigator: string };
  domain: 'atlas-atlas';
  description: string;
  techniques: NavigatorTechnique[];
  gradient: { colors: string[]; minValue: number; maxValue: number };
  legendItems: Array<{ label: string; color: string }>;
  sorting: number;
  hideDisabled: boolean;
}

export function buildNavigatorLayer(library: LibraryWithAtlas, atlas: AtlasIndex): NavigatorLayer {
  const cited = atlasCoverage(library, atlas).filter((c) => c.threats.length > 0);
  const max = Math.max(1, ...cited.map((c) => c.threats.length));
  return {
    name: 'Sandtable threat library coverage',
    versions: { layer: '4.5', navigator: '4.9.1' },
    domain: 'atlas-atlas',
    description: `ATLAS techniques cited by Sandtable library threats, scored by the number of threats that cite each (${atlas.source}).`,
    techniques: cited.map(({ technique, threats }) => ({
      techniqueID: technique.id,
      score: threats.length,
      comment: threats.map((t) => `${t.code} ${t.title}`).join('; '),
      enabled: true,
      showSubtechniques: technique.parent === null,
    })),
    gradient: { colors: ['#fff3e0', '#e65100'], minValue: 0, maxValue: max },
    legendItems: [{ label: 'Cited by more library threats', color: '#e65100' }],
    sorting: 3,
    hideDisabled: false,
  };
}
