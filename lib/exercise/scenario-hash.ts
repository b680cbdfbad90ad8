// The content hash of a scenario, pinned by exercise.started: a report or replay can tell whether
// the scenario file changed after the exercise ran (the events name inject and option ids, which
// mean something only against the version that was played).
import { canonicalJson } from './canonical-json';
import type { Scenario } from './scenario-schema';
import { sha256Hex } from './sha256-hex';

/** SHA-256 hex of the parsed scenario frontmatter in canonical JSON (defaults applied by scenarioSchema). */
export function scenarioHash(scenario: Scenario): Promise<string> {
  return sha256Hex(canonicalJson(scenario));
}

/** Whether `scenario` is the version an exercise pinned when it started (null: not started yet). */
export async function matchesPinnedScenario(scenario: Scenario, pinnedHash: string | null): Promise<boolean | null> {
  if (pinnedHash === null) return null;
  return (await scenarioHash(scenario)) === pinnedHash;
}
