// Section 4, analysis per objective: strengths and areas for improvement from tagged notes and from
// expected actions the team did not show (see expected-actions.ts for the rule), with the HSEEP
// rating the facilitator set.
import type { Note } from '../exercise/exercise-state';
import { findInject } from '../exercise/scenario-graph';
import { OBSERVED_RULE } from './expected-actions';
import { RATING_DEFINITIONS, RATING_LABELS } from './hseep';
import type { ReportContext } from './report-context';
import type { ReportEdits } from './report-edits';
import type { Finding, ReportExpectedAction, ReportModel } from './report-model-schema';

type Analysis = ReportModel['analysis'];

const fromNote = (note: Note): Finding => ({ source: 'note', text: note.text, seq: note.seq, injectId: note.injectId, author: note.author.name });

function byTag(notes: readonly Note[]) {
  return {
    strengths: notes.filter((n) => n.tag === 'strength').map(fromNote),
    areasForImprovement: notes.filter((n) => n.tag === 'gap').map(fromNote),
    observations: notes.filter((n) => n.tag === 'observation').map(fromNote),
  };
}

/** Areas for improvement the log implies for one objective: expected actions not observed, decisions never taken. */
export function derivedGaps(ctx: ReportContext, objectiveId: string, expected: readonly ReportExpectedAction[]): Finding[] {
  const { state } = ctx.replay;
  const unobserved = expected
    .filter((action) => action.objectiveId === objectiveId && !action.observed)
    .map((action): Finding => ({ source: 'expected-action', text: `Expected action not observed: ${action.text}`, seq: null, injectId: action.injectId, author: null }));
  const undecided = state.revealed
    .map(({ injectId }) => findInject(ctx.scenario, injectId))
    .filter((inject) => inject?.decision && inject.objectives.includes(objectiveId) && !state.decisions.some((d) => d.injectId === inject.id))
    .map((inject): Finding => ({ source: 'no-decision', text: `No decision was recorded on “${inject?.title}”: ${inject?.decision?.prompt}`, seq: null, injectId: inject?.id ?? null, author: null }));
  return [...unobserved, ...undecided];
}

export function buildAnalysis(ctx: ReportContext, expected: readonly ReportExpectedAction[], edits: ReportEdits): Analysis {
  const { notes, actionItems } = ctx.replay.state;
  const objectives = ctx.scenario.objectives.map((objective) => {
    const own = notes.filter((note) => note.objectiveId === objective.id);
    const tagged = byTag(own);
    const level = edits.ratings[objective.id];
    return {
      id: objective.id,
      text: objective.text,
      rating: level ? { level, label: RATING_LABELS[level], definition: RATING_DEFINITIONS[level] } : null,
      strengths: tagged.strengths,
      areasForImprovement: [...tagged.areasForImprovement, ...derivedGaps(ctx, objective.id, expected)],
      observations: tagged.observations,
      expectedActions: expected.filter((action) => action.objectiveId === objective.id),
      evidence: {
        strengthNotes: tagged.strengths.length,
        actionItems: actionItems.filter((item) => item.objectiveId === objective.id).length,
      },
    };
  });
  return { rule: OBSERVED_RULE, objectives, unlinked: byTag(notes.filter((note) => note.objectiveId === null)) };
}
