// The team dashboard: exercises run, objective ratings over time, improvement items open against
// closed, and the coverage map (lifecycle × STRIDE and ATLAS) with the never-exercised threats and
// the scenarios that would cover them. Ratings and items come from reports: for a viewer whose role
// may not read reports they are null, and coverage says "exercised" without saying how well.
import { buildTeamCoverage, refOf, threatResolver, type TeamCoverage, type ThreatRef } from './build-team-coverage';
import type { DashboardInput } from './dashboard-input';
import { itemCounts, type ItemCounts } from './item-counts';
import { ratingsOverTime, type RatingsOverTime } from './ratings-over-time';
import { suggestScenarios, type Suggestions } from './suggest-scenarios';
import { summarizeExercises, type ExerciseSummary } from './summarize-exercises';
import { teamAtlasCoverage, type TeamAtlasCoverage } from './team-atlas-coverage';
import { teamNavigatorLayer, type TeamNavigatorLayer } from './team-navigator-layer';

export interface TeamDashboard {
  ratingsVisible: boolean;
  exercises: ExerciseSummary;
  ratings: RatingsOverTime | null;
  items: ItemCounts | null;
  coverage: TeamCoverage;
  atlas: TeamAtlasCoverage | null;
  neverExercised: ThreatRef[];
  suggestions: Suggestions;
  navigatorLayer: TeamNavigatorLayer | null;
}

export function buildTeamDashboard(input: DashboardInput): TeamDashboard {
  const visible = input.ratingsVisible;
  const coverage = buildTeamCoverage(input.threats, input.exercises, visible);
  const neverExercised = coverage.threats.filter((t) => t.runs.length === 0).map(refOf);
  const atlas = input.atlas ? teamAtlasCoverage(coverage.threats, input.atlas, visible) : null;
  return {
    ratingsVisible: visible,
    exercises: summarizeExercises(input.exercises),
    ratings: visible ? ratingsOverTime(input.exercises) : null,
    items: visible && input.items ? itemCounts(input.items, input.today) : null,
    coverage,
    atlas,
    neverExercised,
    suggestions: suggestScenarios(neverExercised, input.scenarios, threatResolver(input.threats)),
    navigatorLayer: atlas ? teamNavigatorLayer(atlas, input.team, input.generatedAt, visible) : null,
  };
}
