import { describe, expect, it } from 'vitest';
import { checkRetry } from './idempotency';
import { ALICE, BOB, FACILITATOR, TestExercise } from './test-exercise';

describe('checkRetry', () => {
  it('answers a retry with the stored event even when deciding again would now refuse it', async () => {
    const ex = new TestExercise();
    await ex.must(ALICE, { type: 'participant.join' });
    await ex.must(FACILITATOR, { type: 'exercise.start' });
    await ex.must(FACILITATOR, { type: 'inject.reveal', injectId: 'triage' });
    await ex.must(FACILITATOR, { type: 'vote.open', injectId: 'triage' });
    const cast = await ex.must(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' });
    await ex.must(FACILITATOR, { type: 'vote.close', injectId: 'triage' });
    const retry = { type: 'vote.cast' as const, clientId: cast.clientId };
    expect(checkRetry(cast, retry, ALICE.id)).toEqual({ kind: 'replay', event: cast });
    // Deciding it afresh would be refused: that is why the lookup comes first.
    expect(await ex.decide(ALICE, { type: 'vote.cast', injectId: 'triage', optionId: 'roll-back' })).toMatchObject({ ok: false, status: 409 });
  });

  it('treats an unknown clientId as new', () => {
    expect(checkRetry(undefined, { type: 'note.add', clientId: '00000000-0000-4000-8000-000000000001' }, ALICE.id)).toEqual({ kind: 'new' });
  });

  it('refuses a clientId reused by someone else or for another command', async () => {
    const ex = new TestExercise();
    const joined = await ex.must(ALICE, { type: 'participant.join' });
    expect(checkRetry(joined, { type: 'participant.join', clientId: joined.clientId }, BOB.id)).toMatchObject({ kind: 'conflict', status: 409 });
    expect(checkRetry(joined, { type: 'note.add', clientId: joined.clientId }, ALICE.id)).toMatchObject({ kind: 'conflict', status: 409 });
  });
});
