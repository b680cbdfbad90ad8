// Section 3, timeline: each inject in the order it was revealed, with the discussion held on it
// (notes, votes with their comments), the decision, its rationale, the consequence the scenario
// attaches to the chosen option and the session time the team took. A note or action item belongs
// to the inject it names, or else to the inject on screen when it was written.
import type { ActionItem, Note, VoteRound } from '../exercise/exercise-state';
import { findInject, findOption } from '../exercise/scenario-graph';
import type { Inject } from '../exercise/scenario-schema';
import type { ReportContext } from './report-context';
import type { ReportExpectedAction, ReportNote, TimelineEntry } from './report-model-schema';

export function reportNote(ctx: ReportContext, note: Note): ReportNote {
  return { seq: note.seq, text: note.text, tag: note.tag, objectiveId: note.objectiveId, injectId: note.injectId, author: ctx.person(note.author), createdAt: note.createdAt };
}

function reportActionItem(ctx: ReportContext, item: ActionItem) {
  return { seq: item.seq, text: item.text, owner: item.owner, dueDate: item.dueDate, objectiveId: item.objectiveId, injectId: item.injectId, author: ctx.person(item.author), createdAt: item.createdAt };
}

function voteSummary(inject: Inject, vote: VoteRound | undefined): NonNullable<TimelineEntry['decisionPoint']>['vote'] {
  if (!vote) return null;
  const options = inject.decision?.options ?? [];
  const label = (id: string) => findOption(inject, id)?.label ?? id;
  return {
    votes: vote.votes.map((cast) => ({ name: cast.name, optionId: cast.optionId, optionLabel: label(cast.optionId), comment: cast.comment, castAt: cast.castAt })),
    tally: options.map((option) => ({ optionId: option.id, label: option.label, count: vote.votes.filter((cast) => cast.optionId === option.id).length })),
    tallyRevealed: vote.tallyRevealed,
  };
}

/** Whether the decision took the vote's most popular option; null with no votes or a tie at the top. */
function matchesVote(optionId: string, tally: Array<{ optionId: string; count: number }> | undefined): boolean | null {
  if (!tally) return null;
  const top = Math.max(0, ...tally.map((entry) => entry.count));
  const leaders = tally.filter((entry) => entry.count === top);
  if (top === 0 || leaders.length !== 1) return null;
  return leaders[0]?.optionId === optionId;
}

export function buildTimeline(ctx: ReportContext, expected: readonly ReportExpectedAction[]): TimelineEntry[] {
  const { state, currentInjectAt, voteOn, decisionSessionMs, finalSessionMs } = ctx.replay;
  const belongsTo = (entry: { seq: number; injectId: string | null }) => entry.injectId ?? currentInjectAt.get(entry.seq) ?? null;
  return state.revealed.map((revealed, index) => {
    const inject = findInject(ctx.scenario, revealed.injectId);
    const nextAt = state.revealed[index + 1]?.activeMsAtReveal ?? finalSessionMs;
    const decisionPoint = inject?.decision ?? null;
    const recorded = state.decisions.find((decision) => decision.injectId === revealed.injectId);
    const chosen = recorded && inject ? findOption(inject, recorded.optionId) : undefined;
    const vote = inject ? voteSummary(inject, voteOn.get(revealed.injectId)) : null;
    return {
      injectId: revealed.injectId,
      title: inject?.title ?? revealed.injectId,
      clock: inject?.clock ?? '',
      objectives: inject?.objectives ?? [],
      seq: revealed.seq,
      revealedAt: revealed.revealedAt,
      sessionMsAtReveal: revealed.activeMsAtReveal,
      timeOnInjectMs: Math.max(0, nextAt - revealed.activeMsAtReveal),
      notes: state.notes.filter((note) => belongsTo(note) === revealed.injectId).map((note) => reportNote(ctx, note)),
      actionItems: state.actionItems.filter((item) => belongsTo(item) === revealed.injectId).map((item) => reportActionItem(ctx, item)),
      decisionPoint: decisionPoint && {
        prompt: decisionPoint.prompt,
        options: decisionPoint.options.map((option) => ({ id: option.id, label: option.label, chosen: option.id === recorded?.optionId })),
        vote,
        decision:
          recorded && chosen
            ? {
                optionId: chosen.id,
                optionLabel: chosen.label,
                consequence: chosen.consequence,
                nextInjectId: chosen.next,
                rationale: recorded.rationale,
                decidedAt: recorded.decidedAt,
                decidedBy: recorded.decidedBy.name,
                timeToDecisionMs: Math.max(0, (decisionSessionMs.get(revealed.injectId) ?? revealed.activeMsAtReveal) - revealed.activeMsAtReveal),
                matchesVote: matchesVote(chosen.id, vote?.tally),
              }
            : null,
        expectedActions: expected.filter((action) => action.injectId === revealed.injectId),
      },
    };
  });
}
