// Which scenarios to run next: the ones that would cover the threats the team has never exercised.
//
// Picking the fewest scenarios that together cover every never-exercised threat is the set-cover
// problem, which is NP-hard in general. The greedy choice — take the scenario that covers the most
// threats still uncovered, then repeat with what is left — is within a factor of ln(n) + 1 of the
// best cover, and its order is the order a team wants anyway: the most new ground first. Ties go to
// the scenario that covers more never-exercised threats in all, then to the title, so the list is
// stable. Scenarios that would cover nothing new are not suggested; threats no scenario covers are
// listed apart, as content still to write.
import type { DashboardScenario } from './dashboard-input';
import type { ThreatRef } from './build-team-coverage';

export interface ScenarioSuggestion {
  scenario: { id: string; title: string; url: string };
  /** Never-exercised threats this pick covers that no earlier pick does. */
  covers: ThreatRef[];
  /** Never-exercised threats it also covers, already covered by an earlier pick. */
  alsoCovers: ThreatRef[];
}

export interface Suggestions {
  suggestions: ScenarioSuggestion[];
  /** Never-exercised threats that no scenario has in scope. */
  uncovered: ThreatRef[];
}

export function suggestScenarios(neverExercised: readonly ThreatRef[], scenarios: readonly DashboardScenario[], resolve: (id: string) => { id: string } | undefined): Suggestions {
  const never = new Map(neverExercised.map((t) => [t.id, t]));
  const candidates = scenarios.map((scenario) => ({
    scenario,
    targets: [...new Set(scenario.threatIds.flatMap((id) => resolve(id)?.id ?? []))].filter((id) => never.has(id)),
  }));
  const remaining = new Set(never.keys());
  const suggestions: ScenarioSuggestion[] = [];
  for (;;) {
    const ranked = candidates
      .filter((c) => !suggestions.some((s) => s.scenario.id === c.scenario.id))
      .map((c) => ({ ...c, fresh: c.targets.filter((id) => remaining.has(id)) }))
      .filter((c) => c.fresh.length > 0)
      .sort((a, b) => b.fresh.length - a.fresh.length || b.targets.length - a.targets.length || a.scenario.title.localeCompare(b.scenario.title));
    const best = ranked[0];
    if (!best) break;
    for (const id of best.fresh) remaining.delete(id);
    const refs = (ids: string[]) => ids.flatMap((id) => never.get(id) ?? []);
    suggestions.push({
      scenario: { id: best.scenario.id, title: best.scenario.title, url: best.scenario.url },
      covers: refs(best.fresh),
      alsoCovers: refs(best.targets.filter((id) => !best.fresh.includes(id))),
    });
  }
  return { suggestions, uncovered: neverExercised.filter((t) => remaining.has(t.id)) };
}
