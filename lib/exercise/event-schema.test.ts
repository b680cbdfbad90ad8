import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, eventBodySchema, eventPayloadSchemas } from './event-schema';

describe('event schemas', () => {
  it('has one member of the union per payload schema, and the types the issue names', () => {
    expect([...EVENT_TYPES].sort()).toEqual(Object.keys(eventPayloadSchemas).sort());
    for (const type of ['exercise.started', 'inject.revealed', 'vote.opened', 'vote.cast', 'vote.closed', 'decision.recorded', 'note.added', 'action_item.added', 'timer.started', 'timer.stopped', 'participant.joined', 'participant.removed', 'exercise.paused', 'exercise.resumed', 'exercise.ended']) {
      expect(EVENT_TYPES).toContain(type);
    }
  });

  it('parses a body by its type', () => {
    expect(eventBodySchema.parse({ type: 'vote.cast', payload: { injectId: 'triage', optionId: 'roll-back' } })).toEqual({ type: 'vote.cast', payload: { injectId: 'triage', optionId: 'roll-back' } });
  });

  it('refuses a payload that belongs to another type', () => {
    expect(eventBodySchema.safeParse({ type: 'vote.cast', payload: { injectId: 'triage' } }).success).toBe(false);
    expect(eventBodySchema.safeParse({ type: 'inject.revealed', payload: { injectId: 'triage', optionId: 'roll-back' } }).success).toBe(false);
  });

  it('refuses an unknown type', () => {
    expect(eventBodySchema.safeParse({ type: 'inject.deleted', payload: {} }).success).toBe(false);
  });

  it.each([
    ['note.added', { text: 'x'.repeat(4001), tag: 'gap' }, ['payload', 'text']],
    ['note.added', { text: 'ok', tag: 'opinion' }, ['payload', 'tag']],
    ['decision.recorded', { injectId: 'triage', optionId: 'roll-back', rationale: 'x'.repeat(2001) }, ['payload', 'rationale']],
    ['vote.cast', { injectId: 'triage', optionId: 'roll-back', comment: 'x'.repeat(501) }, ['payload', 'comment']],
    ['action_item.added', { text: 'Fix', owner: 'Ann', dueDate: '2026-02-30' }, ['payload', 'dueDate']],
    ['action_item.added', { text: 'Fix', owner: 'x'.repeat(121), dueDate: '2026-03-01' }, ['payload', 'owner']],
    ['timer.started', { injectId: 'triage', durationSeconds: 5 }, ['payload', 'durationSeconds']],
    ['timer.started', { injectId: 'triage', durationSeconds: 99999 }, ['payload', 'durationSeconds']],
    ['inject.revealed', { injectId: 'Triage; DROP' }, ['payload', 'injectId']],
    ['participant.joined', { participantId: 'g-1', kind: 'guest', name: 'Eve\u202E', role: 'participant' }, ['payload', 'name']],
    ['participant.joined', { participantId: 'g-1', kind: 'system', name: 'Eve', role: 'participant' }, ['payload', 'kind']],
    ['exercise.started', { scenarioId: 'x', scenarioHash: 'abc', mode: 'team' }, ['payload', 'scenarioHash']],
    ['exercise.paused', { reason: 'lunch' }, ['payload']],
  ])('bounds %s payloads: %j', (type, payload, path) => {
    const result = eventBodySchema.safeParse({ type, payload });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });
});
