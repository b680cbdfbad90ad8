// Where an exercise may go next, read off the scenario graph and the decisions taken so far. Both
// decideCommand (to refuse an illegal reveal) and the reducer (to refuse one in the log) ask here.
import type { ExerciseState } from './exercise-state';
import type { DecisionOption, Inject, Scenario } from './scenario-schema';

export function findInject(scenario: Scenario, injectId: string | null): Inject | undefined {
  return injectId === null ? undefined : scenario.injects.find((inject) => inject.id === injectId);
}

export function findOption(inject: Inject | undefined, optionId: string): DecisionOption | undefined {
  return inject?.decision?.options.find((option) => option.id === optionId);
}

export type NextStep =
  | { kind: 'not-started' }
  /** Reveal this inject next. */
  | { kind: 'reveal'; injectId: string }
  /** The current inject is a decision point with no recorded decision yet. */
  | { kind: 'decide'; injectId: string }
  /** The current inject is an ending: only ending the exercise remains. */
  | { kind: 'end' };

export function nextStep(scenario: Scenario, state: Pick<ExerciseState, 'currentInjectId' | 'decisions'>): NextStep {
  const current = findInject(scenario, state.currentInjectId);
  if (!current) return { kind: 'not-started' };
  if (current.decision) {
    const decided = state.decisions.find((decision) => decision.injectId === current.id);
    const option = decided && findOption(current, decided.optionId);
    return option ? { kind: 'reveal', injectId: option.next } : { kind: 'decide', injectId: current.id };
  }
  return current.next ? { kind: 'reveal', injectId: current.next } : { kind: 'end' };
}
