import { describe, expect, it } from 'vitest';
import { authorizeActor, type ExerciseRecord, type Identity, type TeamRole } from './authorize-actor';

const exercise: ExerciseRecord = { id: 'exercise-1', teamId: 'team-1', mode: 'team', createdBy: 'user-fatima', status: 'running' };
const user = (role: TeamRole, teamId = 'team-1'): Identity => ({ kind: 'user', id: 'user-1', name: 'Ann', memberships: [{ teamId: 'team-9', role: 'owner' }, { teamId, role }] });

describe('authorizeActor', () => {
  it.each([
    ['owner', 'facilitator'],
    ['facilitator', 'facilitator'],
    ['member', 'participant'],
    ['observer', 'observer'],
  ] as const)('a team %s acts as %s', (teamRole, role) => {
    expect(authorizeActor(exercise, user(teamRole))).toEqual({ ok: true, actor: { kind: 'user', id: 'user-1', name: 'Ann', role } });
  });

  it('refuses a member of another team as if the exercise did not exist, whatever their role there', () => {
    expect(authorizeActor(exercise, user('owner', 'team-2'))).toEqual({ ok: false, status: 404, message: 'No exercise with that id.' });
  });

  it('lets a guest act only in the exercise their join capability names', () => {
    expect(authorizeActor(exercise, { kind: 'guest', id: 'guest-1', name: 'Gus', exerciseId: 'exercise-1' })).toEqual({ ok: true, actor: { kind: 'guest', id: 'guest-1', name: 'Gus', role: 'participant' } });
    expect(authorizeActor(exercise, { kind: 'guest', id: 'guest-1', name: 'Gus', exerciseId: 'exercise-2' })).toEqual({ ok: false, status: 404, message: 'No exercise with that id.' });
  });
});
