// A small scenario for the exercise engine's tests: six injects, two decision points, one real branch
// (triage → rollback-fallout | quiet-drift, both joining at disclosure). The facilitator-only text
// carries distinctive words so the leak tests can look for it in anything sent to participants.
import { scenarioSchema, type Scenario } from './scenario-schema';

const raw = {
  id: 'fixture-registry-poisoning',
  title: 'The model that changed overnight',
  summary: 'A fraud model in the registry is replaced by one nobody trained; the team must contain it and decide whom to tell.',
  difficulty: 'intermediate',
  durationMinutes: 90,
  collections: ['supply-chain'],
  roles: [
    { id: 'mlops', name: 'MLOps lead', brief: 'Owns the registry, the serving endpoints and the rollback runbook.' },
    { id: 'security', name: 'Security lead', brief: 'Runs the investigation and decides on containment.' },
    { id: 'legal', name: 'Counsel', brief: 'Advises on notification duties and regulators.' },
  ],
  objectives: [
    { id: 'contain', text: 'Decide within the session whether to roll back the production alias, and name who does it.' },
    { id: 'notify', text: 'Name the notification duties that apply and the deadline for each.' },
  ],
  threats: ['sc-model-registry-poisoning'],
  start: 'alert',
  injects: [
    {
      id: 'alert',
      clock: 'T+00',
      title: 'An alias moved at 03:12',
      narrative: 'The on-call engineer sees that the production alias of fraud-scorer now points at version 42.',
      objectives: ['contain'],
      artifacts: [{ kind: 'registry', title: 'Alias history', source: 'mlflow.internal', body: 'fraud-scorer@production: v41 -> v42 (by svc-ci, 03:12Z)' }],
      questions: [{ text: 'Who can move a production alias, and how would you know?', role: 'mlops' }, { text: 'What do you check first?' }],
      facilitatorNotes: 'Listen for whether anyone asks for the registry audit log before acting (CANARY-NOTE-ALERT).',
      next: 'triage',
    },
    {
      id: 'triage',
      clock: 'T+15',
      title: 'Version 42 has no training run',
      narrative: 'Version 42 has no linked run in the tracking server, and its artifact hash matches nothing CI built.',
      objectives: ['contain'],
      artifacts: [{ kind: 'log', title: 'CI search', body: 'no pipeline produced sha256:9f2c…' }],
      questions: [{ text: 'Roll back now, or keep serving while you investigate?', role: 'security' }],
      facilitatorNotes: 'A rollback destroys the live evidence of what v42 does (CANARY-NOTE-TRIAGE).',
      decision: {
        prompt: 'What does the team do with the production alias right now?',
        options: [
          { id: 'roll-back', label: 'Move the alias back to v41 now', consequence: 'Fraud scores recover but the attacker learns they were seen (CANARY-CONSEQUENCE-ROLLBACK).', next: 'rollback-fallout' },
          { id: 'keep-serving', label: 'Keep v42 serving under watch', consequence: 'Chargebacks climb for two more hours (CANARY-CONSEQUENCE-KEEP).', next: 'quiet-drift' },
        ],
        expectedActions: [{ id: 'freeze-registry', text: 'Freeze writes to the registry before anything else (CANARY-EXPECTED-FREEZE).', objective: 'contain', mitigation: 'model-signing' }],
      },
    },
    {
      id: 'rollback-fallout',
      clock: 'T+40',
      title: 'The service account logs in again',
      narrative: 'Twenty minutes after the rollback, svc-ci authenticates from an unfamiliar address (CANARY-NARRATIVE-FALLOUT).',
      objectives: ['contain'],
      artifacts: [{ kind: 'alert', title: 'Impossible travel', body: 'svc-ci login from 203.0.113.7 (CANARY-ARTIFACT-FALLOUT)' }],
      questions: [{ text: 'What do you revoke, and in what order?' }],
      facilitatorNotes: 'Push on credential rotation for CI (CANARY-NOTE-FALLOUT).',
      next: 'disclosure',
    },
    {
      id: 'quiet-drift',
      clock: 'T+45',
      title: 'Approval rates drift',
      narrative: 'Card-not-present approvals from one merchant group rise by a third (CANARY-NARRATIVE-DRIFT).',
      objectives: ['contain', 'notify'],
      artifacts: [{ kind: 'dashboard', title: 'Approvals by merchant group', body: 'group 7: 61% -> 83% (CANARY-ARTIFACT-DRIFT)' }],
      questions: [{ text: 'Is this still an investigation, or already an incident?' }],
      facilitatorNotes: 'The team should now see customer harm (CANARY-NOTE-DRIFT).',
      next: 'disclosure',
    },
    {
      id: 'disclosure',
      clock: 'T+70',
      title: 'Counsel asks what we must report',
      narrative: 'Counsel asks whether personal data left the bank and who must be told by when (CANARY-NARRATIVE-DISCLOSURE).',
      objectives: ['notify'],
      artifacts: [],
      questions: [{ text: 'Which clocks have started?', role: 'legal' }, { text: 'Who writes the notice?' }],
      facilitatorNotes: 'GDPR Art. 33 gives 72 hours from awareness (CANARY-NOTE-DISCLOSURE).',
      decision: {
        prompt: 'Do you notify the supervisory authority now?',
        options: [
          { id: 'notify-now', label: 'Notify now with what we know', consequence: 'The regulator asks for a follow-up in a week (CANARY-CONSEQUENCE-NOTIFY).', next: 'wrap-up' },
          { id: 'wait-for-facts', label: 'Wait for the forensic report', consequence: 'The report lands at hour 80, past the deadline (CANARY-CONSEQUENCE-WAIT).', next: 'wrap-up' },
        ],
        expectedActions: [{ id: 'start-clock', text: 'Record the time of awareness (CANARY-EXPECTED-CLOCK).', objective: 'notify' }],
      },
    },
    {
      id: 'wrap-up',
      clock: 'T+90',
      title: 'The morning after',
      narrative: 'The board wants one page by nine (CANARY-NARRATIVE-WRAPUP).',
      objectives: ['notify'],
      artifacts: [],
      questions: [{ text: 'What goes on the page?' }],
      facilitatorNotes: 'Close on the improvement plan (CANARY-NOTE-WRAPUP).',
    },
  ],
  references: [{ title: 'MLflow Model Registry', url: 'https://mlflow.org/docs/latest/model-registry.html' }],
};

export const testScenario: Scenario = scenarioSchema.parse(raw);

/** A fresh copy, for tests that change the scenario. */
export function testScenarioCopy(): Scenario {
  return structuredClone(testScenario);
}
