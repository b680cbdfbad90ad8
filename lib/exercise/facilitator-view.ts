// What the facilitator's console shows: everything, arranged for running the session — the current
// inject with its notes and decision, where the exercise can go next, who voted for what, the tally,
// every note, and who is connected. The facilitator's browser also holds the scenario and the full
// log, so it can run reduceExercise itself; this is the same picture for the server-rendered page.
import type { ExerciseState, Vote } from './exercise-state';
import { presenceList, type Connections, type PresenceEntry } from './presence';
import { tallyOf } from './reduce-exercise';
import { findInject, findOption, nextStep, type NextStep } from './scenario-graph';
import type { DecisionOption, Inject, Scenario } from './scenario-schema';

export interface FacilitatorVote {
  injectId: string;
  open: boolean;
  tallyRevealed: boolean;
  votes: Vote[];
  tally: Record<string, number>;
  /** People who may vote and have not. */
  waitingFor: { id: string; name: string }[];
}

export interface FacilitatorView {
  state: ExerciseState;
  current: Inject | null;
  next: NextStep & { title?: string };
  /** The path taken so far, with the option chosen at each decision. */
  path: { injectId: string; title: string; revealedAt: string; chosen: DecisionOption | null }[];
  vote: FacilitatorVote | null;
  presence: PresenceEntry[];
}

export function viewForFacilitator(scenario: Scenario, state: ExerciseState, connections: Connections = []): FacilitatorView {
  const step = nextStep(scenario, state);
  const vote = state.vote;
  return {
    state,
    current: findInject(scenario, state.currentInjectId) ?? null,
    next: step.kind === 'reveal' || step.kind === 'decide' ? { ...step, title: findInject(scenario, step.injectId)?.title } : step,
    path: state.revealed.map((revealed) => {
      const inject = findInject(scenario, revealed.injectId);
      const decision = state.decisions.find((entry) => entry.injectId === revealed.injectId);
      return {
        injectId: revealed.injectId,
        title: inject?.title ?? revealed.injectId,
        revealedAt: revealed.revealedAt,
        chosen: (decision && findOption(inject, decision.optionId)) ?? null,
      };
    }),
    vote: vote && {
      injectId: vote.injectId,
      open: vote.open,
      tallyRevealed: vote.tallyRevealed,
      votes: vote.votes,
      tally: tallyOf(scenario, vote),
      waitingFor: state.participants
        .filter((participant) => participant.role === 'participant' && participant.removedAt === null && !vote.votes.some((cast) => cast.participantId === participant.id))
        .map((participant) => ({ id: participant.id, name: participant.name })),
    },
    presence: presenceList(state, connections),
  };
}
