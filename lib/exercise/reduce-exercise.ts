// The exercise state is a fold over its event log: the same code builds the facilitator's live view
// in the browser, the server's checks and the report. Events apply strictly in seq order: a
// duplicate (a seq already applied) is ignored, one that arrives ahead of a missing seq is held in
// `pending` and `gap` tells the client to refetch. An event the rules refuse is recorded in
// `problems` and skipped, so one bad row never hides the rest of the log.
import { checkEvent, findParticipant } from './event-rules';
import { initialExerciseState, type Author, type ExerciseState, type Tally, type VoteRound } from './exercise-state';
import { activeMs, pauseClock, resumeClock, startClock, stopClock } from './scenario-clock';
import { findInject } from './scenario-graph';
import type { Scenario } from './scenario-schema';
import type { StoredEvent } from './stored-event';

export function reduceExercise(scenario: Scenario, events: readonly StoredEvent[]): ExerciseState {
  return applyEvents(initialExerciseState(scenario.id), scenario, events);
}

/** Applies one event as it arrives (SSE); returns a new state and leaves `state` untouched. */
export function applyEvent(state: ExerciseState, scenario: Scenario, event: StoredEvent): ExerciseState {
  return applyEvents(state, scenario, [event]);
}

export function applyEvents(state: ExerciseState, scenario: Scenario, events: readonly StoredEvent[]): ExerciseState {
  const next = copyForUpdate(state);
  // Array.prototype.sort is stable: of two copies of one seq, the first delivered is the one applied.
  const queue = [...next.pending, ...events].sort((a, b) => a.seq - b.seq);
  next.pending = [];
  for (const event of queue) {
    if (event.seq <= next.lastSeq) continue;
    if (event.seq === next.lastSeq + 1) {
      applyOne(next, scenario, event);
      next.lastSeq = event.seq;
    } else if (!next.pending.some((held) => held.seq === event.seq)) {
      next.pending.push(event);
    }
  }
  const heldUpTo = next.pending.at(-1)?.seq;
  next.gap = heldUpTo === undefined ? null : { missingFrom: next.lastSeq + 1, heldUpTo };
  return next;
}

/**
 * A copy the reducer may change without touching `state`: the containers it appends to or writes
 * into, and the participant records it edits. Entries it only appends (notes, reveals, decisions)
 * are shared, so applying one event to a long log costs little (a deep clone of a 2,000-event state
 * took ~7 ms per event).
 */
function copyForUpdate(state: ExerciseState): ExerciseState {
  return {
    ...state,
    revealed: [...state.revealed],
    vote: state.vote && { ...state.vote, votes: [...state.vote.votes] },
    decisions: [...state.decisions],
    notes: [...state.notes],
    actionItems: [...state.actionItems],
    participants: state.participants.map((participant) => ({ ...participant })),
    problems: [...state.problems],
    pending: [...state.pending],
  };
}

const authorOf = (event: StoredEvent): Author => ({ kind: event.actor.kind, id: event.actor.id, name: event.actor.name, role: event.actor.role });

export function tallyOf(scenario: Scenario, vote: VoteRound): Tally {
  const tally: Tally = {};
  for (const option of findInject(scenario, vote.injectId)?.decision?.options ?? []) tally[option.id] = 0;
  for (const cast of vote.votes) tally[cast.optionId] = (tally[cast.optionId] ?? 0) + 1;
  return tally;
}

function withoutVoteOf(vote: VoteRound | null, participantId: string): VoteRound | null {
  if (!vote?.open) return vote;
  return { ...vote, votes: vote.votes.filter((cast) => cast.participantId !== participantId) };
}

/** Mutates `state` (a private copy) with one event, or records why it cannot. */
function applyOne(state: ExerciseState, scenario: Scenario, event: StoredEvent): void {
  const refusal = checkEvent(scenario, state, event);
  if (refusal) {
    state.problems.push({ seq: event.seq, type: event.type, message: refusal.message });
    return;
  }
  const at = event.createdAt;
  switch (event.type) {
    case 'exercise.started':
      state.status = 'running';
      state.mode = event.payload.mode;
      state.scenarioHash = event.payload.scenarioHash;
      state.clock = startClock(at);
      reveal(state, scenario.start, event);
      return;
    case 'exercise.paused':
      state.status = 'paused';
      if (state.clock) state.clock = pauseClock(state.clock, at);
      if (state.timer) state.timer = { ...state.timer, clock: pauseClock(state.timer.clock, at) };
      return;
    case 'exercise.resumed':
      state.status = 'running';
      if (state.clock) state.clock = resumeClock(state.clock, at);
      if (state.timer) state.timer = { ...state.timer, clock: resumeClock(state.timer.clock, at) };
      return;
    case 'exercise.ended':
      state.status = 'ended';
      state.endedAt = at;
      if (state.clock) state.clock = stopClock(state.clock, at);
      if (state.timer) state.timer = { ...state.timer, clock: stopClock(state.timer.clock, at) };
      if (state.vote?.open) state.vote = { ...state.vote, open: false, closedAt: at };
      return;
    case 'inject.revealed':
      reveal(state, event.payload.injectId, event);
      return;
    case 'vote.opened':
      state.vote =
        state.vote?.injectId === event.payload.injectId
          ? { ...state.vote, open: true, closedAt: null, tallyRevealed: false }
          : { injectId: event.payload.injectId, open: true, openedAt: at, closedAt: null, votes: [], tallyRevealed: false };
      return;
    case 'vote.cast': {
      if (!state.vote) return;
      const cast = {
        participantId: event.actor.id,
        name: findParticipant(state, event.actor.id)?.name ?? event.actor.name,
        optionId: event.payload.optionId,
        comment: event.payload.comment ?? null,
        castAt: at,
      };
      const index = state.vote.votes.findIndex((existing) => existing.participantId === cast.participantId);
      if (index === -1) state.vote.votes.push(cast);
      else state.vote.votes[index] = cast;
      return;
    }
    case 'vote.closed':
      if (state.vote) state.vote = { ...state.vote, open: false, closedAt: at };
      return;
    case 'vote.tally_revealed':
      if (state.vote) state.vote = { ...state.vote, tallyRevealed: true };
      return;
    case 'decision.recorded': {
      const vote = state.vote?.injectId === event.payload.injectId ? state.vote : null;
      state.decisions.push({
        injectId: event.payload.injectId,
        optionId: event.payload.optionId,
        rationale: event.payload.rationale,
        seq: event.seq,
        decidedAt: at,
        decidedBy: authorOf(event),
        tally: vote ? tallyOf(scenario, vote) : null,
        voteCount: vote?.votes.length ?? 0,
        tallyRevealed: vote?.tallyRevealed ?? false,
      });
      state.vote = null;
      return;
    }
    case 'note.added':
      state.notes.push({
        seq: event.seq,
        text: event.payload.text,
        tag: event.payload.tag,
        objectiveId: event.payload.objectiveId ?? null,
        injectId: event.payload.injectId ?? null,
        author: authorOf(event),
        createdAt: at,
      });
      return;
    case 'action_item.added':
      state.actionItems.push({
        seq: event.seq,
        text: event.payload.text,
        owner: event.payload.owner,
        dueDate: event.payload.dueDate,
        objectiveId: event.payload.objectiveId ?? null,
        injectId: event.payload.injectId ?? null,
        author: authorOf(event),
        createdAt: at,
      });
      return;
    case 'timer.started':
      state.timer = { injectId: event.payload.injectId, durationSeconds: event.payload.durationSeconds, clock: startClock(at) };
      return;
    case 'timer.stopped':
      if (state.timer) state.timer = { ...state.timer, clock: stopClock(state.timer.clock, at) };
      return;
    case 'participant.joined':
      state.participants.push({
        id: event.payload.participantId,
        kind: event.payload.kind,
        name: event.payload.name,
        role: event.payload.role,
        scenarioRole: event.payload.scenarioRole ?? null,
        joinedAt: at,
        removedAt: null,
      });
      return;
    case 'participant.removed': {
      const target = findParticipant(state, event.payload.participantId);
      if (target) target.removedAt = at;
      state.vote = withoutVoteOf(state.vote, event.payload.participantId);
      return;
    }
    case 'participant.role_changed': {
      const target = findParticipant(state, event.payload.participantId);
      if (target) target.role = event.payload.role;
      // Observers do not vote: a vote cast before the change no longer counts.
      if (event.payload.role === 'observer') state.vote = withoutVoteOf(state.vote, event.payload.participantId);
      return;
    }
  }
}

function reveal(state: ExerciseState, injectId: string, event: StoredEvent): void {
  state.currentInjectId = injectId;
  state.revealed.push({
    injectId,
    seq: event.seq,
    revealedAt: event.createdAt,
    activeMsAtReveal: state.clock ? activeMs(state.clock, event.createdAt) : 0,
  });
  state.timer = null;
  state.vote = null;
}
