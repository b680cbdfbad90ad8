import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES } from './command-schema';
import { decideCommand } from './decide-command';
import type { Actor } from './stored-event';
import { ALICE, BOB, FACILITATOR, OLGA, SYSTEM, TestExercise, type TestCommand } from './test-exercise';
import { testScenario } from './test-scenario';

const REX: Actor = { kind: 'guest', id: 'guest-rex', name: 'Rex', role: 'participant' };
const ZED: Actor = { kind: 'user', id: 'user-zed', name: 'Zed', role: 'participant' };

type Scene = 'lobby' | 'lobby-empty' | 'running' | 'paused' | 'at-triage' | 'vote-open' | 'vote-closed' | 'timer-running';

/** Alice, Bob and Olga joined, Rex joined and was removed; then the exercise is brought to `scene`. */
async function scene(name: Scene): Promise<TestExercise> {
  const ex = new TestExercise();
  if (name !== 'lobby-empty') {
    await ex.must(ALICE, { type: 'participant.join' });
    await ex.must(BOB, { type: 'participant.join' });
    await ex.must(OLGA, { type: 'participant.join' });
  }
  await ex.must(REX, { type: 'participant.join' });
  await ex.must(FACILITATOR, { type: 'participant.remove', participantId: REX.id });
  if (name === 'lobby' || name === 'lobby-empty') return ex;
  await ex.must(FACILITATOR, { type: 'exercise.start' });
  if (name === 'paused') await ex.must(FACILITATOR, { type: 'exercise.pause' });
  if (name === 'timer-running') await ex.must(FACILITATOR, { type: 'timer.start', injectId: 'alert', durationSeconds: 300 });
  if (name === 'running' || name === 'paused' || name === 'timer-running') return ex;
  await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
  if (name === 'at-triage') return ex;
  await ex.must(FACILITATOR, { type: 'vote.open', injectId: 'triage' });
  if (name === 'vote-open') return ex;
  await ex.must(FACILITATOR, { type: 'vote.close', injectId: 'triage' });
  return ex;
}

const ACTORS = { facilitator: FACILITATOR, participant: ALICE, guest: BOB, observer: OLGA, removed: REX, outsider: ZED } as const;
type Who = keyof typeof ACTORS;
type Outcome = 'ok' | [403 | 409, string];

const REMOVED: Outcome = [403, 'The facilitator removed you from this exercise.'];
const NOT_JOINED: Outcome = [403, 'Join the exercise first.'];

/** Facilitator-only: everyone else is refused with the same sentence. */
function facilitatorOnly(action: string): Record<Who, Outcome> {
  const only: Outcome = [403, `Only the facilitator can ${action}.`];
  return { facilitator: 'ok', participant: only, guest: only, observer: only, removed: REMOVED, outsider: NOT_JOINED };
}

const TABLE: [TestCommand, Scene, Record<Who, Outcome>][] = [
  [{ type: 'exercise.start' }, 'lobby', facilitatorOnly('start the exercise')],
  [{ type: 'exercise.pause' }, 'running', facilitatorOnly('pause the exercise')],
  [{ type: 'exercise.resume' }, 'paused', facilitatorOnly('resume the exercise')],
  [{ type: 'exercise.end' }, 'running', facilitatorOnly('end the exercise')],
  [{ type: 'inject.reveal', injectId: 'triage' }, 'running', facilitatorOnly('reveal injects')],
  [{ type: 'vote.open', injectId: 'triage' }, 'at-triage', facilitatorOnly('open a vote')],
  [
    { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back', comment: 'Contain first.' },
    'vote-open',
    { facilitator: [403, 'The facilitator records the decision and does not vote.'], participant: 'ok', guest: 'ok', observer: [403, 'Observers cannot vote.'], removed: REMOVED, outsider: NOT_JOINED },
  ],
  [{ type: 'vote.close', injectId: 'triage' }, 'vote-open', facilitatorOnly('close a vote')],
  [{ type: 'vote.reveal_tally', injectId: 'triage' }, 'vote-closed', facilitatorOnly('reveal the tally')],
  [{ type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'Evidence first.' }, 'vote-closed', facilitatorOnly("record the team's decision")],
  [
    { type: 'note.add', text: 'Nobody asked for the audit log.', tag: 'gap', objectiveId: 'contain' },
    'running',
    { facilitator: 'ok', participant: 'ok', guest: 'ok', observer: [403, 'Observers can add observations only (tag "observation").'], removed: REMOVED, outsider: NOT_JOINED },
  ],
  [
    { type: 'note.add', text: 'Security spoke first.', tag: 'observation', injectId: 'alert' },
    'running',
    { facilitator: 'ok', participant: 'ok', guest: 'ok', observer: 'ok', removed: REMOVED, outsider: NOT_JOINED },
  ],
  [{ type: 'action_item.add', text: 'Write the runbook.', owner: 'Alice', dueDate: '2026-06-01' }, 'running', facilitatorOnly('add action items')],
  [{ type: 'timer.start', injectId: 'alert', durationSeconds: 600 }, 'running', facilitatorOnly('start the timer')],
  [{ type: 'timer.stop', injectId: 'alert' }, 'timer-running', facilitatorOnly('stop the timer')],
  [
    { type: 'participant.join', scenarioRole: 'legal' },
    'lobby-empty',
    { facilitator: 'ok', participant: 'ok', guest: 'ok', observer: 'ok', removed: REMOVED, outsider: 'ok' },
  ],
  [{ type: 'participant.remove', participantId: BOB.id }, 'running', facilitatorOnly('remove participants')],
  [{ type: 'participant.set_role', participantId: BOB.id, role: 'observer' }, 'running', facilitatorOnly("change a participant's role")],
];

describe('decideCommand: who may do what', () => {
  it('covers every command type', () => {
    expect(new Set(TABLE.map(([command]) => command.type))).toEqual(new Set(COMMAND_TYPES));
  });

  const cases = TABLE.flatMap(([command, where, outcomes]) => (Object.keys(ACTORS) as Who[]).map((who) => [command.type, who, command, where, outcomes[who]] as const));

  it.each(cases)('%s by the %s', async (_type, who, command, where, expected) => {
    const ex = await scene(where);
    const result = await ex.run(ACTORS[who], command);
    if (expected === 'ok') {
      expect(result).toMatchObject({ ok: true });
    } else {
      expect(result).toEqual({ ok: false, status: expected[0], message: expected[1] });
    }
  });

  it('the system may pause and end an abandoned exercise, and nothing else', async () => {
    const ex = await scene('running');
    expect(await ex.run(SYSTEM, { type: 'inject.reveal', injectId: 'triage' })).toMatchObject({ ok: false, status: 403 });
    expect(await ex.run(SYSTEM, { type: 'participant.join' })).toMatchObject({ ok: false, status: 403 });
    expect(await ex.run(SYSTEM, { type: 'exercise.pause' })).toMatchObject({ ok: true });
    expect(await ex.run(SYSTEM, { type: 'exercise.end' })).toMatchObject({ ok: true });
  });
});

describe('decideCommand: the event it makes', () => {
  it('fills the actor from the server, not the body', async () => {
    const ex = await scene('vote-open');
    const result = await ex.decide(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' });
    expect(result).toEqual({ ok: true, clientId: expect.any(String), event: { type: 'vote.cast', actor: ALICE, payload: { injectId: 'triage', optionId: 'roll-back' } } });
  });

  it('refuses a body that names its own actor', async () => {
    const ex = await scene('vote-open');
    expect(await ex.decide(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back', actor: FACILITATOR })).toMatchObject({ ok: false, status: 400 });
  });

  it('records the role someone acts in: a participant the facilitator made an observer acts as one', async () => {
    const ex = await scene('vote-open');
    await ex.must(FACILITATOR, { type: 'participant.set_role', participantId: BOB.id, role: 'observer' });
    expect(await ex.run(BOB, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' })).toEqual({ ok: false, status: 403, message: 'Observers cannot vote.' });
    const note = await ex.must(BOB, { type: 'note.add', text: 'Quiet room.', tag: 'observation' });
    expect(note.actor.role).toBe('observer');
  });

  it('keeps a team observer an observer even if the facilitator marks them participant', async () => {
    const ex = await scene('vote-open');
    await ex.must(FACILITATOR, { type: 'participant.set_role', participantId: OLGA.id, role: 'participant' });
    expect(await ex.run(OLGA, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' })).toEqual({ ok: false, status: 403, message: 'Observers cannot vote.' });
  });

  it('joins people with their own identity and the role they act in', async () => {
    const ex = await scene('lobby-empty');
    const joined = await ex.must(OLGA, { type: 'participant.join', scenarioRole: 'legal' });
    expect(joined.payload).toEqual({ participantId: OLGA.id, kind: 'user', name: 'Olga', role: 'observer', scenarioRole: 'legal' });
  });

  it('treats a blank optional field from a form as absent', async () => {
    const ex = await scene('vote-open');
    const cast = await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back', comment: '  ' });
    expect(cast.payload).toEqual({ injectId: 'triage', optionId: 'roll-back' });
    expect('comment' in cast.payload).toBe(false);
    const note = await ex.must(ALICE, { type: 'note.add', text: 'x', tag: 'gap', objectiveId: '', injectId: '' });
    expect(note.payload).toEqual({ text: 'x', tag: 'gap' });
  });

  it('throws on an actor the log could not hold (a server bug, not a user error)', async () => {
    const ex = await scene('running');
    const actor = { ...ALICE, name: 'A'.repeat(61) };
    expect(() => decideCommand({ scenario: testScenario, state: ex.state, actor }, { type: 'note.add', clientId: ex.nextClientId(), text: 'x', tag: 'gap' })).toThrow(/invalid actor \(name: must be at most 60/);
  });

  it('throws when the server forgets the scenario hash on start (a bug, not a user error)', async () => {
    const ex = await scene('lobby');
    expect(() => decideCommand({ scenario: testScenario, state: ex.state, actor: FACILITATOR }, { type: 'exercise.start', clientId: ex.nextClientId() })).toThrow(/scenario hash/);
  });
});

describe('decideCommand: state', () => {
  it.each(COMMAND_TYPES.map((type) => [type]))('refuses %s on an ended exercise', async (type) => {
    const ex = await TestExercise.played();
    const command = TABLE.find(([entry]) => entry.type === type)![0];
    for (const actor of [FACILITATOR, ALICE]) {
      expect(await ex.run(actor, command)).toEqual({ ok: false, status: 409, message: 'This exercise has ended: nothing more can be added to it.' });
    }
  });

  it.each([
    ['lobby', { type: 'inject.reveal', injectId: 'triage' }, 'The exercise has not started yet.'],
    ['lobby', { type: 'note.add', text: 'x', tag: 'gap' }, 'The exercise has not started yet.'],
    ['lobby', { type: 'exercise.pause' }, 'The exercise has not started yet.'],
    ['running', { type: 'exercise.start' }, 'The exercise has already started.'],
    ['running', { type: 'exercise.resume' }, 'The exercise is not paused.'],
    ['paused', { type: 'inject.reveal', injectId: 'triage' }, 'The exercise is paused: resume it first.'],
    ['paused', { type: 'timer.start', injectId: 'alert', durationSeconds: 60 }, 'The exercise is paused: resume it first.'],
    ['paused', { type: 'exercise.pause' }, 'The exercise is paused: resume it first.'],
  ] as const)('in the %s, refuses %j', async (where, command, message) => {
    const ex = await scene(where);
    expect(await ex.run(FACILITATOR, command)).toEqual({ ok: false, status: 409, message });
  });

  it('lets notes and action items through while paused', async () => {
    const ex = await scene('paused');
    expect(await ex.run(ALICE, { type: 'note.add', text: 'During the break: who owns svc-ci?', tag: 'gap' })).toMatchObject({ ok: true });
    expect(await ex.run(FACILITATOR, { type: 'action_item.add', text: 'Find the owner of svc-ci.', owner: 'Fatima', dueDate: '2026-05-11' })).toMatchObject({ ok: true });
  });
});

describe('decideCommand: the scenario graph', () => {
  it.each([
    ['skipping ahead', 'running', 'disclosure', 409, 'The next inject is "Version 42 has no training run" (triage), not "disclosure".'],
    ['a branch before the decision', 'at-triage', 'rollback-fallout', 409, 'Record the team\'s decision on "Version 42 has no training run" before revealing what follows.'],
    ['an inject already revealed', 'at-triage', 'alert', 409, 'That inject has already been revealed.'],
    ['an inject that does not exist', 'running', 'no-such-inject', 409, 'The next inject is "Version 42 has no training run" (triage), not "no-such-inject".'],
  ] as const)('refuses to reveal %s', async (_label, where, injectId, status, message) => {
    const ex = await scene(where);
    expect(await ex.run(FACILITATOR, { type: 'inject.reveal', injectId })).toEqual({ ok: false, status, message });
  });

  it('after a decision, reveals only the chosen option’s inject', async () => {
    const ex = await scene('at-triage');
    await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'Evidence first.' });
    expect(await ex.run(FACILITATOR, { type: 'inject.reveal', injectId: 'rollback-fallout' })).toMatchObject({ ok: false, status: 409, message: 'The next inject is "Approval rates drift" (quiet-drift), not "rollback-fallout".' });
    expect(await ex.run(FACILITATOR, { type: 'inject.reveal', injectId: 'quiet-drift' })).toMatchObject({ ok: true });
  });

  it('at an ending, only ending remains', async () => {
    const ex = await TestExercise.played();
    ex.events.pop();
    const before = new TestExercise();
    for (const event of ex.events) await before.append(event, event.clientId);
    expect(await before.run(FACILITATOR, { type: 'inject.reveal', injectId: 'alert' })).toMatchObject({ status: 409, message: 'That inject has already been revealed.' });
    expect(await before.run(FACILITATOR, { type: 'inject.reveal', injectId: 'quiet-drift' })).toMatchObject({ status: 409, message: 'This is the last inject: end the exercise.' });
  });

  it.each([
    ['an option the decision does not have', { injectId: 'triage', optionId: 'notify-now' }, 400, '"notify-now" is not an option of this decision (options: roll-back, keep-serving).'],
    ['an unrevealed decision', { injectId: 'disclosure', optionId: 'notify-now' }, 409, 'That inject has not been revealed.'],
    ['an inject with no decision', { injectId: 'alert', optionId: 'roll-back' }, 409, 'That inject is no longer the current one.'],
  ] as const)('refuses to record %s', async (_label, fields, status, message) => {
    const ex = await scene('at-triage');
    expect(await ex.run(FACILITATOR, { type: 'decision.record', rationale: 'Because.', ...fields })).toEqual({ ok: false, status, message });
  });

  it('refuses a decision on a linear inject and a second decision', async () => {
    const ex = await scene('running');
    expect(await ex.run(FACILITATOR, { type: 'decision.record', injectId: 'alert', optionId: 'roll-back', rationale: 'x' })).toEqual({ ok: false, status: 409, message: 'That inject has no decision point.' });
    await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
    await ex.must(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'roll-back', rationale: 'x' });
    expect(await ex.run(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'y' })).toEqual({ ok: false, status: 409, message: 'The decision on that inject is already recorded.' });
    expect(await ex.run(FACILITATOR, { type: 'vote.open', injectId: 'triage' })).toEqual({ ok: false, status: 409, message: 'The decision on that inject is already recorded.' });
  });

  it('refuses a vote on an unrevealed decision with the same words as on one that does not exist', async () => {
    const ex = await scene('vote-open');
    const unrevealed = await ex.run(ALICE, { type: 'vote.cast', injectId: 'disclosure', optionId: 'notify-now' });
    const missing = await ex.run(ALICE, { type: 'vote.cast', injectId: 'no-such-inject', optionId: 'notify-now' });
    expect(unrevealed).toEqual({ ok: false, status: 409, message: 'No vote is open on that inject.' });
    expect(missing).toEqual(unrevealed);
  });

  it('refuses votes once the vote closes, and a second open, and an early tally', async () => {
    const ex = await scene('vote-open');
    expect(await ex.run(FACILITATOR, { type: 'vote.open', injectId: 'triage' })).toEqual({ ok: false, status: 409, message: 'A vote is already open on that inject.' });
    expect(await ex.run(FACILITATOR, { type: 'vote.reveal_tally', injectId: 'triage' })).toEqual({ ok: false, status: 409, message: 'Close the vote before revealing the tally.' });
    await ex.must(FACILITATOR, { type: 'vote.close', injectId: 'triage' });
    expect(await ex.run(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' })).toEqual({ ok: false, status: 409, message: 'No vote is open on that inject.' });
    await ex.must(FACILITATOR, { type: 'vote.reveal_tally', injectId: 'triage' });
    expect(await ex.run(FACILITATOR, { type: 'vote.reveal_tally', injectId: 'triage' })).toEqual({ ok: false, status: 409, message: 'The tally is already revealed.' });
  });

  it('refuses a vote when none is open', async () => {
    const ex = await scene('at-triage');
    expect(await ex.run(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' })).toEqual({ ok: false, status: 409, message: 'No vote is open on that inject.' });
  });

  it('lets a participant change their vote while it is open', async () => {
    const ex = await scene('vote-open');
    await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' });
    await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'keep-serving', comment: 'Changed my mind.' });
    expect(ex.state.vote?.votes).toEqual([expect.objectContaining({ participantId: ALICE.id, optionId: 'keep-serving', comment: 'Changed my mind.' })]);
  });

  it('runs the timer on the current inject only', async () => {
    const ex = await scene('at-triage');
    expect(await ex.run(FACILITATOR, { type: 'timer.start', injectId: 'alert', durationSeconds: 60 })).toEqual({ ok: false, status: 409, message: 'The timer runs on the current inject only.' });
    expect(await ex.run(FACILITATOR, { type: 'timer.stop', injectId: 'triage' })).toEqual({ ok: false, status: 409, message: 'No timer is running on that inject.' });
  });
});

describe('decideCommand: notes, people and text', () => {
  it.each([
    ['an unknown objective', { objectiveId: 'world-peace' }, 400, '"world-peace" is not an objective of this scenario.'],
    ['an unrevealed inject', { injectId: 'disclosure' }, 409, 'No revealed inject has that id.'],
    ['an inject that does not exist', { injectId: 'no-such-inject' }, 409, 'No revealed inject has that id.'],
  ] as const)('refuses a note tied to %s', async (_label, link, status, message) => {
    const ex = await scene('running');
    expect(await ex.run(ALICE, { type: 'note.add', text: 'x', tag: 'gap', ...link })).toEqual({ ok: false, status, message });
  });

  it('stores hostile text verbatim when it is only text', async () => {
    const ex = await scene('running');
    const text = '<img src=x onerror=alert(1)> \'; DELETE FROM events; -- **bold**';
    const note = await ex.must(ALICE, { type: 'note.add', text, tag: 'gap' });
    expect(note.payload).toEqual({ text, tag: 'gap' });
  });

  it.each([
    ['a 100 kB note', 'x'.repeat(100_000), 'text: must be at most 4000 characters (got 100000)'],
    ['a control character', 'ring\u0007', 'text: must not contain control characters (found U+0007)'],
    ['a direction override', 'pay \u202Eevil', 'text: must not contain text-direction override characters (found U+202E)'],
  ])('refuses %s with a clear message', async (_label, text, message) => {
    const ex = await scene('running');
    expect(await ex.run(ALICE, { type: 'note.add', text, tag: 'gap' })).toEqual({ ok: false, status: 400, message });
  });

  it('refuses an action item with an impossible due date or an overlong owner', async () => {
    const ex = await scene('running');
    expect(await ex.run(FACILITATOR, { type: 'action_item.add', text: 'x', owner: 'Ann', dueDate: '2026-02-30' })).toEqual({ ok: false, status: 400, message: 'dueDate: must be a real calendar date' });
    expect(await ex.run(FACILITATOR, { type: 'action_item.add', text: 'x', owner: 'A'.repeat(121), dueDate: '2026-03-01' })).toEqual({ ok: false, status: 400, message: 'owner: must be at most 120 characters (got 121)' });
  });

  it('refuses joining twice, an unknown scenario role, and joining a solo practice', async () => {
    const ex = await scene('lobby');
    expect(await ex.run(ALICE, { type: 'participant.join' })).toEqual({ ok: false, status: 409, message: 'You have already joined this exercise.' });
    expect(await ex.run(ZED, { type: 'participant.join', scenarioRole: 'ceo' })).toEqual({ ok: false, status: 400, message: '"ceo" is not a role in this scenario.' });
    const solo = new TestExercise();
    await solo.must(FACILITATOR, { type: 'exercise.start', mode: 'solo' });
    expect(await solo.run(ZED, { type: 'participant.join' })).toEqual({ ok: false, status: 409, message: 'Solo practice has no other participants.' });
  });

  it('refuses to start solo practice when others have joined', async () => {
    const ex = await scene('lobby');
    expect(await ex.run(FACILITATOR, { type: 'exercise.start', mode: 'solo' })).toEqual({ ok: false, status: 409, message: 'Others have joined: start it as a team exercise, or remove them first.' });
  });

  it('refuses to remove a facilitator, someone already removed, or nobody', async () => {
    const ex = await scene('running');
    await ex.must(FACILITATOR, { type: 'participant.join' });
    expect(await ex.run(FACILITATOR, { type: 'participant.remove', participantId: FACILITATOR.id })).toMatchObject({ ok: false, status: 409, message: 'A facilitator cannot be removed or re-roled here; change their team role instead.' });
    expect(await ex.run(FACILITATOR, { type: 'participant.remove', participantId: REX.id })).toEqual({ ok: false, status: 409, message: 'Rex has already been removed.' });
    expect(await ex.run(FACILITATOR, { type: 'participant.remove', participantId: 'nobody' })).toEqual({ ok: false, status: 409, message: 'Nobody with that id has joined this exercise.' });
    expect(await ex.run(FACILITATOR, { type: 'participant.set_role', participantId: OLGA.id, role: 'observer' })).toEqual({ ok: false, status: 409, message: 'Olga is already an observer.' });
  });

  it('a removed guest cannot come back', async () => {
    const ex = await scene('running');
    expect(await ex.run(REX, { type: 'participant.join' })).toEqual({ ok: false, status: 403, message: 'The facilitator removed you from this exercise.' });
    expect(await ex.run(REX, { type: 'note.add', text: 'let me in', tag: 'gap' })).toEqual({ ok: false, status: 403, message: 'The facilitator removed you from this exercise.' });
  });
});
