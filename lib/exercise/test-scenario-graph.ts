// A small scenario that passes every rule, for tests to break one rule at a time.
//
//   a ─▶ b ─┬─ hold ──▶ c ─┐
//           └─ act ───▶ d ─┴▶ e ─(both options)─▶ f (ending)
import type { Inject, Scenario } from './scenario-schema';
import type { LibraryIds } from './validate-scenario';

export const TEST_LIBRARY: LibraryIds = {
  threats: new Set(['ml02-data-poisoning', 'fin-04-chargeback-label-poisoning']),
  mitigations: new Set(['model-rollback', 'label-integrity-controls']),
  collections: new Set(['financial', 'owasp-ml-top-10']),
  atlas: new Set(['AML.T0020', 'AML.T0024.000']),
};

export function testInject(id: string, clock: string, objectives: string[], rest: Partial<Inject> = {}): Inject {
  return {
    id,
    clock,
    title: `Inject ${id}`,
    narrative: `Narrative of ${id}: the drift alert fires on host fraud-score-01.`,
    objectives,
    artifacts: [{ kind: 'log', title: `Log for ${id}`, source: 'airflow-worker-2', timestamp: '2026-10-05T08:41:07Z', body: `secret artifact body ${id}` }],
    questions: [{ text: `What does the team do about ${id}?`, role: 'security-lead' }],
    facilitatorNotes: `Facilitator-only note for ${id}: listen for a rollback of the training data.`,
    ...rest,
  };
}

export function testScenario(): Scenario {
  return {
    id: 'test-scenario',
    title: 'A test scenario',
    summary: 'A fraud model drifts after a retrain.',
    difficulty: 'intermediate',
    durationMinutes: 60,
    collections: ['financial'],
    roles: [
      { id: 'security-lead', name: 'Security lead', brief: 'Runs the incident.' },
      { id: 'ml-engineer', name: 'ML engineer', brief: 'Owns the model.' },
    ],
    objectives: [
      { id: 'decide-rollback', text: 'Decide whether to roll back the model and who signs it off.' },
      { id: 'trace-labels', text: 'Trace which labels poisoned the retrain.' },
    ],
    threats: ['fin-04-chargeback-label-poisoning'],
    start: 'a',
    injects: [
      testInject('a', 'T+00', ['decide-rollback'], { next: 'b' }),
      testInject('b', 'T+10', ['decide-rollback', 'trace-labels'], {
        decision: {
          prompt: 'Roll back now?',
          options: [
            { id: 'hold', label: 'Keep the model', consequence: 'Consequence hold: losses continue overnight.', next: 'c' },
            { id: 'act', label: 'Roll back', consequence: 'Consequence act: false declines rise at a grocery chain.', next: 'd' },
          ],
          expectedActions: [{ id: 'freeze-promotions', text: 'Freeze promotions.', objective: 'decide-rollback', mitigation: 'model-rollback' }],
        },
      }),
      testInject('c', 'T+20', ['trace-labels'], { next: 'e' }),
      testInject('d', 'T+20', ['trace-labels'], { next: 'e' }),
      testInject('e', 'T+30', ['decide-rollback'], {
        decision: {
          prompt: 'Retrain now?',
          options: [
            { id: 'retrain', label: 'Retrain', consequence: 'Consequence retrain: validation is rushed.', next: 'f' },
            { id: 'wait', label: 'Wait', consequence: 'Consequence wait: the regulator calls.', next: 'f' },
          ],
          expectedActions: [{ id: 'quarantine-labels', text: 'Quarantine suspect labels.', objective: 'trace-labels' }],
        },
      }),
      testInject('f', 'T+40', ['trace-labels']),
    ],
    references: [{ title: 'A source', url: 'https://example.org/source' }],
  };
}
