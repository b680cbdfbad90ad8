import { describe, expect, it } from 'vitest';
import { connect, disconnect, presenceList } from './presence';
import { ALICE, BOB, FACILITATOR, TestExercise } from './test-exercise';

const alice = { id: ALICE.id, name: 'Alice', role: 'participant' as const };

describe('presence', () => {
  it('counts streams per person: closing one of two tabs keeps them connected', () => {
    const twoTabs = connect(connect([], alice), alice);
    expect(twoTabs).toEqual([{ ...alice, streams: 2 }]);
    expect(disconnect(twoTabs, ALICE.id)).toEqual([{ ...alice, streams: 1 }]);
    expect(disconnect(disconnect(twoTabs, ALICE.id), ALICE.id)).toEqual([]);
    expect(disconnect([], 'nobody')).toEqual([]);
  });

  it('never lists someone removed, even while their stream is still open', async () => {
    const ex = new TestExercise();
    await ex.must(ALICE, { type: 'participant.join' });
    await ex.must(BOB, { type: 'participant.join' });
    await ex.must(FACILITATOR, { type: 'participant.remove', participantId: BOB.id });
    const list = presenceList(ex.state, connect(connect([], alice), { id: BOB.id, name: 'Bob', role: 'participant' }));
    expect(list.map((entry) => [entry.name, entry.connected])).toEqual([['Alice', true]]);
  });
});
