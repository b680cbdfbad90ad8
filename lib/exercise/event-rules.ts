// Whether an event may happen in the current state, and if not, why, in words a person can act on.
// decideCommand refuses a command with this answer; the reducer records a log entry that fails it
// as a problem and skips it. One set of rules, so what the server accepts is what the reducer applies.
//
// Messages a participant can trigger never tell an unrevealed inject from one that does not exist.
import { mayAuthor, OBSERVER_NOTE_TAGS, type AuthorRole } from './event-authors';
import type { EventType } from './event-schema';
import type { ExerciseState, Participant } from './exercise-state';
import { findInject, findOption, nextStep } from './scenario-graph';
import type { Scenario } from './scenario-schema';
import type { Actor, EventDraft } from './stored-event';

export interface Refusal {
  status: 400 | 403 | 409;
  message: string;
}

const refuse = (status: Refusal['status'], message: string): Refusal => ({ status, message });

export function findParticipant(state: ExerciseState, id: string): Participant | undefined {
  return state.participants.find((participant) => participant.id === id);
}

/**
 * The role a person acts in: the facilitator by team membership; anyone else as the more
 * restricted of what their membership says and what the facilitator set in this exercise.
 */
export function actingRole(actor: Pick<Actor, 'role'>, participant: Participant | undefined): AuthorRole {
  if (actor.role === 'facilitator' || actor.role === 'system') return actor.role;
  return actor.role === 'observer' || participant?.role === 'observer' ? 'observer' : 'participant';
}

const ACTIONS: Record<EventType, string> = {
  'exercise.started': 'start the exercise',
  'exercise.paused': 'pause the exercise',
  'exercise.resumed': 'resume the exercise',
  'exercise.ended': 'end the exercise',
  'inject.revealed': 'reveal injects',
  'vote.opened': 'open a vote',
  'vote.cast': 'vote',
  'vote.closed': 'close a vote',
  'vote.tally_revealed': 'reveal the tally',
  'decision.recorded': "record the team's decision",
  'note.added': 'add notes',
  'action_item.added': 'add action items',
  'timer.started': 'start the timer',
  'timer.stopped': 'stop the timer',
  'participant.joined': 'join',
  'participant.removed': 'remove participants',
  'participant.role_changed': "change a participant's role",
};

function permissionRefusal(role: AuthorRole, type: EventType): Refusal {
  if (type === 'vote.cast' && role === 'facilitator') return refuse(403, 'The facilitator records the decision and does not vote.');
  if (type === 'vote.cast' && role === 'observer') return refuse(403, 'Observers cannot vote.');
  return refuse(403, `Only the facilitator can ${ACTIONS[type]}.`);
}

// What each status allows; everything else is refused with the status's reason.
const LOBBY: ReadonlySet<EventType> = new Set(['exercise.started', 'exercise.ended', 'participant.joined', 'participant.removed', 'participant.role_changed']);
const PAUSED: ReadonlySet<EventType> = new Set(['exercise.resumed', 'exercise.ended', 'note.added', 'action_item.added', 'participant.joined', 'participant.removed', 'participant.role_changed']);

const ENDED = refuse(409, 'This exercise has ended: nothing more can be added to it.');

function statusRefusal(state: ExerciseState, type: EventType): Refusal | null {
  switch (state.status) {
    case 'ended':
      return ENDED;
    case 'lobby':
      return LOBBY.has(type) ? null : refuse(409, 'The exercise has not started yet.');
    case 'paused':
      return PAUSED.has(type) ? null : refuse(409, 'The exercise is paused: resume it first.');
    case 'running':
      if (type === 'exercise.started') return refuse(409, 'The exercise has already started.');
      if (type === 'exercise.resumed') return refuse(409, 'The exercise is not paused.');
      return null;
  }
}

/** Who is acting, or why they may not act at all. */
function resolveRole(state: ExerciseState, draft: EventDraft): AuthorRole | Refusal {
  const { actor } = draft;
  if (actor.role === 'facilitator' || actor.role === 'system') return actor.role;
  const participant = findParticipant(state, actor.id);
  if (participant?.removedAt) return refuse(403, 'The facilitator removed you from this exercise.');
  if (draft.type === 'participant.joined') return actingRole(actor, participant);
  if (!participant) return refuse(403, 'Join the exercise first.');
  return actingRole(actor, participant);
}

function checkCurrentDecision(scenario: Scenario, state: ExerciseState, injectId: string): Refusal | null {
  if (!state.revealed.some((revealed) => revealed.injectId === injectId)) return refuse(409, 'That inject has not been revealed.');
  if (injectId !== state.currentInjectId) return refuse(409, 'That inject is no longer the current one.');
  if (!findInject(scenario, injectId)?.decision) return refuse(409, 'That inject has no decision point.');
  if (state.decisions.some((decision) => decision.injectId === injectId)) return refuse(409, 'The decision on that inject is already recorded.');
  return null;
}

function checkOption(scenario: Scenario, injectId: string, optionId: string): Refusal | null {
  const inject = findInject(scenario, injectId);
  if (findOption(inject, optionId)) return null;
  const options = inject?.decision?.options.map((option) => option.id).join(', ') ?? '';
  return refuse(400, `"${optionId}" is not an option of this decision (options: ${options}).`);
}

function checkAnnotation(scenario: Scenario, state: ExerciseState, links: { objectiveId?: string; injectId?: string }): Refusal | null {
  if (links.objectiveId !== undefined && !scenario.objectives.some((objective) => objective.id === links.objectiveId)) {
    return refuse(400, `"${links.objectiveId}" is not an objective of this scenario.`);
  }
  if (links.injectId !== undefined && !state.revealed.some((revealed) => revealed.injectId === links.injectId)) {
    return refuse(409, 'No revealed inject has that id.');
  }
  return null;
}

function checkTarget(state: ExerciseState, participantId: string): Participant | Refusal {
  const target = findParticipant(state, participantId);
  if (!target) return refuse(409, 'Nobody with that id has joined this exercise.');
  if (target.removedAt) return refuse(409, `${target.name} has already been removed.`);
  if (target.role === 'facilitator') return refuse(409, 'A facilitator cannot be removed or re-roled here; change their team role instead.');
  return target;
}

const isRefusal = (value: unknown): value is Refusal => typeof value === 'object' && value !== null && 'status' in value;

/** Null when `draft` may be appended to the log of `state`; otherwise why not. */
export function checkEvent(scenario: Scenario, state: ExerciseState, draft: EventDraft): Refusal | null {
  // An ended exercise refuses everyone alike; otherwise who you are comes before what state it is in.
  if (state.status === 'ended') return ENDED;
  const role = resolveRole(state, draft);
  if (isRefusal(role)) return role;
  if (!mayAuthor(role, draft.type)) return permissionRefusal(role, draft.type);
  return statusRefusal(state, draft.type) ?? checkPayload(scenario, state, draft, role);
}

function checkPayload(scenario: Scenario, state: ExerciseState, draft: EventDraft, role: AuthorRole): Refusal | null {
  switch (draft.type) {
    case 'exercise.started': {
      if (draft.payload.scenarioId !== scenario.id) return refuse(400, `This exercise plays "${scenario.id}", not "${draft.payload.scenarioId}".`);
      const others = state.participants.filter((participant) => participant.role !== 'facilitator' && !participant.removedAt);
      if (draft.payload.mode === 'solo' && others.length > 0) return refuse(409, 'Others have joined: start it as a team exercise, or remove them first.');
      return null;
    }
    case 'exercise.paused':
    case 'exercise.resumed':
    case 'exercise.ended':
      return null;
    case 'inject.revealed': {
      const { injectId } = draft.payload;
      if (state.revealed.some((revealed) => revealed.injectId === injectId)) return refuse(409, 'That inject has already been revealed.');
      const step = nextStep(scenario, state);
      if (step.kind === 'decide') return refuse(409, `Record the team's decision on "${findInject(scenario, step.injectId)?.title}" before revealing what follows.`);
      if (step.kind === 'end') return refuse(409, 'This is the last inject: end the exercise.');
      if (step.kind === 'reveal' && step.injectId !== injectId) {
        return refuse(409, `The next inject is "${findInject(scenario, step.injectId)?.title}" (${step.injectId}), not "${injectId}".`);
      }
      return step.kind === 'reveal' ? null : refuse(409, 'The exercise has not started yet.');
    }
    case 'vote.opened': {
      const { injectId } = draft.payload;
      const vote = state.vote;
      return checkCurrentDecision(scenario, state, injectId) ?? (vote?.open && vote.injectId === injectId ? refuse(409, 'A vote is already open on that inject.') : null);
    }
    case 'vote.cast': {
      const { injectId, optionId } = draft.payload;
      if (!(state.vote?.open && state.vote.injectId === injectId)) return refuse(409, 'No vote is open on that inject.');
      return checkOption(scenario, injectId, optionId);
    }
    case 'vote.closed':
      return state.vote?.open && state.vote.injectId === draft.payload.injectId ? null : refuse(409, 'No vote is open on that inject.');
    case 'vote.tally_revealed': {
      const vote = state.vote;
      if (!vote || vote.injectId !== draft.payload.injectId) return refuse(409, 'No vote has been held on that inject.');
      if (vote.open) return refuse(409, 'Close the vote before revealing the tally.');
      return vote.tallyRevealed ? refuse(409, 'The tally is already revealed.') : null;
    }
    case 'decision.recorded': {
      const { injectId, optionId } = draft.payload;
      return checkCurrentDecision(scenario, state, injectId) ?? checkOption(scenario, injectId, optionId);
    }
    case 'note.added':
      if (role === 'observer' && !OBSERVER_NOTE_TAGS.some((tag) => tag === draft.payload.tag)) {
        return refuse(403, 'Observers can add observations only (tag "observation").');
      }
      return checkAnnotation(scenario, state, draft.payload);
    case 'action_item.added':
      return checkAnnotation(scenario, state, draft.payload);
    case 'timer.started':
      return draft.payload.injectId === state.currentInjectId ? null : refuse(409, 'The timer runs on the current inject only.');
    case 'timer.stopped': {
      const timer = state.timer;
      return timer && timer.injectId === draft.payload.injectId && timer.clock.stoppedAt === null ? null : refuse(409, 'No timer is running on that inject.');
    }
    case 'participant.joined': {
      const { payload, actor } = draft;
      if (state.mode === 'solo') return refuse(409, 'Solo practice has no other participants.');
      if (findParticipant(state, actor.id)) return refuse(409, 'You have already joined this exercise.');
      if (payload.participantId !== actor.id || payload.kind !== actor.kind || payload.role !== role) return refuse(403, 'People join as themselves.');
      if (payload.scenarioRole !== undefined && !scenario.roles.some((scenarioRole) => scenarioRole.id === payload.scenarioRole)) {
        return refuse(400, `"${payload.scenarioRole}" is not a role in this scenario.`);
      }
      return null;
    }
    case 'participant.removed': {
      const target = checkTarget(state, draft.payload.participantId);
      return isRefusal(target) ? target : null;
    }
    case 'participant.role_changed': {
      const target = checkTarget(state, draft.payload.participantId);
      if (isRefusal(target)) return target;
      return target.role === draft.payload.role ? refuse(409, `${target.name} is already ${draft.payload.role === 'observer' ? 'an observer' : 'a participant'}.`) : null;
    }
  }
}
