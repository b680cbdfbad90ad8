import { describe, expect, it } from 'vitest';
import { FACILITATOR } from '../exercise/test-exercise';
import { reportModelSchema } from './report-model-schema';
import { atTriageVote, joined, newExercise, playedExercise, reportOf } from './test-report';

const minutes = (n: number) => n * 60_000;

describe('buildReport: a session down one branch', () => {
  it('follows the path the decision took and records the chosen option, its consequence and the road not taken', async () => {
    const report = await reportOf(await playedExercise());
    expect(report.timeline.map((entry) => entry.injectId)).toEqual(['alert', 'triage', 'rollback-fallout', 'disclosure', 'wrap-up']);
    const triage = report.timeline[1]?.decisionPoint;
    expect(triage?.decision).toMatchObject({
      optionId: 'roll-back',
      optionLabel: 'Move the alias back to v41 now',
      consequence: expect.stringContaining('CANARY-CONSEQUENCE-ROLLBACK'),
      nextInjectId: 'rollback-fallout',
      rationale: 'Customer harm outweighs evidence.',
      decidedBy: 'Fatima',
      matchesVote: null, // one vote each: a tie
    });
    expect(triage?.options).toEqual([
      { id: 'roll-back', label: 'Move the alias back to v41 now', chosen: true },
      { id: 'keep-serving', label: 'Keep v42 serving under watch', chosen: false },
    ]);
    expect(report.overview.exercise).toMatchObject({ status: 'ended', endedEarly: false, injectsRevealed: 5, injectsInScenario: 6 });
  });

  it('keeps the votes with their comments although the engine clears the vote at the decision', async () => {
    const report = await reportOf(await playedExercise());
    const vote = report.timeline[1]?.decisionPoint?.vote;
    expect(vote?.votes.map((v) => [v.name, v.optionId, v.comment])).toEqual([
      ['Alice', 'roll-back', 'Stop the bleeding.'],
      ['Bob', 'keep-serving', null],
    ]);
    expect(vote?.tally.map((t) => t.count)).toEqual([1, 1]);
    expect(report.timeline[3]?.decisionPoint?.decision?.matchesVote).toBe(true);
  });

  it('measures the time to decision and the time on each inject in session time', async () => {
    const report = await reportOf(await playedExercise());
    const triage = report.timeline[1];
    // Each event moves the test clock on 1 s: reveal, then six events with waits of 2 and 3 min before the decision.
    expect(triage?.decisionPoint?.decision?.timeToDecisionMs).toBe(minutes(5) + 6000);
    expect(report.timeline.map((e) => e.timeOnInjectMs).reduce((a, b) => a + b, 0)).toBe(report.overview.exercise.activeMs);
  });

  it('takes pauses out of the time to decision', async () => {
    const ex = await atTriageVote();
    await ex.must(FACILITATOR, { type: 'exercise.pause' });
    await ex.wait(30).must(FACILITATOR, { type: 'exercise.resume' });
    await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'Watch it.' });
    const report = await reportOf(ex);
    expect(report.timeline[1]?.decisionPoint?.decision?.timeToDecisionMs).toBeLessThan(minutes(3));
  });

  it('puts the other branch in the timeline when the team chose it', async () => {
    const ex = await atTriageVote();
    await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'Keep evidence.' });
    await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'quiet-drift' });
    const report = await reportOf(ex);
    expect(report.timeline.map((e) => e.injectId)).toEqual(['alert', 'triage', 'quiet-drift']);
    expect(report.timeline[1]?.decisionPoint?.decision?.consequence).toContain('CANARY-CONSEQUENCE-KEEP');
    expect(report.overview.exercise.status).toBe('running');
  });

  it('attaches a note without an inject to the inject on screen when it was written', async () => {
    const report = await reportOf(await playedExercise());
    expect(report.timeline[1]?.notes.map((n) => n.text)).toEqual(['Team asked for the registry audit log first.', 'We have no runbook for alias rollback.', 'Legal was not consulted.']);
    expect(report.timeline[2]?.actionItems.map((a) => a.owner)).toEqual(['Alice']);
  });
});

describe('buildReport: no decision recorded, exercise ended early', () => {
  it('shows the decision point undecided with its vote, marks the exercise ended early and counts it as an area for improvement', async () => {
    const ex = await atTriageVote();
    await ex.wait(5).must(FACILITATOR, { type: 'exercise.end' });
    const report = await reportOf(ex);
    const triage = report.timeline.at(-1);
    expect(triage?.injectId).toBe('triage');
    expect(triage?.decisionPoint?.decision).toBeNull();
    expect(triage?.decisionPoint?.vote?.votes).toHaveLength(2);
    expect(report.overview.exercise.endedEarly).toBe(true);
    expect(report.summary.counts.undecided).toBe(1);
    const contain = report.analysis.objectives.find((o) => o.id === 'contain');
    expect(contain?.areasForImprovement.map((f) => f.source)).toEqual(['expected-action', 'no-decision']);
    expect(report.improvementPlan.items.map((i) => i.id)).toContain('no-decision-triage');
    expect(report.summary.text).toContain('ended before the scenario reached its end');
  });

  it('is not ended early when the last inject was reached', async () => {
    const report = await reportOf(await playedExercise());
    expect(report.overview.exercise.endedEarly).toBe(false);
    expect(report.summary.counts.undecided).toBe(0);
  });

  it('counts time on the last inject up to the end', async () => {
    const ex = await joined();
    await ex.wait(10).must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
    await ex.wait(7).must(FACILITATOR, { type: 'exercise.end' });
    const report = await reportOf(ex);
    expect(report.timeline.at(-1)?.timeOnInjectMs).toBe(minutes(7) + 1000);
    expect(report.overview.exercise.endedEarly).toBe(true);
  });
});

describe('buildReport: expected actions against what the log shows', () => {
  it('lists an objective’s expected actions as areas for improvement when it has no strength note or action item', async () => {
    const ex = await atTriageVote();
    await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'Keep evidence.' });
    await ex.must(FACILITATOR, { type: 'note.add', text: 'Nobody froze the registry.', tag: 'gap', objectiveId: 'contain' });
    const report = await reportOf(ex);
    const contain = report.analysis.objectives.find((o) => o.id === 'contain');
    expect(contain?.expectedActions).toEqual([expect.objectContaining({ id: 'freeze-registry', observed: false, mitigation: expect.objectContaining({ id: 'model-signing', title: 'Sign models' }) })]);
    expect(contain?.areasForImprovement.map((f) => f.text)).toEqual(['Nobody froze the registry.', expect.stringContaining('Expected action not observed: Freeze writes')]);
    expect(report.analysis.rule).toMatch(/strength note or one action item/);
    const planned = report.improvementPlan.items.find((i) => i.id === 'expected-triage-freeze-registry');
    expect(planned).toMatchObject({ source: 'expected-action', objectiveId: 'contain', correctiveAction: expect.stringContaining('Sign models') });
  });

  it('counts the expected actions as observed once a strength note or an action item names the objective', async () => {
    const report = await reportOf(await playedExercise());
    const contain = report.analysis.objectives.find((o) => o.id === 'contain');
    expect(contain?.expectedActions.map((a) => a.observed)).toEqual([true]);
    expect(contain?.evidence).toEqual({ strengthNotes: 1, actionItems: 1 });
    expect(contain?.areasForImprovement).toEqual([]);
    // `notify` has neither: its expected action at the disclosure decision is an area for improvement.
    const notify = report.analysis.objectives.find((o) => o.id === 'notify');
    expect(notify?.expectedActions.map((a) => [a.id, a.observed])).toEqual([['start-clock', false]]);
  });

  it('counts an action item alone as evidence for its objective', async () => {
    const ex = await atTriageVote();
    await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'Keep evidence.' });
    await ex.must(FACILITATOR, { type: 'action_item.add', text: 'Script the registry freeze.', owner: 'Alice', dueDate: '2026-06-01', objectiveId: 'contain' });
    const contain = (await reportOf(ex)).analysis.objectives.find((o) => o.id === 'contain');
    expect(contain?.evidence).toEqual({ strengthNotes: 0, actionItems: 1 });
    expect(contain?.expectedActions.map((a) => a.observed)).toEqual([true]);
    expect(contain?.areasForImprovement).toEqual([]);
  });

  it('does not count a gap note or an observation as evidence', async () => {
    const ex = await atTriageVote();
    await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'Keep evidence.' });
    await ex.must(FACILITATOR, { type: 'note.add', text: 'They talked about freezing.', tag: 'observation', objectiveId: 'contain' });
    const contain = (await reportOf(ex)).analysis.objectives.find((o) => o.id === 'contain');
    expect(contain?.expectedActions.map((a) => a.observed)).toEqual([false]);
  });

  it('leaves out expected actions on decision points the team never reached', async () => {
    const ex = await joined();
    await ex.must(FACILITATOR, { type: 'exercise.end' });
    const report = await reportOf(ex);
    expect(report.analysis.objectives.flatMap((o) => o.expectedActions)).toEqual([]);
  });
});

describe('buildReport: an empty exercise', () => {
  it('builds a valid report from an empty log', async () => {
    const report = await reportOf(newExercise());
    expect(reportModelSchema.safeParse(report).success).toBe(true);
    expect(report.overview.exercise).toMatchObject({ status: 'lobby', startedAt: null, activeMs: 0, injectsRevealed: 0 });
    expect(report.timeline).toEqual([]);
    expect(report.improvementPlan.items).toEqual([]);
    expect(report.coverage.threats.every((t) => !t.touched && t.gaps.length === 0)).toBe(true);
    expect(report.coverage.matrix.max).toBe(0);
    expect(report.appendix.chain).toEqual({ ok: true, head: '0'.repeat(64), count: 0 });
    expect(report.summary.text).toContain('did not start');
  });
});

describe('buildReport: participants and roles', () => {
  it('lists people with their exercise and scenario roles, and the facilitator from the log', async () => {
    const report = await reportOf(await playedExercise());
    expect(report.overview.participants.map((p) => [p.name, p.role, p.scenarioRole?.name ?? null])).toEqual([
      ['Alice', 'participant', 'MLOps lead'],
      ['Bob', 'participant', null],
      ['Olga', 'observer', null],
    ]);
    expect(report.overview.facilitators).toEqual(['Fatima']);
    expect(report.timeline[1]?.notes[1]?.author).toEqual({ name: 'Alice', role: 'participant, MLOps lead' });
  });
});

describe('buildReport: determinism', () => {
  it('gives the same model for the same input', async () => {
    const ex = await playedExercise();
    expect(JSON.stringify(await reportOf(ex))).toBe(JSON.stringify(await reportOf(ex)));
  });

  it('is a valid report model', async () => {
    const parsed = reportModelSchema.safeParse(await reportOf(await playedExercise()));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
