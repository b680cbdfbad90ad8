// The "authorize" step of the write path (and of every read): who the caller is in this exercise,
// from their team membership or their join capability, before any command is looked at. The server
// authenticates (session cookie, or the guest's join cookie naming one exercise) and loads the
// exercise row; this decides. Another team's exercise answers 404, as if it did not exist.
import type { ExerciseMode } from './event-schema';
import type { Actor } from './stored-event';

export type TeamRole = 'owner' | 'facilitator' | 'member' | 'observer';

export type Identity =
  | { kind: 'user'; id: string; name: string; memberships: readonly { teamId: string; role: TeamRole }[] }
  /** A guest holds a capability for one exercise, issued when they entered its join code. */
  | { kind: 'guest'; id: string; name: string; exerciseId: string };

export interface ExerciseRecord {
  id: string;
  teamId: string;
  mode: ExerciseMode;
  /** Who created it: in solo practice, the one person who plays. */
  createdBy: string;
  status: 'lobby' | 'running' | 'paused' | 'ended';
}

const NOT_FOUND = { status: 404, message: 'No exercise with that id.' } as const;

const ROLE_OF: Record<TeamRole, Actor['role']> = { owner: 'facilitator', facilitator: 'facilitator', member: 'participant', observer: 'observer' };

export type ActorResult = { ok: true; actor: Actor } | { ok: false; status: 403 | 404; message: string };

export function authorizeActor(exercise: ExerciseRecord, identity: Identity): ActorResult {
  if (identity.kind === 'guest') {
    if (identity.exerciseId !== exercise.id || exercise.mode === 'solo') return { ok: false, ...NOT_FOUND };
    return { ok: true, actor: { kind: 'guest', id: identity.id, name: identity.name, role: 'participant' } };
  }
  const membership = identity.memberships.find((entry) => entry.teamId === exercise.teamId);
  if (!membership) return { ok: false, ...NOT_FOUND };
  if (exercise.mode === 'solo') {
    // Solo practice belongs to the one who plays it, whatever their team role.
    if (identity.id !== exercise.createdBy) return { ok: false, status: 403, message: 'This is someone else’s solo practice.' };
    return { ok: true, actor: { kind: 'user', id: identity.id, name: identity.name, role: 'facilitator' } };
  }
  return { ok: true, actor: { kind: 'user', id: identity.id, name: identity.name, role: ROLE_OF[membership.role] } };
}
