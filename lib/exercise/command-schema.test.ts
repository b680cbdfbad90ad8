import { describe, expect, it } from 'vitest';
import { COMMAND_EVENTS, COMMAND_TYPES, parseCommand } from './command-schema';

const clientId = '0b0c7c62-3f6e-4d43-9a3e-2f1f3c1d9e11';

describe('parseCommand', () => {
  it('maps every command to an event', () => {
    expect([...COMMAND_TYPES].sort()).toEqual(Object.keys(COMMAND_EVENTS).sort());
  });

  it('parses a flat command and fills defaults', () => {
    expect(parseCommand({ type: 'exercise.start', clientId })).toEqual({ ok: true, command: { type: 'exercise.start', clientId, mode: 'team' } });
    expect(parseCommand({ type: 'note.add', clientId, text: '<b>x</b>', tag: 'gap' })).toEqual({ ok: true, command: { type: 'note.add', clientId, text: '<b>x</b>', tag: 'gap' } });
  });

  it('needs a uuid clientId', () => {
    expect(parseCommand({ type: 'exercise.pause' })).toEqual({ ok: false, status: 400, message: 'clientId: clientId must be a uuid' });
    expect(parseCommand({ type: 'exercise.pause', clientId: 'retry-1' })).toMatchObject({ ok: false, status: 400 });
  });

  it('names the field and the limit', () => {
    expect(parseCommand({ type: 'note.add', clientId, text: 'x'.repeat(100_000), tag: 'gap' })).toEqual({ ok: false, status: 400, message: 'text: must be at most 4000 characters (got 100000)' });
  });

  it('lists the command types when the type is unknown', () => {
    const result = parseCommand({ type: 'inject.delete', clientId });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^type must be one of: exercise\.start, .*participant\.set_role$/);
  });

  it('refuses fields the server fills: actor, seq, createdAt', () => {
    const result = parseCommand({ type: 'vote.cast', clientId, injectId: 'triage', optionId: 'roll-back', actor: { id: 'user-fatima', role: 'facilitator' } });
    expect(result).toMatchObject({ ok: false, status: 400 });
    expect(!result.ok && result.message).toContain('actor');
  });

  it('refuses a body that is not an object', () => {
    expect(parseCommand('exercise.start')).toMatchObject({ ok: false, status: 400 });
    expect(parseCommand(null)).toMatchObject({ ok: false, status: 400 });
  });
});
