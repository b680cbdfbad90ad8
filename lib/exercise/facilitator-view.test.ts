import { describe, expect, it } from 'vitest';
import { viewForFacilitator } from './facilitator-view';
import { connect } from './presence';
import { ALICE, BOB, FACILITATOR, OLGA, TestExercise } from './test-exercise';
import { testScenario } from './test-scenario';

async function atVote() {
  const ex = new TestExercise();
  await ex.must(ALICE, { type: 'participant.join' });
  await ex.must(BOB, { type: 'participant.join' });
  await ex.must(OLGA, { type: 'participant.join' });
  await ex.must(FACILITATOR, { type: 'exercise.start' });
  await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
  await ex.must(FACILITATOR, { type: 'vote.open', injectId: 'triage' });
  await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back', comment: 'Now.' });
  return ex;
}

describe('viewForFacilitator', () => {
  it('shows who voted for what, the live tally and who has not voted yet (observers are not waited for)', async () => {
    const ex = await atVote();
    const view = viewForFacilitator(testScenario, ex.state);
    expect(view.vote).toMatchObject({
      injectId: 'triage',
      open: true,
      tallyRevealed: false,
      votes: [{ participantId: ALICE.id, name: 'Alice', optionId: 'roll-back', comment: 'Now.' }],
      tally: { 'roll-back': 1, 'keep-serving': 0 },
      waitingFor: [{ id: BOB.id, name: 'Bob' }],
    });
  });

  it('shows the current inject in full, with its notes and consequences', async () => {
    const ex = await atVote();
    const view = viewForFacilitator(testScenario, ex.state);
    expect(view.current?.facilitatorNotes).toBe(testScenario.injects[1]!.facilitatorNotes);
    expect(view.current?.decision?.options.map((option) => option.consequence)).toHaveLength(2);
    expect(view.next).toEqual({ kind: 'decide', injectId: 'triage', title: 'Version 42 has no training run' });
  });

  it('names the next inject after a decision and the path with the option chosen', async () => {
    const ex = await atVote();
    await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'Evidence.' });
    const view = viewForFacilitator(testScenario, ex.state);
    expect(view.next).toEqual({ kind: 'reveal', injectId: 'quiet-drift', title: 'Approval rates drift' });
    expect(view.path.map((step) => [step.injectId, step.chosen?.id ?? null])).toEqual([
      ['alert', null],
      ['triage', 'keep-serving'],
    ]);
  });

  it('shows presence: who is connected, in which role, including a facilitator who never joined', async () => {
    const ex = await atVote();
    const connections = connect(connect([], { id: ALICE.id, name: 'Alice', role: 'participant' }), { id: FACILITATOR.id, name: 'Fatima', role: 'facilitator' });
    expect(viewForFacilitator(testScenario, ex.state, connections).presence).toEqual([
      { id: ALICE.id, name: 'Alice', role: 'participant', scenarioRole: null, connected: true },
      { id: BOB.id, name: 'Bob', role: 'participant', scenarioRole: null, connected: false },
      { id: OLGA.id, name: 'Olga', role: 'observer', scenarioRole: null, connected: false },
      { id: FACILITATOR.id, name: 'Fatima', role: 'facilitator', scenarioRole: null, connected: true },
    ]);
  });

  it('at an ending, says only ending remains', async () => {
    const ex = await TestExercise.played();
    expect(viewForFacilitator(testScenario, ex.state).next).toEqual({ kind: 'end' });
  });
});
