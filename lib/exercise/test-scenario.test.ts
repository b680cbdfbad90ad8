import { describe, expect, it } from 'vitest';
import { scenarioSchema } from './scenario-schema';
import { testScenario } from './test-scenario';

// The fixture must be a scenario the content check would accept, or the engine is tested on a shape
// real scenarios never have.
describe('test scenario', () => {
  it('is valid under scenarioSchema', () => {
    expect(scenarioSchema.safeParse(testScenario).success).toBe(true);
  });

  it('has 5–6 injects, two decision points and one real branch that joins again', () => {
    expect(testScenario.injects.length).toBeGreaterThanOrEqual(5);
    expect(testScenario.injects.length).toBeLessThanOrEqual(6);
    const decisions = testScenario.injects.filter((inject) => inject.decision);
    expect(decisions).toHaveLength(2);
    const branching = decisions.filter((inject) => new Set(inject.decision!.options.map((option) => option.next)).size > 1);
    expect(branching.map((inject) => inject.id)).toEqual(['triage']);
  });

  it('has every next pointing at an inject, and one ending', () => {
    const ids = new Set(testScenario.injects.map((inject) => inject.id));
    const targets = testScenario.injects.flatMap((inject) => [inject.next, ...(inject.decision?.options.map((option) => option.next) ?? [])]).filter((id) => id !== undefined);
    for (const target of targets) expect(ids).toContain(target);
    expect(testScenario.injects.filter((inject) => !inject.next && !inject.decision).map((inject) => inject.id)).toEqual(['wrap-up']);
  });
});
