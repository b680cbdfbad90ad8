// The ATLAS view of the team's coverage: every technique the library cites (lib/library/
// atlas-coverage, as on the public ATLAS page), grouped by tactic, with the citing threats the
// team has exercised, when last and how well.
import type { AtlasIndex, AtlasTechnique } from '../library/atlas';
import { citedAtlasTechniques } from '../library/atlas-coverage';
import { combine, type ThreatCoverage } from './build-team-coverage';
import type { HowWell } from './how-well';

export interface TechniqueOverlay {
  technique: AtlasTechnique;
  threats: ThreatCoverage[];
  exercised: ThreatCoverage[];
  lastExercised: string | null;
  howWell: HowWell;
}

export interface TeamAtlasCoverage {
  source: string;
  techniques: TechniqueOverlay[];
  tactics: Array<{ id: string; name: string; url: string; techniques: TechniqueOverlay[] }>;
  exercisedCount: number;
}

export function teamAtlasCoverage(threats: readonly ThreatCoverage[], atlas: AtlasIndex, visible: boolean): TeamAtlasCoverage {
  const byId = new Map(threats.map((t) => [t.id, t]));
  const techniques = citedAtlasTechniques({ threats }, atlas).map(({ technique, threats: citing }): TechniqueOverlay => {
    const own = citing.flatMap((t) => byId.get(t.id) ?? []);
    const exercised = own.filter((t) => t.runs.length > 0);
    return { technique, threats: own, exercised, ...combine(exercised, visible) };
  });
  return {
    source: atlas.source,
    techniques,
    // A technique can serve several tactics and then appears under each, as on the ATLAS page.
    tactics: atlas.tactics.map((tactic) => ({ ...tactic, techniques: techniques.filter((t) => t.technique.tactics.includes(tactic.id)) })),
    exercisedCount: techniques.filter((t) => t.exercised.length > 0).length,
  };
}
