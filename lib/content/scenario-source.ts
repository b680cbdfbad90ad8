// The server's reader of the generated scenarios, parsed with the scenario schema (the content
// check has already validated them). The whole scenario — injects, notes, branches — stays on the
// server: public pages and /api/scenarios get the briefing only (lib/exercise/scenario-briefing.ts),
// and nothing from here may be passed to a client component.
import 'server-only';
import { allScenarios } from 'contentlayer/generated';
import { scenarioBriefing, type ScenarioBriefing } from '../exercise/scenario-briefing';
import { scenarioSchema, type Scenario } from '../exercise/scenario-schema';
import { fieldPath } from '../exercise/validate-scenario-documents';
import { scenarioFromGenerated } from './scenario-documents';

export interface ScenarioEntry {
  scenario: Scenario;
  briefing: ScenarioBriefing;
  url: string;
  sourceFile: string;
  /** The background compiled to MDX code: render it on the server with <MdxContent>, never ship it. */
  backgroundMdx: string;
}

let cached: ScenarioEntry[] | undefined;

export function getScenarios(): ScenarioEntry[] {
  cached ??= allScenarios
    .map((doc) => {
      const generated = scenarioFromGenerated({ ...doc });
      const result = scenarioSchema.safeParse(generated.fields);
      if (!result.success) {
        throw new Error(`${generated.sourceFile}: ${result.error.issues.map((i) => `${fieldPath(i.path)}: ${i.message}`).join('; ')}`);
      }
      return {
        scenario: result.data,
        briefing: scenarioBriefing(result.data, generated.bodyRaw),
        url: generated.url,
        sourceFile: generated.sourceFile,
        backgroundMdx: generated.mdx,
      };
    })
    .sort((a, b) => a.scenario.title.localeCompare(b.scenario.title));
  return cached;
}

export function getScenario(id: string): ScenarioEntry | undefined {
  return getScenarios().find((entry) => entry.scenario.id === id);
}

/** Scenarios that have this library threat in scope, for the threat page's "Exercised in". */
export function getScenariosForThreat(threatId: string): ScenarioEntry[] {
  return getScenarios().filter((entry) => entry.scenario.threats.includes(threatId));
}
