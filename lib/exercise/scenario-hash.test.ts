import { describe, expect, it } from 'vitest';
import { matchesPinnedScenario, scenarioHash } from './scenario-hash';
import { testScenario, testScenarioCopy } from './test-scenario';
import { FACILITATOR, TestExercise } from './test-exercise';

describe('scenarioHash', () => {
  it('is a SHA-256 hex digest, stable across key order', async () => {
    const hash = await scenarioHash(testScenario);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(testScenarioCopy()).reverse()) as typeof testScenario;
    expect(await scenarioHash(reordered)).toBe(hash);
  });

  it('changes when any text changes, even a consequence', async () => {
    const changed = testScenarioCopy();
    changed.injects[1]!.decision!.options[0]!.consequence += '.';
    expect(await scenarioHash(changed)).not.toBe(await scenarioHash(testScenario));
  });

  it('is pinned by exercise.started and checked against the current file', async () => {
    const ex = new TestExercise();
    await ex.must(FACILITATOR, { type: 'exercise.start' });
    expect(ex.state.scenarioHash).toBe(await scenarioHash(testScenario));
    expect(await matchesPinnedScenario(testScenario, ex.state.scenarioHash)).toBe(true);
    const edited = testScenarioCopy();
    edited.title = 'Edited after the session';
    expect(await matchesPinnedScenario(edited, ex.state.scenarioHash)).toBe(false);
    expect(await matchesPinnedScenario(testScenario, null)).toBeNull();
  });
});
