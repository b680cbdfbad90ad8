// Plays the log through the exercise engine one event at a time, keeping what the final state
// forgets but the report needs: the vote on each decision (the reducer clears it when the decision
// is recorded), the session time at each decision, and which inject was on screen when a note or
// action item was written.
import type { ExerciseState, VoteRound } from '../exercise/exercise-state';
import { initialExerciseState } from '../exercise/exercise-state';
import { applyEvent } from '../exercise/reduce-exercise';
import { activeMs } from '../exercise/scenario-clock';
import type { Scenario } from '../exercise/scenario-schema';
import type { StoredEvent } from '../exercise/stored-event';

export interface Replay {
  state: ExerciseState;
  /** The current inject when the event with this seq was applied. */
  currentInjectAt: ReadonlyMap<number, string | null>;
  /** The last vote round seen on each inject. */
  voteOn: ReadonlyMap<string, VoteRound>;
  /** Session time (pauses excluded) when each inject's decision was recorded. */
  decisionSessionMs: ReadonlyMap<string, number>;
  /** Session time at the end, or at the last event while the exercise is still open. */
  finalSessionMs: number;
}

export function replayLog(scenario: Scenario, events: readonly StoredEvent[]): Replay {
  let state = initialExerciseState(scenario.id);
  const currentInjectAt = new Map<number, string | null>();
  const voteOn = new Map<string, VoteRound>();
  const decisionSessionMs = new Map<string, number>();
  let lastAt: string | null = null;
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    const before = state.currentInjectId;
    const decided = state.decisions.length;
    state = applyEvent(state, scenario, event);
    currentInjectAt.set(event.seq, before);
    if (state.vote) voteOn.set(state.vote.injectId, state.vote);
    const decision = state.decisions[decided];
    if (decision && state.clock) decisionSessionMs.set(decision.injectId, activeMs(state.clock, event.createdAt));
    lastAt = event.createdAt;
  }
  const finalSessionMs = state.clock ? activeMs(state.clock, state.endedAt ?? lastAt ?? state.clock.startedAt) : 0;
  return { state, currentInjectAt, voteOn, decisionSessionMs, finalSessionMs };
}
