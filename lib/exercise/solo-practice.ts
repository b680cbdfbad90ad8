// Solo practice: one engineer plays any scenario alone on the same engine. They are the facilitator
// (they record each decision themselves; nobody votes and nobody joins), but they should not see
// what a facilitator sees in advance. So the view is the participant's, plus the decision in front
// of them (prompt and labels, no consequences), plus, once a decision is recorded, the debrief a
// facilitator would have had: every option's consequence, the expected actions, the notes.
import type { ExerciseState } from './exercise-state';
import { viewForParticipant, type ParticipantView, type PublicOption, type Viewer } from './participant-view';
import { findInject, nextStep } from './scenario-graph';
import type { ExpectedAction, Scenario } from './scenario-schema';

/** The command a client sends to begin solo practice. */
export const SOLO_START = { type: 'exercise.start', mode: 'solo' } as const;

export interface SoloDebrief {
  injectId: string;
  prompt: string;
  chosen: { optionId: string; label: string; consequence: string };
  others: { optionId: string; label: string; consequence: string }[];
  expectedActions: ExpectedAction[];
  facilitatorNotes: string;
  rationale: string;
}

export interface SoloView extends ParticipantView {
  /** The decision to make now, when the current inject has one not yet recorded. */
  pendingDecision: { injectId: string; prompt: string; options: PublicOption[] } | null;
  /** One per recorded decision, in order. */
  debriefs: SoloDebrief[];
}

export function viewForSoloPractice(scenario: Scenario, state: ExerciseState, viewer: Viewer): SoloView {
  const step = nextStep(scenario, state);
  const pending = step.kind === 'decide' ? findInject(scenario, step.injectId) : undefined;
  return {
    ...viewForParticipant(scenario, state, viewer),
    pendingDecision:
      pending?.decision && state.status !== 'ended'
        ? { injectId: pending.id, prompt: pending.decision.prompt, options: pending.decision.options.map((option) => ({ id: option.id, label: option.label })) }
        : null,
    debriefs: state.decisions.flatMap((decision) => {
      const inject = findInject(scenario, decision.injectId);
      const options = inject?.decision?.options ?? [];
      const chosen = options.find((option) => option.id === decision.optionId);
      if (!inject?.decision || !chosen) return [];
      const brief = (option: (typeof options)[number]) => ({ optionId: option.id, label: option.label, consequence: option.consequence });
      return [
        {
          injectId: inject.id,
          prompt: inject.decision.prompt,
          chosen: brief(chosen),
          others: options.filter((option) => option !== chosen).map(brief),
          expectedActions: inject.decision.expectedActions,
          facilitatorNotes: inject.facilitatorNotes,
          rationale: decision.rationale,
        },
      ];
    }),
  };
}
