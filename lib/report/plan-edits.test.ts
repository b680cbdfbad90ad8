import { describe, expect, it } from 'vitest';
import { addedItemId, blankPlanValues, planEdits, planFieldErrors, planValues, type PlanRow } from './plan-edits';
import { reportEditsSchema } from './report-edits';
import type { ImprovementItem } from './report-model-schema';
import { playedExercise, reportOf } from './test-report';

const rowsOf = (items: readonly ImprovementItem[]): PlanRow[] => items.map((item) => ({ id: item.id, added: false, removed: false, values: planValues(item) }));

describe('improvement plan edits from the editor’s rows', () => {
  it('sends nothing for rows left as they are, and keeps stored patches of rows it does not show', async () => {
    const report = await reportOf(await playedExercise());
    const edits = { items: { 'ghost-item': { status: 'complete' as const } } };
    expect(planEdits(rowsOf(report.improvementPlan.items), report.improvementPlan.items, edits)).toEqual({ items: { 'ghost-item': { status: 'complete' } }, addedItems: [] });
  });

  it('patches only the changed fields, merged into the stored patch, and the builder applies them', async () => {
    const ex = await playedExercise();
    const stored = { items: { 'action-item-16': { capability: 'planning' as const } } };
    const report = await reportOf(ex, stored);
    const rows = rowsOf(report.improvementPlan.items).map((row) =>
      row.id === 'action-item-16' ? { ...row, values: { ...row.values, owner: '  Priya  ', dueDate: '2026-09-30', status: 'in-progress' } } : row,
    );
    const draft = planEdits(rows, report.improvementPlan.items, stored);
    expect(draft.items).toEqual({ 'action-item-16': { capability: 'planning', owner: 'Priya', dueDate: '2026-09-30', status: 'in-progress' } });
    const rebuilt = await reportOf(ex, reportEditsSchema.parse(draft));
    expect(rebuilt.improvementPlan.items.find((i) => i.id === 'action-item-16')).toMatchObject({ owner: 'Priya', dueDate: '2026-09-30', status: 'in-progress', capability: 'planning', edited: true });
  });

  it('clears optional fields to null, sends a blanked text so the server can refuse it, and leaves a blank that was already empty alone', async () => {
    const report = await reportOf(await playedExercise());
    const gap = report.improvementPlan.items.find((i) => i.id === 'gap-note-13')!;
    expect(gap.correctiveAction).toBeNull();
    const action = report.improvementPlan.items.find((i) => i.id === 'action-item-16')!;
    const rows: PlanRow[] = [
      { id: gap.id, added: false, removed: false, values: { ...planValues(gap), correctiveAction: '   ' } },
      { id: action.id, added: false, removed: false, values: { ...planValues(action), owner: '', dueDate: '', issue: '' } },
    ];
    const draft = planEdits(rows, report.improvementPlan.items, {});
    expect(draft.items).toEqual({ 'action-item-16': { owner: null, dueDate: null, issue: '' } });
    expect(reportEditsSchema.safeParse(draft).error?.issues[0]).toMatchObject({ path: ['items', 'action-item-16', 'issue'], message: 'must not be empty' });
  });

  it('removes a derived row and puts it back, keeping its other edits', async () => {
    const report = await reportOf(await playedExercise());
    const rows = rowsOf(report.improvementPlan.items).map((row) => (row.id === 'gap-note-13' ? { ...row, removed: true } : row));
    const removed = planEdits(rows, report.improvementPlan.items, { items: { 'gap-note-13': { status: 'cancelled' } } });
    expect(removed.items).toEqual({ 'gap-note-13': { status: 'cancelled', removed: true } });
    const back = planEdits(rowsOf(report.improvementPlan.items), report.improvementPlan.items, removed);
    expect(back.items).toEqual({ 'gap-note-13': { status: 'cancelled' } });
  });

  it('sends added rows whole, with the same id on every save', async () => {
    const ex = await playedExercise();
    const id = addedItemId(new Uint8Array(16).fill(171));
    expect(id).toBe(`added-${'ab'.repeat(16)}`);
    const row: PlanRow = { id, added: true, removed: false, values: { ...blankPlanValues(), objectiveId: 'notify', issue: 'Counsel joined late.', correctiveAction: 'Invite counsel.', owner: 'Fatima', dueDate: '2026-07-01' } };
    const first = planEdits([row], [], {});
    expect(first.addedItems).toEqual([{ id, objectiveId: 'notify', issue: 'Counsel joined late.', correctiveAction: 'Invite counsel.', capability: null, owner: 'Fatima', startDate: null, dueDate: '2026-07-01', status: 'not-started' }]);
    const report = await reportOf(ex, reportEditsSchema.parse(first));
    const added = report.improvementPlan.items.filter((i) => i.source === 'added');
    expect(added).toMatchObject([{ id, issue: 'Counsel joined late.', objectiveText: expect.stringContaining('notification') }]);
    // Edited again after the save: the row keeps its id, so the item is replaced, not doubled.
    const again = planEdits([{ ...row, values: { ...row.values, status: 'complete' } }], report.improvementPlan.items, reportEditsSchema.parse(first));
    expect(again.addedItems).toEqual([expect.objectContaining({ id, status: 'complete' })]);
  });

  it('puts each server field error beside its row and field', () => {
    const draft = { items: {}, addedItems: [{ id: 'added-aa', ...blankPlanValues(), objectiveId: null, capability: null, owner: null, startDate: null, dueDate: null }] };
    expect(planFieldErrors({ 'items.gap-note-13.issue': 'must not be empty', 'addedItems.0.dueDate': 'must be a real calendar date', 'summary': 'x', 'addedItems.5.issue': 'y' }, draft)).toEqual({
      'gap-note-13': { issue: 'must not be empty' },
      'added-aa': { dueDate: 'must be a real calendar date' },
    });
  });
});
