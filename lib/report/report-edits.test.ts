import { describe, expect, it } from 'vitest';
import { reportEditsSchema } from './report-edits';
import { playedExercise, reportOf } from './test-report';

describe('report edits', () => {
  it('rates each objective with the HSEEP wording', async () => {
    const report = await reportOf(await playedExercise(), { ratings: { contain: 'P', notify: 'M' } });
    expect(report.analysis.objectives.map((o) => [o.id, o.rating?.level, o.rating?.label])).toEqual([
      ['contain', 'P', 'Performed without Challenges'],
      ['notify', 'M', 'Performed with Major Challenges'],
    ]);
    expect(report.analysis.objectives[1]?.rating?.definition).toMatch(/^The targets and critical tasks/);
  });

  it('leaves an objective unrated without an edit, and warns about a rating for an unknown objective', async () => {
    const report = await reportOf(await playedExercise(), { ratings: { 'no-such-objective': 'U' } });
    expect(report.analysis.objectives.map((o) => o.rating)).toEqual([null, null]);
    expect(report.warnings).toEqual(['A rating names objective "no-such-objective", which the scenario does not have; it was ignored.']);
  });

  it('replaces the generated summary but keeps the generated text beside it', async () => {
    const report = await reportOf(await playedExercise(), { summary: 'Our own words.' });
    expect(report.summary).toMatchObject({ text: 'Our own words.', edited: true, generatedText: expect.stringContaining('“Q2 registry drill” played the scenario') });
  });

  it('edits, removes and adds improvement items, and counts what stays open', async () => {
    const ex = await playedExercise();
    const before = await reportOf(ex);
    expect(before.improvementPlan.items.map((i) => i.id)).toEqual(['action-item-16', 'expected-disclosure-start-clock', 'gap-note-13']);
    const report = await reportOf(ex, {
      items: {
        'action-item-16': { capability: 'planning', startDate: '2026-05-10', status: 'complete', owner: 'Bob' },
        'gap-note-13': { removed: true },
        'ghost-item': { status: 'complete' },
      },
      addedItems: [{ id: 'added-tabletop', objectiveId: 'notify', issue: 'Counsel joined late.', correctiveAction: 'Invite counsel to the next drill.', capability: 'exercises', owner: 'Fatima', startDate: null, dueDate: '2026-07-01' }],
    });
    expect(report.improvementPlan.items).toEqual([
      expect.objectContaining({ id: 'action-item-16', capability: 'planning', owner: 'Bob', startDate: '2026-05-10', dueDate: '2026-06-01', status: 'complete', edited: true }),
      expect.objectContaining({ id: 'expected-disclosure-start-clock', edited: false, status: 'not-started' }),
      expect.objectContaining({ id: 'added-tabletop', source: 'added', objectiveText: expect.stringContaining('notification duties'), status: 'not-started' }),
    ]);
    expect(report.summary.counts.openActionItems).toBe(2);
    expect(report.warnings).toEqual(['An edit names improvement item "ghost-item", which this log does not produce; it was ignored.']);
  });

  it('refuses hostile or malformed edits at the schema', () => {
    expect(reportEditsSchema.safeParse({ ratings: { contain: 'X' } }).success).toBe(false);
    expect(reportEditsSchema.safeParse({ items: { 'action-item-1': { dueDate: '2026-02-30' } } }).success).toBe(false);
    expect(reportEditsSchema.safeParse({ items: { 'action-item-1': { owner: 'A\u202Eevil' } } }).success).toBe(false);
    expect(reportEditsSchema.safeParse({ addedItems: [{ id: 'gap-note-1', objectiveId: null, issue: 'x', correctiveAction: 'y', capability: null, owner: null, startDate: null, dueDate: null }] }).success).toBe(false);
    expect(reportEditsSchema.safeParse({ summary: 'x'.repeat(20_001) }).success).toBe(false);
    expect(reportEditsSchema.safeParse({ extra: 1 }).success).toBe(false);
  });
});
