import { describe, expect, it } from 'vitest';
import { storedEventSchema } from './stored-event';
import { TestExercise } from './test-exercise';

describe('storedEventSchema', () => {
  it('reads back every event of a played exercise after a JSON round trip', async () => {
    const { events } = await TestExercise.played();
    const roundTripped: unknown = JSON.parse(JSON.stringify(events));
    expect(Array.isArray(roundTripped) && roundTripped.map((row) => storedEventSchema.parse(row))).toEqual(events);
  });

  it('refuses a row whose payload does not fit its type, naming the field', async () => {
    const { events } = await TestExercise.played();
    const row = { ...events[4], payload: { injectId: 'triage', extra: 1 } };
    const result = storedEventSchema.safeParse(row);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['payload']);
    expect(result.error?.issues[0]?.message).toMatch(/extra/);
  });

  it.each([
    ['a bad hash', { hash: 'not-a-hash' }],
    ['seq 0', { seq: 0 }],
    ['an unknown actor kind', { actor: { kind: 'admin', id: 'x', name: 'x', role: 'facilitator' } }],
    ['a loose timestamp', { createdAt: 'yesterday' }],
    ['an extra column', { teamId: 'team-1' }],
  ])('refuses %s', async (_label, change) => {
    const { events } = await TestExercise.played();
    expect(storedEventSchema.safeParse({ ...events[0], ...change }).success).toBe(false);
  });
});
