import { describe, expect, it } from 'vitest';
import { scenarioBriefing } from './scenario-briefing';
import { testScenario } from './test-scenario-graph';

describe('scenarioBriefing', () => {
  const scenario = testScenario();
  const briefing = scenarioBriefing(scenario, '\nA card issuer in Dublin.\n');

  it('carries the public facts and the inject and decision counts', () => {
    expect(briefing).toEqual({
      id: 'test-scenario',
      title: 'A test scenario',
      summary: 'A fraud model drifts after a retrain.',
      difficulty: 'intermediate',
      durationMinutes: 60,
      roles: scenario.roles,
      objectives: scenario.objectives,
      threats: ['fin-04-chargeback-label-poisoning'],
      collections: ['financial'],
      background: 'A card issuer in Dublin.',
      injectCount: 6,
      decisionPointCount: 2,
    });
  });

  it('contains no text of any inject: narrative, artifacts, questions, notes, prompts, options, consequences, expected actions', () => {
    const json = JSON.stringify(briefing);
    const secrets = scenario.injects.flatMap((inject) => [
      inject.title,
      inject.narrative,
      inject.facilitatorNotes,
      ...inject.artifacts.flatMap((a) => [a.title, a.body]),
      ...inject.questions.map((q) => q.text),
      ...(inject.decision
        ? [
            inject.decision.prompt,
            ...inject.decision.options.flatMap((o) => [o.label, o.consequence]),
            ...inject.decision.expectedActions.map((a) => a.text),
          ]
        : []),
    ]);
    expect(secrets.length).toBeGreaterThan(40);
    expect(secrets.filter((secret) => json.includes(JSON.stringify(secret).slice(1, -1)))).toEqual([]);
    expect(json).not.toContain('"injects"');
    expect(json).not.toContain('"start"');
  });

  it('copies nested objects field by field, so a field added to a role later is not published by accident', () => {
    const withExtra = testScenario();
    Object.assign(withExtra.roles[0]!, { facilitatorOnly: 'the insider is the ML engineer' });
    expect(JSON.stringify(scenarioBriefing(withExtra, 'x'))).not.toContain('the insider');
  });
});
