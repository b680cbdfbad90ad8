import { describe, expect, it } from 'vitest';
import { initialExerciseState } from './exercise-state';
import { applyEvent, reduceExercise } from './reduce-exercise';
import { activeMs, timerRemainingMs } from './scenario-clock';
import type { StoredEvent } from './stored-event';
import { ALICE, BOB, FACILITATOR, OLGA, T0, TestExercise } from './test-exercise';
import { testScenario } from './test-scenario';

const at = (minutes: number, seconds = 0) => new Date(T0 + minutes * 60_000 + seconds * 1000).toISOString();

async function started(): Promise<TestExercise> {
  const ex = new TestExercise();
  await ex.must(ALICE, { type: 'participant.join', scenarioRole: 'mlops' });
  await ex.must(BOB, { type: 'participant.join' });
  await ex.must(OLGA, { type: 'participant.join' });
  await ex.must(FACILITATOR, { type: 'exercise.start' });
  return ex;
}

async function atTriageVote(): Promise<TestExercise> {
  const ex = await started();
  await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
  await ex.must(FACILITATOR, { type: 'vote.open', injectId: 'triage' });
  return ex;
}

describe('reduceExercise, event by event', () => {
  it('starts in the lobby', () => {
    expect(reduceExercise(testScenario, [])).toEqual(initialExerciseState(testScenario.id));
    expect(reduceExercise(testScenario, []).status).toBe('lobby');
  });

  it('participant.joined: adds the person with their role and scenario role', async () => {
    const ex = await started();
    expect(ex.state.participants).toEqual([
      { id: ALICE.id, kind: 'user', name: 'Alice', role: 'participant', scenarioRole: 'mlops', joinedAt: at(0, 0), removedAt: null },
      { id: BOB.id, kind: 'guest', name: 'Bob', role: 'participant', scenarioRole: null, joinedAt: at(0, 1), removedAt: null },
      { id: OLGA.id, kind: 'user', name: 'Olga', role: 'observer', scenarioRole: null, joinedAt: at(0, 2), removedAt: null },
    ]);
  });

  it('exercise.started: runs, pins the hash, starts the clock and reveals the start inject', async () => {
    const ex = await started();
    expect(ex.state).toMatchObject({ status: 'running', mode: 'team', currentInjectId: 'alert', clock: { startedAt: at(0, 3), pausedMs: 0 } });
    expect(ex.state.scenarioHash).toMatch(/^[0-9a-f]{64}$/);
    expect(ex.state.revealed).toEqual([{ injectId: 'alert', seq: 4, revealedAt: at(0, 3), activeMsAtReveal: 0 }]);
  });

  it('inject.revealed: moves on, keeps the path in order with session time at each reveal', async () => {
    const ex = await started();
    await ex.wait(12).must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
    expect(ex.state.currentInjectId).toBe('triage');
    expect(ex.state.revealed.map((entry) => [entry.injectId, entry.activeMsAtReveal])).toEqual([
      ['alert', 0],
      ['triage', 12 * 60_000 + 1000],
    ]);
  });

  it('exercise.paused / resumed: pause time is taken out of the session clock', async () => {
    const ex = await started();
    await ex.wait(5).must(FACILITATOR, { type: 'exercise.pause' });
    expect(ex.state.status).toBe('paused');
    await ex.wait(30).must(FACILITATOR, { type: 'exercise.resume' });
    expect(ex.state.status).toBe('running');
    await ex.wait(5).must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
    const clock = ex.state.clock!;
    expect(clock.pausedMs).toBe(30 * 60_000 + 1000);
    expect(activeMs(clock, ex.state.revealed[1]!.revealedAt)).toBe(10 * 60_000 + 2000);
    expect(ex.state.revealed[1]!.activeMsAtReveal).toBe(10 * 60_000 + 2000);
  });

  it('timer.started / stopped: counts down on the current inject, pauses with the exercise, clears on the next reveal', async () => {
    const ex = await started();
    await ex.must(FACILITATOR, { type: 'timer.start', injectId: 'alert', durationSeconds: 600 });
    const startedAt = ex.state.timer!.clock.startedAt;
    await ex.wait(2).must(FACILITATOR, { type: 'exercise.pause' });
    await ex.wait(10).must(FACILITATOR, { type: 'exercise.resume' });
    const later = new Date(Date.parse(startedAt) + 15 * 60_000).toISOString();
    // 15 minutes on the wall, 10 m 1 s of it paused: 4 m 59 s used of 10 minutes.
    expect(timerRemainingMs(ex.state.timer!, later)).toBe(600_000 - (15 * 60_000 - (10 * 60_000 + 1000)));
    await ex.must(FACILITATOR, { type: 'timer.stop', injectId: 'alert' });
    expect(ex.state.timer?.clock.stoppedAt).not.toBeNull();
    await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
    expect(ex.state.timer).toBeNull();
  });

  it('vote.opened / vote.cast: one vote per participant, a later vote replaces the earlier', async () => {
    const ex = await atTriageVote();
    expect(ex.state.vote).toMatchObject({ injectId: 'triage', open: true, votes: [], tallyRevealed: false });
    await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back', comment: 'now' });
    await ex.must(BOB, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' });
    await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'keep-serving' });
    expect(ex.state.vote?.votes.map((vote) => [vote.name, vote.optionId, vote.comment])).toEqual([
      ['Alice', 'keep-serving', null],
      ['Bob', 'roll-back', null],
    ]);
  });

  it('vote.closed / vote.tally_revealed: closing keeps the votes; reopening hides the tally again', async () => {
    const ex = await atTriageVote();
    await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' });
    await ex.must(FACILITATOR, { type: 'vote.close', injectId: 'triage' });
    expect(ex.state.vote).toMatchObject({ open: false, tallyRevealed: false });
    await ex.must(FACILITATOR, { type: 'vote.reveal_tally', injectId: 'triage' });
    expect(ex.state.vote).toMatchObject({ open: false, tallyRevealed: true });
    await ex.must(FACILITATOR, { type: 'vote.open', injectId: 'triage' });
    expect(ex.state.vote).toMatchObject({ open: true, tallyRevealed: false, closedAt: null });
    expect(ex.state.vote?.votes).toHaveLength(1);
  });

  it('decision.recorded: keeps the tally at the time, closes the vote and decides the branch', async () => {
    const ex = await atTriageVote();
    await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' });
    await ex.must(BOB, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' });
    await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'Evidence first.' });
    expect(ex.state.vote).toBeNull();
    expect(ex.state.decisions).toEqual([
      expect.objectContaining({ injectId: 'triage', optionId: 'keep-serving', rationale: 'Evidence first.', tally: { 'roll-back': 2, 'keep-serving': 0 }, voteCount: 2, tallyRevealed: false, decidedBy: expect.objectContaining({ id: FACILITATOR.id }) }),
    ]);
    await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'quiet-drift' });
    expect(ex.state.revealed.map((entry) => entry.injectId)).toEqual(['alert', 'triage', 'quiet-drift']);
  });

  it('decision.recorded without a vote has no tally', async () => {
    const ex = await started();
    await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
    await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'roll-back', rationale: 'Obvious.' });
    expect(ex.state.decisions[0]).toMatchObject({ tally: null, voteCount: 0 });
  });

  it('note.added and action_item.added: kept with author, tag, links', async () => {
    const { state } = await TestExercise.played();
    expect(state.notes.map((note) => [note.author.name, note.tag, note.objectiveId, note.injectId])).toEqual([
      ['Fatima', 'strength', 'contain', 'triage'],
      ['Alice', 'gap', null, null],
      ['Olga', 'observation', null, null],
    ]);
    expect(state.actionItems).toEqual([expect.objectContaining({ text: 'Write the alias rollback runbook.', owner: 'Alice', dueDate: '2026-06-01', objectiveId: 'contain', author: expect.objectContaining({ id: FACILITATOR.id }) })]);
  });

  it('participant.removed: marks them removed and withdraws their vote from an open round', async () => {
    const ex = await atTriageVote();
    await ex.must(BOB, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' });
    await ex.must(FACILITATOR, { type: 'participant.remove', participantId: BOB.id });
    expect(ex.state.participants.find((p) => p.id === BOB.id)?.removedAt).not.toBeNull();
    expect(ex.state.vote?.votes).toEqual([]);
  });

  it('participant.role_changed: an observer loses the vote they had cast', async () => {
    const ex = await atTriageVote();
    await ex.must(BOB, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' });
    await ex.must(FACILITATOR, { type: 'participant.set_role', participantId: BOB.id, role: 'observer' });
    expect(ex.state.participants.find((p) => p.id === BOB.id)?.role).toBe('observer');
    expect(ex.state.vote?.votes).toEqual([]);
  });

  it('exercise.ended: stops the clocks and closes an open vote', async () => {
    const ex = await atTriageVote();
    await ex.must(FACILITATOR, { type: 'timer.start', injectId: 'triage', durationSeconds: 300 });
    await ex.wait(3).must(FACILITATOR, { type: 'exercise.end' });
    expect(ex.state).toMatchObject({ status: 'ended', endedAt: ex.events.at(-1)!.createdAt, vote: { open: false } });
    expect(ex.state.clock?.stoppedAt).toBe(ex.state.endedAt);
    expect(ex.state.timer?.clock.stoppedAt).toBe(ex.state.endedAt);
  });

  it('plays a whole session without a problem', async () => {
    const { state } = await TestExercise.played();
    expect(state.problems).toEqual([]);
    expect(state.revealed.map((entry) => entry.injectId)).toEqual(['alert', 'triage', 'rollback-fallout', 'disclosure', 'wrap-up']);
    expect(state.status).toBe('ended');
  });
});

/** A log with every event type, including removal, role change, timers and a pause. */
async function withEveryEvent(): Promise<TestExercise> {
  const ex = await atTriageVote();
  await ex.must(FACILITATOR, { type: 'timer.start', injectId: 'triage', durationSeconds: 300 });
  await ex.must(FACILITATOR, { type: 'exercise.pause' });
  await ex.must(ALICE, { type: 'note.add', text: 'During the pause.', tag: 'gap' });
  await ex.must(FACILITATOR, { type: 'exercise.resume' });
  await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' });
  await ex.must(BOB, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' });
  await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'keep-serving' });
  await ex.must(FACILITATOR, { type: 'participant.set_role', participantId: BOB.id, role: 'observer' });
  await ex.must(FACILITATOR, { type: 'participant.remove', participantId: ALICE.id });
  await ex.must(FACILITATOR, { type: 'timer.stop', injectId: 'triage' });
  await ex.must(FACILITATOR, { type: 'vote.close', injectId: 'triage' });
  await ex.must(FACILITATOR, { type: 'vote.reveal_tally', injectId: 'triage' });
  await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'roll-back', rationale: 'x' });
  await ex.must(FACILITATOR, { type: 'action_item.add', text: 'x', owner: 'y', dueDate: '2026-09-01' });
  await ex.must(FACILITATOR, { type: 'exercise.end' });
  return ex;
}

describe('reduceExercise, delivery', () => {
  it('is deterministic', async () => {
    const { events } = await TestExercise.played();
    expect(JSON.stringify(reduceExercise(testScenario, events))).toBe(JSON.stringify(reduceExercise(testScenario, events)));
  });

  it('applies each seq once when events are delivered twice', async () => {
    const { events, state } = await TestExercise.played();
    expect(reduceExercise(testScenario, [...events, ...events])).toEqual(state);
    expect(reduceExercise(testScenario, events.flatMap((event) => [event, event]))).toEqual(state);
  });

  it('sorts out-of-order delivery by seq', async () => {
    const { events, state } = await TestExercise.played();
    const shuffled = [...events].reverse();
    [shuffled[3], shuffled[9]] = [shuffled[9]!, shuffled[3]!];
    expect(reduceExercise(testScenario, shuffled)).toEqual(state);
  });

  it('the incremental applyEvent gives the same state as the whole fold, at every seq', async () => {
    const { events } = await TestExercise.played();
    let state = initialExerciseState(testScenario.id);
    for (const [index, event] of events.entries()) {
      state = applyEvent(state, testScenario, event);
      expect(state).toEqual(reduceExercise(testScenario, events.slice(0, index + 1)));
    }
  });

  it('applyEvent leaves the state it was given untouched, for every kind of event, and ignores a duplicate', async () => {
    for (const ex of [await TestExercise.played(), await withEveryEvent()]) {
      let state = initialExerciseState(testScenario.id);
      for (const event of ex.events) {
        const snapshot = JSON.stringify(state);
        const next = applyEvent(state, testScenario, event);
        expect(JSON.stringify(state), `applying seq ${event.seq} (${event.type}) changed the state it was given`).toBe(snapshot);
        expect(applyEvent(next, testScenario, event)).toEqual(next);
        state = next;
      }
    }
  });

  it('holds events that arrive after a missing one, reports the gap, and catches up when it comes', async () => {
    const { events, state } = await TestExercise.played();
    const missing = events[7]!;
    const withGap = reduceExercise(testScenario, events.filter((event) => event !== missing));
    expect(withGap.lastSeq).toBe(7);
    expect(withGap.gap).toEqual({ missingFrom: 8, heldUpTo: events.length });
    expect(withGap.pending).toHaveLength(events.length - 8);
    expect(withGap.revealed).toEqual(reduceExercise(testScenario, events.slice(0, 7)).revealed);
    expect(applyEvent(withGap, testScenario, missing)).toEqual(state);
  });

  it('live: an event ahead of its turn waits for the one before it', async () => {
    const { events } = await TestExercise.played();
    const upTo5 = reduceExercise(testScenario, events.slice(0, 5));
    const early = applyEvent(upTo5, testScenario, events[6]!);
    expect(early).toMatchObject({ lastSeq: 5, gap: { missingFrom: 6, heldUpTo: 7 } });
    expect(applyEvent(early, testScenario, events[6]!).pending).toHaveLength(1);
    expect(applyEvent(early, testScenario, events[5]!)).toEqual(reduceExercise(testScenario, events.slice(0, 7)));
  });
});

describe('reduceExercise, rows the rules refuse', () => {
  async function withRow(row: (ex: TestExercise) => Promise<StoredEvent>): Promise<{ ex: TestExercise; before: string }> {
    const ex = await atTriageVote();
    const before = JSON.stringify({ ...ex.state, problems: [], lastSeq: 0 });
    await row(ex);
    return { ex, before };
  }

  it.each([
    ['a reveal authored by a participant', (ex: TestExercise) => ex.append({ type: 'inject.revealed', actor: ALICE, payload: { injectId: 'rollback-fallout' } }), 'Only the facilitator can reveal injects.'],
    ['a reveal of a branch before the decision', (ex: TestExercise) => ex.append({ type: 'inject.revealed', actor: FACILITATOR, payload: { injectId: 'rollback-fallout' } }), 'Record the team\'s decision on "Version 42 has no training run" before revealing what follows.'],
    ['a vote from an observer', (ex: TestExercise) => ex.append({ type: 'vote.cast', actor: OLGA, payload: { injectId: 'triage', optionId: 'roll-back' } }), 'Observers cannot vote.'],
    ['a vote from someone who never joined', (ex: TestExercise) => ex.append({ type: 'vote.cast', actor: { ...ALICE, id: 'user-zed' }, payload: { injectId: 'triage', optionId: 'roll-back' } }), 'Join the exercise first.'],
    ['a vote for an option the decision does not have', (ex: TestExercise) => ex.append({ type: 'vote.cast', actor: ALICE, payload: { injectId: 'triage', optionId: 'panic' } }), '"panic" is not an option of this decision (options: roll-back, keep-serving).'],
    ['a join on behalf of someone else', (ex: TestExercise) => ex.append({ type: 'participant.joined', actor: { ...BOB, id: 'guest-zed' }, payload: { participantId: 'guest-mallory', kind: 'guest', name: 'Mallory', role: 'participant' } }), 'People join as themselves.'],
    ['a guest joining as a facilitator', (ex: TestExercise) => ex.append({ type: 'participant.joined', actor: { ...BOB, id: 'guest-zed' }, payload: { participantId: 'guest-zed', kind: 'guest', name: 'Zed', role: 'facilitator' } }), 'People join as themselves.'],
    ['a second start', (ex: TestExercise) => ex.append({ type: 'exercise.started', actor: FACILITATOR, payload: { scenarioId: testScenario.id, scenarioHash: 'a'.repeat(64), mode: 'team' } }), 'The exercise has already started.'],
  ])('records %s as a problem and applies nothing of it', async (_label, row, message) => {
    const { ex, before } = await withRow(row);
    expect(ex.state.problems).toEqual([{ seq: ex.events.length, type: ex.events.at(-1)!.type, message }]);
    expect(JSON.stringify({ ...ex.state, problems: [], lastSeq: 0 })).toBe(before);
    expect(ex.state.lastSeq).toBe(ex.events.length);
  });

  it('refuses anything after the end and keeps reading the log', async () => {
    const ex = await TestExercise.played();
    await ex.append({ type: 'note.added', actor: FACILITATOR, payload: { text: 'late', tag: 'gap' } });
    expect(ex.state.problems).toEqual([{ seq: ex.events.length, type: 'note.added', message: 'This exercise has ended: nothing more can be added to it.' }]);
    expect(ex.state.notes.map((note) => note.text)).not.toContain('late');
  });

  it('refuses a log played against another scenario', async () => {
    const ex = new TestExercise();
    await ex.append({ type: 'exercise.started', actor: FACILITATOR, payload: { scenarioId: 'other-scenario', scenarioHash: 'a'.repeat(64), mode: 'team' } });
    expect(ex.state.status).toBe('lobby');
    expect(ex.state.problems[0]?.message).toBe('This exercise plays "fixture-registry-poisoning", not "other-scenario".');
  });
});
