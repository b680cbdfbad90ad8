// A MITRE ATLAS Navigator layer (format 4.x, domain atlas-atlas, as the library's and the report's
// layers) of the team's coverage: every technique the library cites, scored by how well the team
// did on the threats citing it — the average HSEEP rating on the 1–4 scale (U 1 … P 4) — and 0 when
// none of them was ever exercised. Exercised but unrated techniques carry no score (a score would
// claim a rating) and a colour of their own instead, which Navigator shows as is.
import type { NavigatorLayer, NavigatorTechnique } from '../exports/navigator-layer';
import { RATING_COLOURS, UNRATED_FILL } from './chart-colours';
import { describeHowWell } from './how-well';
import type { TeamAtlasCoverage } from './team-atlas-coverage';

export type TeamNavigatorTechnique = Omit<NavigatorTechnique, 'score'> & { score?: number; color?: string };
// Navigator draws on a white page: never exercised needs a visible grey there.
const NEVER_GREY = '#e0e0e0';

export type TeamNavigatorLayer = Omit<NavigatorLayer, 'techniques'> & { techniques: TeamNavigatorTechnique[] };

export function teamNavigatorLayer(atlas: TeamAtlasCoverage, team: { name: string }, generatedAt: string, ratingsShown: boolean): TeamNavigatorLayer {
  const scoring = ratingsShown
    ? `the average HSEEP rating of the objectives of the exercises that had a citing threat in scope (4 P, 3 S, 2 M, 1 U), 0 never exercised; exercised but not rated in blue with no score`
    : `0 never exercised, exercised in blue with no score (ratings are not included for your role)`;
  return {
    name: `Sandtable team coverage: ${team.name}`,
    versions: { layer: '4.5', navigator: '4.9.1' },
    domain: 'atlas-atlas',
    description: `ATLAS techniques cited by Sandtable library threats (${atlas.source}), scored by the team's exercises: ${scoring} (generated ${generatedAt}).`,
    techniques: atlas.techniques.map(({ technique, threats, exercised, lastExercised, howWell }): TeamNavigatorTechnique => {
      const codes = (list: typeof threats) => list.map((t) => t.code).join(', ');
      const comment = exercised.length
        ? `Exercised through ${codes(exercised)}, last ${lastExercised?.slice(0, 10)}: ${describeHowWell(howWell)}.${exercised.length < threats.length ? ` Never exercised: ${codes(threats.filter((t) => !exercised.includes(t)))}.` : ''}`
        : `Never exercised (${codes(threats)}).`;
      const base = { techniqueID: technique.id, comment, enabled: true, showSubtechniques: false };
      if (howWell.kind === 'rated') return { ...base, score: howWell.average };
      if (howWell.kind === 'never') return { ...base, score: 0 };
      return { ...base, color: UNRATED_FILL };
    }),
    // Score 0 to 4: never, then U, M, S, P.
    gradient: { colors: [NEVER_GREY, RATING_COLOURS.U, RATING_COLOURS.M, RATING_COLOURS.S, RATING_COLOURS.P], minValue: 0, maxValue: 4 },
    legendItems: [
      { label: 'P: performed without challenges (4)', color: RATING_COLOURS.P },
      { label: 'S: some challenges (3)', color: RATING_COLOURS.S },
      { label: 'M: major challenges (2)', color: RATING_COLOURS.M },
      { label: 'U: unable to be performed (1)', color: RATING_COLOURS.U },
      { label: 'Exercised, not rated', color: UNRATED_FILL },
      { label: 'Never exercised (0)', color: NEVER_GREY },
    ],
    sorting: 3,
    hideDisabled: false,
  };
}
