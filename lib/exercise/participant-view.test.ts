import { describe, expect, it } from 'vitest';
import { initialExerciseState } from './exercise-state';
import { findLeaks, secretsFor } from './leak-check';
import { participantEventSchema } from './participant-event-schema';
import { applyParticipantEvent, redactEventForParticipant } from './participant-stream';
import { viewForParticipant, type Viewer } from './participant-view';
import { reduceExercise } from './reduce-exercise';
import type { Actor } from './stored-event';
import { ALICE, BOB, FACILITATOR, OLGA, TestExercise } from './test-exercise';
import { testScenario } from './test-scenario';

const REX: Actor = { kind: 'guest', id: 'guest-rex', name: 'Rex', role: 'participant' };
const ZED: Actor = { kind: 'user', id: 'user-zed', name: 'Zed', role: 'participant' };
const VIEWERS: Viewer[] = [ALICE, BOB, OLGA, REX, ZED];

/** The other branch, with a removal, a role change, a pause, a timer, a reopened vote and a revealed tally. */
async function branchB(): Promise<TestExercise> {
  const ex = new TestExercise();
  await ex.must(ALICE, { type: 'participant.join', scenarioRole: 'security' });
  await ex.must(BOB, { type: 'participant.join' });
  await ex.must(REX, { type: 'participant.join' });
  await ex.must(OLGA, { type: 'participant.join' });
  await ex.must(FACILITATOR, { type: 'exercise.start' });
  await ex.must(REX, { type: 'note.add', text: 'Rex was here before removal.', tag: 'gap' });
  await ex.must(FACILITATOR, { type: 'participant.remove', participantId: REX.id });
  await ex.must(FACILITATOR, { type: 'timer.start', injectId: 'alert', durationSeconds: 600 });
  await ex.wait(4).must(FACILITATOR, { type: 'exercise.pause' });
  await ex.wait(10).must(FACILITATOR, { type: 'exercise.resume' });
  await ex.must(FACILITATOR, { type: 'timer.stop', injectId: 'alert' });
  await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
  await ex.must(FACILITATOR, { type: 'vote.open', injectId: 'triage' });
  await ex.must(BOB, { type: 'vote.cast', injectId: 'triage', optionId: 'keep-serving', comment: 'Bob thinks evidence matters.' });
  await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back', comment: 'Alice wants it gone.' });
  await ex.must(FACILITATOR, { type: 'vote.close', injectId: 'triage' });
  await ex.must(FACILITATOR, { type: 'vote.open', injectId: 'triage' });
  await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'keep-serving' });
  await ex.must(FACILITATOR, { type: 'participant.set_role', participantId: BOB.id, role: 'observer' });
  await ex.must(FACILITATOR, { type: 'vote.close', injectId: 'triage' });
  await ex.must(FACILITATOR, { type: 'vote.reveal_tally', injectId: 'triage' });
  await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'Watch it for an hour.' });
  await ex.must(FACILITATOR, { type: 'note.add', text: 'Fatima: nobody paged legal.', tag: 'gap', objectiveId: 'notify' });
  await ex.must(BOB, { type: 'note.add', text: 'Bob observed silence.', tag: 'observation', injectId: 'triage' });
  await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'quiet-drift' });
  await ex.must(FACILITATOR, { type: 'participant.set_role', participantId: BOB.id, role: 'participant' });
  await ex.must(FACILITATOR, { type: 'action_item.add', text: 'Page legal on any model incident.', owner: 'Counsel', dueDate: '2026-07-01', injectId: 'quiet-drift' });
  await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'disclosure' });
  await ex.must(FACILITATOR, { type: 'vote.open', injectId: 'disclosure' });
  await ex.must(ALICE, { type: 'vote.cast', injectId: 'disclosure', optionId: 'wait-for-facts' });
  await ex.must(FACILITATOR, { type: 'exercise.end' });
  return ex;
}

async function logs() {
  return { 'branch A': (await TestExercise.played()).events, 'branch B': (await branchB()).events };
}

describe('viewForParticipant and the participant stream never leak', () => {
  it('at every seq of both branches, for every kind of viewer, neither the view nor any stream event carries a secret', async () => {
    for (const [branch, events] of Object.entries(await logs())) {
      for (const viewer of VIEWERS) {
        let state = initialExerciseState(testScenario.id);
        for (const event of events) {
          state = reduceExercise(testScenario, events.slice(0, event.seq));
          const secrets = secretsFor(testScenario, state, viewer.id);
          const view = viewForParticipant(testScenario, state, viewer);
          expect(findLeaks(view, secrets), `${branch}, ${viewer.name}, view after seq ${event.seq} (${event.type})`).toEqual([]);
          const sent = redactEventForParticipant(testScenario, state, event, viewer);
          expect(findLeaks(sent, secrets), `${branch}, ${viewer.name}, stream event ${event.seq} (${event.type})`).toEqual([]);
        }
      }
    }
  });

  it('the leak check finds one leaked field (so the test above can fail)', async () => {
    const ex = await TestExercise.played();
    const view = viewForParticipant(testScenario, ex.state, ALICE);
    const secrets = secretsFor(testScenario, ex.state, ALICE.id);
    expect(findLeaks(view, secrets)).toEqual([]);
    const consequence = testScenario.injects[1]!.decision!.options[0]!.consequence;
    const leaked = { ...view, decisions: view.decisions.map((decision, i) => (i === 0 ? { ...decision, consequence } : decision)) };
    expect(findLeaks(leaked, secrets)).toEqual(['consequence of triage/roll-back', 'a field named consequence']);
    const withNotes = { ...view, injects: view.injects.map((inject) => ({ ...inject, notes: testScenario.injects[0]!.facilitatorNotes })) };
    expect(findLeaks(withNotes, secrets)).toEqual(['facilitatorNotes of alert']);
  });

  it('the leak check knows what the facilitator sees (it would catch the full state)', async () => {
    const ex = await TestExercise.played();
    const leaks = findLeaks({ scenario: testScenario, state: ex.state }, secretsFor(testScenario, ex.state, ALICE.id));
    expect(leaks).toEqual(expect.arrayContaining(['facilitatorNotes of alert', 'consequence of triage/keep-serving', 'id of unrevealed quiet-drift', "Fatima's note", "Olga's note"]));
  });
});

describe('the participant stream folds into the same view', () => {
  it('applyParticipantEvent over redacted events equals viewForParticipant at every seq, for every viewer', async () => {
    for (const [branch, events] of Object.entries(await logs())) {
      for (const viewer of VIEWERS) {
        let folded = viewForParticipant(testScenario, initialExerciseState(testScenario.id), viewer);
        for (const event of events) {
          const state = reduceExercise(testScenario, events.slice(0, event.seq));
          const sent = redactEventForParticipant(testScenario, state, event, viewer);
          if (sent) folded = applyParticipantEvent(folded, sent);
          expect(folded, `${branch}, ${viewer.name}, after seq ${event.seq} (${event.type})`).toEqual(viewForParticipant(testScenario, state, viewer));
        }
      }
    }
  });

  it('every event sent parses with participantEventSchema after a JSON round trip, unchanged', async () => {
    for (const events of Object.values(await logs())) {
      for (const viewer of VIEWERS) {
        for (const event of events) {
          const sent = redactEventForParticipant(testScenario, reduceExercise(testScenario, events.slice(0, event.seq)), event, viewer);
          if (!sent) continue;
          const wire: unknown = JSON.parse(JSON.stringify(sent));
          expect(participantEventSchema.parse(wire)).toEqual(sent);
        }
      }
    }
  });

  it('participantEventSchema refuses what the server never sends', async () => {
    const { events } = await TestExercise.played();
    const sent = redactEventForParticipant(testScenario, reduceExercise(testScenario, events.slice(0, 5)), events[4]!, ALICE)!;
    expect(participantEventSchema.safeParse(sent).success).toBe(true);
    expect(participantEventSchema.safeParse({ ...sent, payload: { ...sent.payload, facilitatorNotes: 'x' } }).success).toBe(false);
    expect(participantEventSchema.safeParse({ ...sent, type: 'inject.hidden' }).success).toBe(false);
  });

  it('an event delivered twice changes nothing the second time', async () => {
    const { events } = await branchB();
    let once = viewForParticipant(testScenario, initialExerciseState(testScenario.id), ALICE);
    let twice = once;
    for (const event of events) {
      const sent = redactEventForParticipant(testScenario, reduceExercise(testScenario, events.slice(0, event.seq)), event, ALICE);
      if (!sent) continue;
      once = applyParticipantEvent(once, sent);
      twice = applyParticipantEvent(applyParticipantEvent(twice, sent), sent);
    }
    expect(twice).toEqual(once);
  });
});

describe('what a participant sees, step by step', () => {
  async function at(seq: number, viewer: Viewer = ALICE) {
    const { events } = await TestExercise.played();
    const state = reduceExercise(testScenario, events.slice(0, seq));
    return { view: viewForParticipant(testScenario, state, viewer), json: JSON.stringify(viewForParticipant(testScenario, state, viewer)), events, state };
  }

  it('shows revealed injects with their artifacts and questions, in order', async () => {
    const { view } = await at(5);
    expect(view.injects.map((inject) => inject.id)).toEqual(['alert', 'triage']);
    expect(view.injects[0]).toEqual({
      id: 'alert',
      clock: 'T+00',
      title: 'An alias moved at 03:12',
      narrative: testScenario.injects[0]!.narrative,
      artifacts: [{ kind: 'registry', title: 'Alias history', source: 'mlflow.internal', body: 'fraud-scorer@production: v41 -> v42 (by svc-ci, 03:12Z)' }],
      questions: [{ text: 'Who can move a production alias, and how would you know?', role: 'mlops' }, { text: 'What do you check first?' }],
      revealedAt: expect.any(String),
    });
    expect(view.currentInjectId).toBe('triage');
  });

  it('shows the decision prompt and labels only once the vote opens', async () => {
    const prompt = testScenario.injects[1]!.decision!.prompt;
    const label = testScenario.injects[1]!.decision!.options[0]!.label;
    const before = await at(5);
    expect(before.json).not.toContain(prompt);
    expect(before.json).not.toContain(label);
    const open = await at(6);
    expect(open.view.vote).toEqual({
      injectId: 'triage',
      prompt,
      options: [
        { id: 'roll-back', label },
        { id: 'keep-serving', label: 'Keep v42 serving under watch' },
      ],
      open: true,
      myVote: null,
      tally: null,
    });
  });

  it('shows one’s own vote and comment, nobody else’s, and no tally before it is revealed', async () => {
    const alice = await at(8, ALICE);
    expect(alice.view.vote?.myVote).toEqual({ optionId: 'roll-back', comment: 'Stop the bleeding.' });
    expect(alice.view.vote?.tally).toBeNull();
    const bob = await at(8, BOB);
    expect(bob.view.vote?.myVote).toEqual({ optionId: 'keep-serving', comment: null });
    expect(bob.json).not.toContain('Stop the bleeding.');
    expect(JSON.stringify(bob.view.vote)).not.toContain(ALICE.id);
  });

  it('hides a closed vote until the tally is revealed, then shows counts only', async () => {
    expect((await at(9)).view.vote).toBeNull();
    const revealed = await at(10);
    expect(revealed.view.vote?.tally).toEqual([
      { optionId: 'roll-back', label: 'Move the alias back to v41 now', count: 1 },
      { optionId: 'keep-serving', label: 'Keep v42 serving under watch', count: 1 },
    ]);
    expect(revealed.view.vote?.open).toBe(false);
  });

  it('shows the recorded decision with its rationale, and the tally only if the room saw it', async () => {
    const { view } = await at(22);
    expect(view.decisions).toEqual([
      expect.objectContaining({ injectId: 'triage', optionLabel: 'Move the alias back to v41 now', rationale: 'Customer harm outweighs evidence.', tally: expect.any(Array) }),
      expect.objectContaining({ injectId: 'disclosure', optionLabel: 'Notify now with what we know', tally: null }),
    ]);
  });

  it('shows one’s own notes and every action item', async () => {
    const { view } = await at(22);
    expect(view.myNotes.map((note) => note.text)).toEqual(['We have no runbook for alias rollback.']);
    expect(view.actionItems.map((item) => [item.text, item.owner, item.dueDate])).toEqual([['Write the alias rollback runbook.', 'Alice', '2026-06-01']]);
    const olga = await at(22, OLGA);
    expect(olga.view.myNotes.map((note) => note.text)).toEqual(['Legal was not consulted.']);
    expect(olga.view.viewer.role).toBe('observer');
  });

  it('shows someone removed that they were removed, and nothing of the session', async () => {
    const { events } = await branchB();
    const state = reduceExercise(testScenario, events);
    const view = viewForParticipant(testScenario, state, REX);
    expect(view.viewer.removed).toBe(true);
    expect(view.status).toBe('ended');
    expect([view.injects, view.decisions, view.myNotes, view.actionItems, view.participants]).toEqual([[], [], [], [], []]);
    expect(view.vote).toBeNull();
  });
});

describe('redactEventForParticipant', () => {
  it('sends a vote only to the one who cast it', async () => {
    const { events } = await TestExercise.played();
    const vote = events.find((event) => event.type === 'vote.cast' && event.actor.id === ALICE.id)!;
    const state = reduceExercise(testScenario, events.slice(0, vote.seq));
    expect(redactEventForParticipant(testScenario, state, vote, ALICE)).toMatchObject({ type: 'vote.cast', payload: { optionId: 'roll-back', comment: 'Stop the bleeding.' } });
    expect(redactEventForParticipant(testScenario, state, vote, BOB)).toBeNull();
    expect(redactEventForParticipant(testScenario, state, vote, OLGA)).toBeNull();
  });

  it('sends nothing of a row the reducer refused', async () => {
    const ex = await TestExercise.played();
    const fresh = new TestExercise();
    for (const event of ex.events.slice(0, 4)) await fresh.append(event, event.clientId);
    const reveal = await fresh.append({ type: 'inject.revealed', actor: FACILITATOR, payload: { injectId: 'quiet-drift' } });
    expect(redactEventForParticipant(testScenario, fresh.state, reveal, ALICE)).toBeNull();
    const vote = await fresh.append({ type: 'vote.cast', actor: ALICE, payload: { injectId: 'alert', optionId: 'roll-back' } });
    expect(redactEventForParticipant(testScenario, fresh.state, vote, ALICE)).toBeNull();
    const timer = await fresh.append({ type: 'timer.started', actor: ALICE, payload: { injectId: 'alert', durationSeconds: 60 } });
    expect(redactEventForParticipant(testScenario, fresh.state, timer, ALICE)).toBeNull();
    expect(fresh.state.problems).toHaveLength(3);
  });

  it('sends someone removed nothing after their removal but whether the session runs', async () => {
    const { events } = await branchB();
    const removal = events.find((event) => event.type === 'participant.removed')!;
    const sent = events
      .filter((event) => event.seq >= removal.seq)
      .map((event) => redactEventForParticipant(testScenario, reduceExercise(testScenario, events.slice(0, event.seq)), event, REX))
      .filter((event) => event !== null);
    expect(sent.map((event) => event.type)).toEqual(['participant.removed', 'exercise.paused', 'exercise.resumed', 'exercise.ended']);
  });

  it('tells someone removed before the start only that it started', async () => {
    const ex = new TestExercise();
    await ex.must(REX, { type: 'participant.join' });
    await ex.must(FACILITATOR, { type: 'participant.remove', participantId: REX.id });
    const start = await ex.must(FACILITATOR, { type: 'exercise.start' });
    expect(redactEventForParticipant(testScenario, ex.state, start, REX)).toEqual({ type: 'exercise.started', seq: start.seq, createdAt: start.createdAt, payload: { mode: 'team', inject: null } });
  });
});
