// What a participant may read before the session: the scenario's public face. Built field by
// field (a whitelist), so nothing of an inject — narrative, artifacts, questions, notes, decision
// prompts, options, consequences, branches — can reach the briefing page or /api/scenarios.
import type { Scenario, ScenarioDifficulty } from './scenario-schema';

export interface ScenarioBriefing {
  id: string;
  title: string;
  summary: string;
  difficulty: ScenarioDifficulty;
  durationMinutes: number;
  roles: Array<{ id: string; name: string; brief: string }>;
  objectives: Array<{ id: string; text: string }>;
  /** Library threat ids in scope. */
  threats: string[];
  /** Library collection ids the setting draws on. */
  collections: string[];
  /** The background briefing, Markdown (the scenario file's MDX body). */
  background: string;
  injectCount: number;
  decisionPointCount: number;
}

export function scenarioBriefing(scenario: Scenario, background: string): ScenarioBriefing {
  return {
    id: scenario.id,
    title: scenario.title,
    summary: scenario.summary,
    difficulty: scenario.difficulty,
    durationMinutes: scenario.durationMinutes,
    roles: scenario.roles.map((r) => ({ id: r.id, name: r.name, brief: r.brief })),
    objectives: scenario.objectives.map((o) => ({ id: o.id, text: o.text })),
    threats: [...scenario.threats],
    collections: [...scenario.collections],
    background: background.trim(),
    injectCount: scenario.injects.length,
    decisionPointCount: scenario.injects.filter((inject) => inject.decision).length,
  };
}
