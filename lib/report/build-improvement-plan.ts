// Section 6, the improvement plan matrix. Every area for improvement and every action item in the
// log becomes a row with a stable id, so the facilitator's edits (owner, dates, status, capability
// element, wording) attach to it across rebuilds; edits can also remove a row or add new ones.
import { findInject } from '../exercise/scenario-graph';
import type { ReportContext } from './report-context';
import type { ReportEdits } from './report-edits';
import type { ImprovementItem, ReportExpectedAction, ReportModel } from './report-model-schema';

type Derived = Omit<ImprovementItem, 'edited'>;

/** An edited field, or the log's value when the edit leaves it out (null is a value: "cleared"). */
const or = <T>(edited: T | undefined, original: T): T => (edited === undefined ? original : edited);

const base = { capability: null, owner: null, startDate: null, dueDate: null, status: 'not-started' } as const;

function derivedItems(ctx: ReportContext, expected: readonly ReportExpectedAction[]): Derived[] {
  const { state, currentInjectAt } = ctx.replay;
  const objective = (id: string | null) => ({ objectiveId: id, objectiveText: ctx.objectiveText(id) });
  const gapNotes = (objectiveId: string | null): Derived[] =>
    state.notes
      .filter((note) => note.tag === 'gap' && note.objectiveId === objectiveId)
      .map((note) => ({ ...base, id: `gap-note-${note.seq}`, source: 'gap-note', ...objective(objectiveId), issue: note.text, correctiveAction: null }));
  const unobserved = (objectiveId: string): Derived[] =>
    expected
      .filter((action) => action.objectiveId === objectiveId && !action.observed)
      .map((action) => ({
        ...base,
        id: `expected-${action.injectId}-${action.id}`,
        source: 'expected-action',
        ...objective(objectiveId),
        issue: `Expected action not observed at “${action.injectTitle}”: ${action.text}`,
        correctiveAction: `Plan and practise: ${action.text}${action.mitigation ? ` (library mitigation: ${action.mitigation.title})` : ''}`,
      }));
  const undecided = (objectiveId: string): Derived[] =>
    state.revealed.flatMap(({ injectId }): Derived[] => {
      const inject = findInject(ctx.scenario, injectId);
      // One row per undecided inject, under the first of its objectives.
      if (!inject?.decision || inject.objectives[0] !== objectiveId || state.decisions.some((d) => d.injectId === injectId)) return [];
      return [{ ...base, id: `no-decision-${injectId}`, source: 'no-decision', ...objective(objectiveId), issue: `No decision was recorded on “${inject.title}”: ${inject.decision.prompt}`, correctiveAction: null }];
    });
  const actionItems = (objectiveId: string | null): Derived[] =>
    state.actionItems
      .filter((item) => item.objectiveId === objectiveId)
      .map((item) => {
        const injectId = item.injectId ?? currentInjectAt.get(item.seq) ?? null;
        return {
          ...base,
          id: `action-item-${item.seq}`,
          source: 'action-item',
          ...objective(objectiveId),
          issue: injectId ? `Action item raised at “${ctx.injectTitle(injectId)}”` : 'Action item raised during the exercise',
          correctiveAction: item.text,
          owner: item.owner,
          dueDate: item.dueDate,
        };
      });
  return [
    ...ctx.scenario.objectives.flatMap((o) => [...gapNotes(o.id), ...unobserved(o.id), ...undecided(o.id), ...actionItems(o.id)]),
    ...gapNotes(null),
    ...actionItems(null),
  ];
}

export function buildImprovementPlan(ctx: ReportContext, expected: readonly ReportExpectedAction[], edits: ReportEdits, warnings: string[]): ReportModel['improvementPlan'] {
  const derived = derivedItems(ctx, expected);
  const known = new Set(derived.map((item) => item.id));
  for (const id of Object.keys(edits.items).sort()) if (!known.has(id)) warnings.push(`An edit names improvement item "${id}", which this log does not produce; it was ignored.`);
  const items: ImprovementItem[] = derived.flatMap((item): ImprovementItem[] => {
    const patch = edits.items[item.id];
    if (!patch) return [{ ...item, edited: false }];
    if (patch.removed) return [];
    const objectiveId = or(patch.objectiveId, item.objectiveId);
    return [
      {
        ...item,
        objectiveId,
        objectiveText: ctx.objectiveText(objectiveId),
        issue: or(patch.issue, item.issue),
        correctiveAction: or(patch.correctiveAction, item.correctiveAction),
        capability: or(patch.capability, item.capability),
        owner: or(patch.owner, item.owner),
        startDate: or(patch.startDate, item.startDate),
        dueDate: or(patch.dueDate, item.dueDate),
        status: or(patch.status, item.status),
        edited: true,
      },
    ];
  });
  // Added ids start with "added-", which no derived id does, so an added item never replaces one.
  for (const added of edits.addedItems) {
    if (added.objectiveId && !ctx.objectiveText(added.objectiveId)) warnings.push(`Added item "${added.id}" names objective "${added.objectiveId}", which the scenario does not have.`);
    items.push({ ...added, source: 'added', objectiveText: ctx.objectiveText(added.objectiveId), edited: true });
  }
  return { items };
}
