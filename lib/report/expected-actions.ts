// How the report decides whether the team took a scenario's expected actions. The log does not
// record actions as such: the facilitator records strength notes and action items, each of which
// can name an objective. So an expected action counts as observed when the log holds at least one
// strength note or one action item for its objective; the expected actions of an objective with
// neither become areas for improvement. Only injects the team reached count: a branch not taken
// asks nothing of them. The rule is printed in the report (OBSERVED_RULE) so facilitators can see
// how the analysis was derived, and can tag notes accordingly.
import type { ExerciseState } from '../exercise/exercise-state';
import { findInject } from '../exercise/scenario-graph';
import type { ReportContext } from './report-context';
import type { ReportExpectedAction } from './report-model-schema';

export const OBSERVED_RULE =
  "An expected action counts as observed when the log holds at least one strength note or one action item for its objective; " +
  'the expected actions of an objective with neither are listed as areas for improvement. ' +
  'Only the decision points the team reached count: expected actions on branches not taken are left out. ' +
  'A decision point the exercise reached but never decided is an area for improvement for each objective of its inject. ' +
  'Gap notes are areas for improvement and strength notes are strengths of the objective they name; notes that name no objective are listed separately.';

export function observedObjectives(state: Pick<ExerciseState, 'notes' | 'actionItems'>): Set<string> {
  const observed = new Set<string>();
  for (const note of state.notes) if (note.tag === 'strength' && note.objectiveId) observed.add(note.objectiveId);
  for (const item of state.actionItems) if (item.objectiveId) observed.add(item.objectiveId);
  return observed;
}

/** The expected actions of every revealed decision point, in reveal order. */
export function expectedActionsReached(ctx: ReportContext, observed: ReadonlySet<string>): ReportExpectedAction[] {
  return ctx.replay.state.revealed.flatMap(({ injectId }) => {
    const inject = findInject(ctx.scenario, injectId);
    return (inject?.decision?.expectedActions ?? []).map((action) => ({
      id: action.id,
      text: action.text,
      objectiveId: action.objective,
      injectId,
      injectTitle: inject?.title ?? injectId,
      mitigation: action.mitigation ? ctx.mitigation(action.mitigation) : null,
      observed: observed.has(action.objective),
    }));
  });
}
