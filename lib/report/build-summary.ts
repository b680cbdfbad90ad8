// Section 2, executive summary: a paragraph generated from the log (key decisions, strengths and
// areas for improvement counted, open improvement items), which the facilitator may replace.
import { OPEN_STATUSES } from './hseep';
import { formatDate, formatDuration, plural } from './format';
import type { ReportContext } from './report-context';
import type { ReportEdits } from './report-edits';
import type { ImprovementItem, ReportExpectedAction, ReportModel, TimelineEntry } from './report-model-schema';

type Summary = ReportModel['summary'];

export function buildSummary(
  ctx: ReportContext,
  parts: { overview: ReportModel['overview']; timeline: readonly TimelineEntry[]; expected: readonly ReportExpectedAction[]; items: readonly ImprovementItem[] },
  edits: ReportEdits,
): Summary {
  const { overview, timeline, expected, items } = parts;
  const { state } = ctx.replay;
  const keyDecisions = timeline.flatMap((entry) =>
    entry.decisionPoint?.decision ? [{ injectId: entry.injectId, injectTitle: entry.title, optionId: entry.decisionPoint.decision.optionId, optionLabel: entry.decisionPoint.decision.optionLabel }] : [],
  );
  const undecided = timeline.filter((entry) => entry.decisionPoint && !entry.decisionPoint.decision).length;
  const counts = {
    decisions: keyDecisions.length,
    undecided,
    strengths: state.notes.filter((note) => note.tag === 'strength').length,
    areasForImprovement: state.notes.filter((note) => note.tag === 'gap').length + expected.filter((action) => !action.observed).length + undecided,
    openActionItems: items.filter((item) => OPEN_STATUSES.has(item.status)).length,
  };
  const { exercise, scenario } = overview;
  const opening = `“${exercise.title}” played the scenario “${scenario.title}”`;
  const sentences =
    exercise.injectsRevealed === 0
      ? [`${opening} but did not start: no inject was revealed, and the log holds no decisions.`]
      : [
          `${opening} on ${formatDate(exercise.startedAt)}, for ${formatDuration(exercise.activeMs)} of session time (${exercise.plannedMinutes} min planned).`,
          `${exercise.injectsRevealed} of ${exercise.injectsInScenario} injects were revealed${exercise.endedEarly ? ', and the exercise was ended before the scenario reached its end' : ''}.`,
          keyDecisions.length === 0
            ? 'The team recorded no decisions.'
            : `The team recorded ${plural(keyDecisions.length, 'decision')}: ${keyDecisions.map((d) => `“${d.optionLabel}” on “${d.injectTitle}”`).join('; ')}.`,
          ...(undecided > 0 ? [`${plural(undecided, 'decision point was', 'decision points were')} reached but not decided.`] : []),
        ];
  sentences.push(
    `The analysis found ${plural(counts.strengths, 'strength')} and ${plural(counts.areasForImprovement, 'area for improvement', 'areas for improvement')}; the improvement plan has ${plural(counts.openActionItems, 'open item')}.`,
  );
  const generatedText = sentences.join(' ');
  return { text: edits.summary ?? generatedText, generatedText, edited: edits.summary !== undefined, keyDecisions, counts };
}
