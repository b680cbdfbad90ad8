// Test helpers: the exercise engine's test scenario with a second threat in scope, a small library
// and ATLAS table for it, and a played session, so report tests build real logs through the engine.
import { TestExercise, ALICE, BOB, FACILITATOR, OLGA } from '../exercise/test-exercise';
import { testScenarioCopy } from '../exercise/test-scenario';
import type { Scenario } from '../exercise/scenario-schema';
import { fixtureAtlas } from '../library/test-fixtures';
import { buildReport } from './build-report';
import type { ReportEditsInput } from './report-edits';
import type { ReportInput, ReportLibrary, ReportMitigationSource, ReportThreatSource } from './report-input';
import type { ReportModel } from './report-model-schema';

export const GENERATED_AT = '2026-05-05T12:00:00.000Z';

export const reportScenario: Scenario = { ...testScenarioCopy(), threats: ['sc-model-registry-poisoning', 'ml10-model-poisoning'] };

const threats: ReportThreatSource[] = [
  {
    id: 'sc-model-registry-poisoning',
    code: 'SC-03',
    title: 'Model registry version overwrite',
    summary: 'A registry alias is moved to an untrusted version.',
    url: '/threats/sc-model-registry-poisoning',
    severity: 'critical',
    stride: ['T', 'E'],
    lifecycle: ['registry', 'deployment'],
    mitigations: ['model-signing', 'registry-access-control'],
    atlas: ['AML.T0010', 'AML.T9999'],
  },
  {
    id: 'ml10-model-poisoning',
    code: 'ML10:2023',
    title: 'Model Poisoning',
    summary: 'Tampered weights.',
    url: '/threats/ml10-model-poisoning',
    severity: 'high',
    stride: ['T'],
    lifecycle: ['training', 'registry'],
    mitigations: ['weight-integrity-checks'],
    atlas: ['AML.T0020'],
  },
];

const mitigations: ReportMitigationSource[] = [
  { id: 'model-signing', title: 'Sign models', summary: 'Sign and verify model artifacts.', url: '/mitigations/model-signing', kind: 'prevent' },
  { id: 'registry-access-control', title: 'Registry access control', summary: 'Least privilege on aliases.', url: '/mitigations/registry-access-control', kind: 'prevent' },
  { id: 'weight-integrity-checks', title: 'Weight integrity checks', summary: 'Hash and compare weights.', url: '/mitigations/weight-integrity-checks', kind: 'detect' },
];

export const testLibrary: ReportLibrary = {
  threat: (id) => threats.find((t) => t.id === id),
  mitigation: (id) => mitigations.find((m) => m.id === id),
};

export const testAtlas = fixtureAtlas;

export function newExercise(): TestExercise {
  return new TestExercise(reportScenario);
}

export async function joined(ex = newExercise()): Promise<TestExercise> {
  await ex.must(ALICE, { type: 'participant.join', scenarioRole: 'mlops' });
  await ex.must(BOB, { type: 'participant.join' });
  await ex.must(OLGA, { type: 'participant.join' });
  await ex.must(FACILITATOR, { type: 'exercise.start' });
  return ex;
}

/** Plays to the triage decision point with a vote held (Alice: roll back, Bob: keep serving). */
export async function atTriageVote(): Promise<TestExercise> {
  const ex = await joined();
  await ex.wait(10).must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
  await ex.must(FACILITATOR, { type: 'vote.open', injectId: 'triage' });
  await ex.wait(2).must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back', comment: 'Stop the bleeding.' });
  await ex.must(BOB, { type: 'vote.cast', injectId: 'triage', optionId: 'keep-serving' });
  await ex.must(FACILITATOR, { type: 'vote.close', injectId: 'triage' });
  return ex;
}

/** A whole session down the roll-back branch, with notes, an action item and two decisions. */
export async function playedExercise(): Promise<TestExercise> {
  const ex = await atTriageVote();
  await ex.must(FACILITATOR, { type: 'vote.reveal_tally', injectId: 'triage' });
  await ex.wait(3).must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'roll-back', rationale: 'Customer harm outweighs evidence.' });
  await ex.must(FACILITATOR, { type: 'note.add', text: 'Team asked for the registry audit log first.', tag: 'strength', objectiveId: 'contain', injectId: 'triage' });
  await ex.must(ALICE, { type: 'note.add', text: 'We have no runbook for alias rollback.', tag: 'gap' });
  await ex.must(OLGA, { type: 'note.add', text: 'Legal was not consulted.', tag: 'observation' });
  await ex.wait(10).must(FACILITATOR, { type: 'inject.reveal', injectId: 'rollback-fallout' });
  await ex.must(FACILITATOR, { type: 'action_item.add', text: 'Write the alias rollback runbook.', owner: 'Alice', dueDate: '2026-06-01', objectiveId: 'contain' });
  await ex.wait(10).must(FACILITATOR, { type: 'inject.reveal', injectId: 'disclosure' });
  await ex.must(FACILITATOR, { type: 'vote.open', injectId: 'disclosure' });
  await ex.must(ALICE, { type: 'vote.cast', injectId: 'disclosure', optionId: 'notify-now' });
  await ex.wait(4).must(FACILITATOR, { type: 'decision.record', injectId: 'disclosure', optionId: 'notify-now', rationale: 'The 72-hour clock has started.' });
  await ex.wait(10).must(FACILITATOR, { type: 'inject.reveal', injectId: 'wrap-up' });
  await ex.wait(5).must(FACILITATOR, { type: 'exercise.end' });
  return ex;
}

export const HOSTILE = {
  title: 'Drill </title><script>alert("t")</script> & "quoted"',
  comment: '<img src=x onerror=alert(1)>',
  rationale: '</style><script>alert("r")</script> **bold** | pipe [x](javascript:alert(1))',
  formula: '=HYPERLINK("http://evil.example","click")',
  actionItem: '-2+3 <b>bold</b>\n# not a heading',
  owner: '@attacker',
} as const;

export const LONG_NOTE = `${'A'.repeat(50_000)} ${'B'.repeat(50_000)}`;

/** A session full of hostile text, and one 100 kB note written past the engine's length limit. */
export async function hostileExercise(): Promise<TestExercise> {
  const ex = await joined();
  await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
  await ex.must(FACILITATOR, { type: 'vote.open', injectId: 'triage' });
  await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back', comment: HOSTILE.comment });
  await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'roll-back', rationale: HOSTILE.rationale });
  await ex.must(FACILITATOR, { type: 'note.add', text: HOSTILE.formula, tag: 'gap', objectiveId: 'contain' });
  await ex.must(FACILITATOR, { type: 'action_item.add', text: HOSTILE.actionItem, owner: HOSTILE.owner, dueDate: '2026-06-01', objectiveId: 'notify' });
  await ex.append({ type: 'note.added', actor: FACILITATOR, payload: { text: LONG_NOTE, tag: 'gap' } });
  await ex.must(FACILITATOR, { type: 'exercise.end' });
  return ex;
}

export function hostileReport(): Promise<ReportModel> {
  return hostileExercise().then((ex) => buildReport(reportInput(ex, { exercise: { id: ex.exerciseId, title: HOSTILE.title, location: '<i>HQ</i>' } })));
}

export function reportInput(ex: TestExercise, extra: Partial<ReportInput> = {}): ReportInput {
  return {
    scenario: ex.scenario,
    events: ex.events,
    library: testLibrary,
    atlas: testAtlas,
    exercise: { id: ex.exerciseId, title: 'Q2 registry drill' },
    generatedAt: GENERATED_AT,
    ...extra,
  };
}

export function reportOf(ex: TestExercise, edits?: ReportEditsInput, extra: Partial<ReportInput> = {}): Promise<ReportModel> {
  return buildReport(reportInput(ex, { edits, ...extra }));
}
