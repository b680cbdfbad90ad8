import { describe, expect, it } from 'vitest';
import { authorizeActor } from './authorize-actor';
import { findLeaks, secretsFor } from './leak-check';
import { SOLO_START, viewForSoloPractice } from './solo-practice';
import { FACILITATOR, TestExercise } from './test-exercise';
import { testScenario } from './test-scenario';

// The solo player: a team member (not a facilitator) playing their own practice run.
const member = { kind: 'user' as const, id: 'user-sam', name: 'Sam', memberships: [{ teamId: 'team-1', role: 'member' as const }] };
const record = { id: 'exercise-1', teamId: 'team-1', mode: 'solo' as const, createdBy: 'user-sam', status: 'lobby' as const };

async function solo() {
  const authorized = authorizeActor(record, member);
  if (!authorized.ok) throw new Error(authorized.message);
  const ex = new TestExercise();
  await ex.must(authorized.actor, SOLO_START);
  return { ex, sam: authorized.actor };
}

describe('solo practice', () => {
  it('makes the one player the facilitator of their own run, on the same engine', async () => {
    const { ex, sam } = await solo();
    expect(sam.role).toBe('facilitator');
    expect(ex.state).toMatchObject({ status: 'running', mode: 'solo', currentInjectId: 'alert' });
  });

  it('shows the decision to make without its consequences, then the debrief once it is recorded', async () => {
    const { ex, sam } = await solo();
    await ex.must(sam, { type: 'inject.reveal', injectId: 'triage' });
    const before = viewForSoloPractice(testScenario, ex.state, sam);
    expect(before.pendingDecision).toEqual({
      injectId: 'triage',
      prompt: testScenario.injects[1]!.decision!.prompt,
      options: [
        { id: 'roll-back', label: 'Move the alias back to v41 now' },
        { id: 'keep-serving', label: 'Keep v42 serving under watch' },
      ],
    });
    expect(findLeaks(before, secretsFor(testScenario, ex.state, sam.id))).toEqual([]);

    await ex.must(sam, { type: 'decision.record', injectId: 'triage', optionId: 'keep-serving', rationale: 'I want evidence.' });
    const after = viewForSoloPractice(testScenario, ex.state, sam);
    expect(after.pendingDecision).toBeNull();
    expect(after.debriefs).toEqual([
      {
        injectId: 'triage',
        prompt: testScenario.injects[1]!.decision!.prompt,
        chosen: { optionId: 'keep-serving', label: 'Keep v42 serving under watch', consequence: testScenario.injects[1]!.decision!.options[1]!.consequence },
        others: [{ optionId: 'roll-back', label: 'Move the alias back to v41 now', consequence: testScenario.injects[1]!.decision!.options[0]!.consequence }],
        expectedActions: testScenario.injects[1]!.decision!.expectedActions,
        facilitatorNotes: testScenario.injects[1]!.facilitatorNotes,
        rationale: 'I want evidence.',
      },
    ]);
    // What follows the chosen branch stays hidden until it is revealed.
    expect(JSON.stringify(after)).not.toContain(testScenario.injects[3]!.narrative);
    expect(JSON.stringify(after)).not.toContain('disclosure');
  });

  it('keeps the rest of the team, and everyone else, out of someone’s solo run', () => {
    const colleague = { ...member, id: 'user-kim', name: 'Kim' };
    expect(authorizeActor(record, colleague)).toEqual({ ok: false, status: 403, message: 'This is someone else’s solo practice.' });
    expect(authorizeActor(record, { kind: 'guest', id: 'guest-1', name: 'G', exerciseId: record.id })).toEqual({ ok: false, status: 404, message: 'No exercise with that id.' });
  });

  it('has nobody to vote: the player records decisions directly', async () => {
    const { ex, sam } = await solo();
    await ex.must(sam, { type: 'inject.reveal', injectId: 'triage' });
    expect(await ex.run(sam, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' })).toMatchObject({ ok: false, status: 403 });
    expect(await ex.run(FACILITATOR, { type: 'decision.record', injectId: 'triage', optionId: 'roll-back', rationale: 'x' })).toMatchObject({ ok: true });
  });
});
