// The live stream a participant or observer receives. A participant's browser never holds the
// scenario (it would hold the consequences and the graph), so it cannot run the full reducer:
// instead each stored event becomes a participant event carrying the public content it reveals,
// or nothing, and applyParticipantEvent folds those into the same ParticipantView that
// viewForParticipant builds on the server (the tests hold the two to agreement at every seq).
//
// Server use: keep the state after each event; for each viewer send
// redactEventForParticipant(scenario, stateAfter, event, viewer) when it is not null. On (re)connect,
// send viewForParticipant(...) as a snapshot and continue with live events.
import type { AuthorRole } from './event-authors';
import { actingRole, findParticipant } from './event-rules';
import type { ExerciseState } from './exercise-state';
import type { ExerciseMode } from './event-schema';
import {
  participantDecision,
  participantVote,
  publicInject,
  type MyVote,
  type ParticipantDecision,
  type ParticipantView,
  type PublicActionItem,
  type PublicInject,
  type PublicNote,
  type PublicOption,
  type PublicParticipant,
  type TallyRow,
  type Viewer,
} from './participant-view';
import { pauseClock, resumeClock, startClock, stopClock } from './scenario-clock';
import { findInject } from './scenario-graph';
import type { Scenario } from './scenario-schema';
import type { StoredEvent } from './stored-event';

type Body =
  /** `inject` is null for someone removed before the start: they learn the status, nothing more. */
  | { type: 'exercise.started'; payload: { mode: ExerciseMode; inject: PublicInject | null } }
  | { type: 'exercise.paused' | 'exercise.resumed' | 'exercise.ended'; payload: Record<string, never> }
  | { type: 'inject.revealed'; payload: { inject: PublicInject } }
  | { type: 'vote.opened'; payload: { injectId: string; prompt: string; options: PublicOption[]; myVote: MyVote | null } }
  | { type: 'vote.cast'; payload: { injectId: string } & MyVote }
  | { type: 'vote.closed'; payload: { injectId: string } }
  | { type: 'vote.tally_revealed'; payload: { injectId: string; prompt: string; options: PublicOption[]; myVote: MyVote | null; tally: TallyRow[] } }
  | { type: 'decision.recorded'; payload: { decision: ParticipantDecision } }
  | { type: 'note.added'; payload: { note: PublicNote } }
  | { type: 'action_item.added'; payload: { item: PublicActionItem } }
  | { type: 'timer.started'; payload: { injectId: string; durationSeconds: number } }
  | { type: 'timer.stopped'; payload: { injectId: string } }
  | { type: 'participant.joined'; payload: { participant: PublicParticipant } }
  | { type: 'participant.removed'; payload: { participantId: string } }
  /** `viewerRole`: the role the viewer now acts in, sent only about the viewer themselves. */
  | { type: 'participant.role_changed'; payload: { participantId: string; role: 'participant' | 'observer'; viewerRole?: AuthorRole } };

export type ParticipantEvent = Body & { seq: number; createdAt: string };

/**
 * What `viewer` may receive of `event`, given `stateAfter` (the state with this event applied), or
 * null: someone else's vote or note, anything the reducer refused, anything once the viewer is removed.
 */
export function redactEventForParticipant(scenario: Scenario, stateAfter: ExerciseState, event: StoredEvent, viewer: Viewer): ParticipantEvent | null {
  if (stateAfter.problems.some((problem) => problem.seq === event.seq)) return null;
  const self = findParticipant(stateAfter, viewer.id);
  const removedNow = event.type === 'participant.removed' && event.payload.participantId === viewer.id;
  const body = self?.removedAt != null && !removedNow ? statusOnly(event) : redactBody(scenario, stateAfter, event, viewer);
  return body && { ...body, seq: event.seq, createdAt: event.createdAt };
}

/** What someone removed still learns: whether the session runs, is paused or has ended. */
function statusOnly(event: StoredEvent): Body | null {
  switch (event.type) {
    case 'exercise.started':
      return { type: event.type, payload: { mode: event.payload.mode, inject: null } };
    case 'exercise.paused':
    case 'exercise.resumed':
    case 'exercise.ended':
      return { type: event.type, payload: {} };
    default:
      return null;
  }
}

function revealedInject(scenario: Scenario, state: ExerciseState, event: StoredEvent): PublicInject | null {
  const revealed = state.revealed.find((entry) => entry.seq === event.seq);
  const inject = revealed && findInject(scenario, revealed.injectId);
  return inject ? publicInject(inject, revealed.revealedAt) : null;
}

function redactBody(scenario: Scenario, state: ExerciseState, event: StoredEvent, viewer: Viewer): Body | null {
  switch (event.type) {
    case 'exercise.started': {
      const inject = revealedInject(scenario, state, event);
      return inject && { type: event.type, payload: { mode: event.payload.mode, inject } };
    }
    case 'exercise.paused':
    case 'exercise.resumed':
    case 'exercise.ended':
      return { type: event.type, payload: {} };
    case 'inject.revealed': {
      const inject = revealedInject(scenario, state, event);
      return inject && { type: event.type, payload: { inject } };
    }
    case 'vote.opened': {
      const vote = participantVote(scenario, state.vote, viewer.id);
      return vote && { type: event.type, payload: { injectId: vote.injectId, prompt: vote.prompt, options: vote.options, myVote: vote.myVote } };
    }
    case 'vote.cast':
      if (event.actor.id !== viewer.id) return null;
      return { type: event.type, payload: { injectId: event.payload.injectId, optionId: event.payload.optionId, comment: event.payload.comment ?? null } };
    case 'vote.closed':
      return { type: event.type, payload: { injectId: event.payload.injectId } };
    case 'vote.tally_revealed': {
      const vote = participantVote(scenario, state.vote, viewer.id);
      if (!vote?.tally) return null;
      return { type: event.type, payload: { injectId: vote.injectId, prompt: vote.prompt, options: vote.options, myVote: vote.myVote, tally: vote.tally } };
    }
    case 'decision.recorded': {
      const decision = state.decisions.find((entry) => entry.seq === event.seq);
      return decision ? { type: event.type, payload: { decision: participantDecision(scenario, decision) } } : null;
    }
    case 'note.added': {
      if (event.actor.id !== viewer.id) return null;
      const note = state.notes.find((entry) => entry.seq === event.seq);
      if (!note) return null;
      const { seq, text, tag, objectiveId, injectId, createdAt } = note;
      return { type: event.type, payload: { note: { seq, text, tag, objectiveId, injectId, createdAt } } };
    }
    case 'action_item.added': {
      const item = state.actionItems.find((entry) => entry.seq === event.seq);
      if (!item) return null;
      const { seq, text, owner, dueDate, objectiveId, injectId, createdAt } = item;
      return { type: event.type, payload: { item: { seq, text, owner, dueDate, objectiveId, injectId, createdAt } } };
    }
    case 'timer.started':
      return { type: event.type, payload: { injectId: event.payload.injectId, durationSeconds: event.payload.durationSeconds } };
    case 'timer.stopped':
      return { type: event.type, payload: { injectId: event.payload.injectId } };
    case 'participant.joined': {
      const { participantId, name, role, scenarioRole } = event.payload;
      return { type: event.type, payload: { participant: { id: participantId, name, role, scenarioRole: scenarioRole ?? null } } };
    }
    case 'participant.removed':
      return { type: event.type, payload: { participantId: event.payload.participantId } };
    case 'participant.role_changed': {
      const { participantId, role } = event.payload;
      if (participantId !== viewer.id) return { type: event.type, payload: { participantId, role } };
      return { type: event.type, payload: { participantId, role, viewerRole: actingRole(viewer, findParticipant(state, viewer.id)) } };
    }
  }
}

const keepOne = <T extends { seq: number }>(list: T[], item: T): T[] => (list.some((entry) => entry.seq === item.seq) ? list : [...list, item]);

/**
 * Folds one participant event into the view, in the browser. Each step is keyed (inject id, seq,
 * participant id), so an event delivered twice changes nothing the second time.
 */
export function applyParticipantEvent(view: ParticipantView, event: ParticipantEvent): ParticipantView {
  if (view.viewer.removed) return applyToRemoved(view, event);
  const at = event.createdAt;
  switch (event.type) {
    case 'exercise.started':
      if (view.status !== 'lobby' || !event.payload.inject) return view;
      return { ...view, status: 'running', mode: event.payload.mode, clock: startClock(at), ...revealInto(view, event.payload.inject) };
    case 'exercise.paused':
      return { ...view, status: 'paused', clock: view.clock && pauseClock(view.clock, at), timer: view.timer && { ...view.timer, clock: pauseClock(view.timer.clock, at) } };
    case 'exercise.resumed':
      return { ...view, status: 'running', clock: view.clock && resumeClock(view.clock, at), timer: view.timer && { ...view.timer, clock: resumeClock(view.timer.clock, at) } };
    case 'exercise.ended':
      return {
        ...view,
        status: 'ended',
        clock: view.clock && stopClock(view.clock, at),
        timer: view.timer && { ...view.timer, clock: stopClock(view.timer.clock, at) },
        vote: view.vote?.open ? null : view.vote,
      };
    case 'inject.revealed':
      return view.injects.some((inject) => inject.id === event.payload.inject.id) ? view : { ...view, ...revealInto(view, event.payload.inject) };
    case 'vote.opened':
      return { ...view, vote: { ...event.payload, open: true, tally: null } };
    case 'vote.cast':
      if (!view.vote || view.vote.injectId !== event.payload.injectId) return view;
      return { ...view, vote: { ...view.vote, myVote: { optionId: event.payload.optionId, comment: event.payload.comment } } };
    case 'vote.closed':
      // A closed vote stays out of sight until the facilitator shows its tally.
      return { ...view, vote: null };
    case 'vote.tally_revealed':
      return { ...view, vote: { ...event.payload, open: false } };
    case 'decision.recorded':
      if (view.decisions.some((decision) => decision.injectId === event.payload.decision.injectId)) return view;
      return { ...view, vote: null, decisions: [...view.decisions, event.payload.decision] };
    case 'note.added':
      return { ...view, myNotes: keepOne(view.myNotes, event.payload.note) };
    case 'action_item.added':
      return { ...view, actionItems: keepOne(view.actionItems, event.payload.item) };
    case 'timer.started':
      return { ...view, timer: { injectId: event.payload.injectId, durationSeconds: event.payload.durationSeconds, clock: startClock(at) } };
    case 'timer.stopped':
      return { ...view, timer: view.timer && { ...view.timer, clock: stopClock(view.timer.clock, at) } };
    case 'participant.joined': {
      const { participant } = event.payload;
      if (view.participants.some((entry) => entry.id === participant.id)) return view;
      const viewer = participant.id === view.viewer.id ? { ...view.viewer, name: participant.name, role: participant.role, scenarioRole: participant.scenarioRole } : view.viewer;
      return { ...view, viewer, participants: [...view.participants, participant] };
    }
    case 'participant.removed':
      if (event.payload.participantId === view.viewer.id) return removedView(view);
      return { ...view, participants: view.participants.filter((entry) => entry.id !== event.payload.participantId) };
    case 'participant.role_changed': {
      const { participantId, role } = event.payload;
      const participants = view.participants.map((entry) => (entry.id === participantId ? { ...entry, role } : entry));
      if (participantId !== view.viewer.id) return { ...view, participants };
      const viewer = { ...view.viewer, role: event.payload.viewerRole ?? role };
      // Becoming an observer withdraws one's vote (observers do not vote), as the reducer does.
      const vote = role === 'observer' && view.vote?.open ? { ...view.vote, myVote: null } : view.vote;
      return { ...view, viewer, participants, vote };
    }
  }
}

function applyToRemoved(view: ParticipantView, event: ParticipantEvent): ParticipantView {
  switch (event.type) {
    case 'exercise.started':
      return view.status === 'lobby' ? { ...view, status: 'running', mode: event.payload.mode } : view;
    case 'exercise.paused':
      return { ...view, status: 'paused' };
    case 'exercise.resumed':
      return { ...view, status: 'running' };
    case 'exercise.ended':
      return { ...view, status: 'ended' };
    default:
      return view;
  }
}

function revealInto(view: ParticipantView, inject: PublicInject): Pick<ParticipantView, 'injects' | 'currentInjectId' | 'timer' | 'vote'> {
  return { injects: [...view.injects, inject], currentInjectId: inject.id, timer: null, vote: null };
}

function removedView(view: ParticipantView): ParticipantView {
  return {
    ...view,
    viewer: { ...view.viewer, removed: true },
    clock: null,
    currentInjectId: null,
    injects: [],
    timer: null,
    vote: null,
    decisions: [],
    myNotes: [],
    actionItems: [],
    participants: [],
  };
}
