import { describe, expect, it } from 'vitest';
import { FACILITATOR, TestExercise } from '../exercise/test-exercise';
import type { Scenario } from '../exercise/scenario-schema';
import type { ReportModel } from '../report/report-model-schema';
import { joined, playedExercise, reportOf, reportScenario } from '../report/test-report';
import { itemThreatIds } from './item-threats';

const REGISTRY = 'sc-model-registry-poisoning';
const WEIGHTS = 'ml10-model-poisoning';

function threatsOf(model: ReportModel, scenario: Scenario) {
  return Object.fromEntries(model.improvementPlan.items.map((item) => [item.id, itemThreatIds(model, scenario, item)]));
}

describe('itemThreatIds', () => {
  it('follows the objective and the source inject to the threats their expected actions’ mitigations protect, and falls back to every threat in scope', async () => {
    const model = await reportOf(await playedExercise());
    expect(threatsOf(model, reportScenario)).toEqual({
      // Objective "contain" expects the registry freeze, whose mitigation (model signing) protects the registry threat.
      'action-item-16': [REGISTRY],
      // Written at triage, whose expected action is that freeze.
      'gap-note-13': [REGISTRY],
      // Its action names no mitigation and objective "notify" has no other: every threat in scope.
      'expected-disclosure-start-clock': [REGISTRY, WEIGHTS],
    });
  });

  it('prefers the threats an item names by code or title', async () => {
    const model = await reportOf(await playedExercise(), {
      addedItems: [
        { id: 'added-weights', objectiveId: 'contain', issue: 'Nobody checked for ml10:2023 style tampering', correctiveAction: 'Hash the weights', capability: null, owner: null, startDate: null, dueDate: null },
        { id: 'added-plain', objectiveId: null, issue: 'Buy a bigger whiteboard', correctiveAction: 'Ask facilities', capability: null, owner: null, startDate: null, dueDate: null },
      ],
    });
    const threats = threatsOf(model, reportScenario);
    expect(threats['added-weights']).toEqual([WEIGHTS]);
    expect(threats['added-plain']).toEqual([REGISTRY, WEIGHTS]);
  });

  it('counts an expected-action item against its own action only, not every action of its inject', async () => {
    const base = structuredClone(reportScenario);
    const triage = base.injects.find((inject) => inject.id === 'triage');
    triage?.decision?.expectedActions.push({ id: 'check-weights', text: 'Compare the weights with the signed hash.', objective: 'notify', mitigation: 'weight-integrity-checks' });
    const ex = await joined(new TestExercise(base));
    await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
    await ex.must(FACILITATOR, { type: 'exercise.end' });
    const threats = threatsOf(await reportOf(ex), base);
    expect(threats['expected-triage-freeze-registry']).toEqual([REGISTRY]);
    expect(threats['expected-triage-check-weights']).toEqual([WEIGHTS]);
    expect(threats['no-decision-triage']).toEqual([REGISTRY, WEIGHTS]);
  });
});
