import { describe, expect, it } from 'vitest';
import { countItems, filterItems, parseItemFilters, planFacets, sortItems, type ListedItem } from './item-list';

const BEN = '6a1e0c2b-9d8f-4a7b-b6c5-d4e3f2a1b0c9';
const EX1 = '11111111-1111-4111-8111-111111111111';
const EX2 = '22222222-2222-4222-8222-222222222222';
const TODAY = '2026-03-10';

const item = (id: string, fields: Partial<ListedItem> = {}): ListedItem => ({
  reportItemId: id,
  status: 'not-started',
  dueDate: null,
  ownerUserId: null,
  ownerName: null,
  exerciseId: EX1,
  threatIds: ['ml10-model-poisoning'],
  createdAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

const items = [
  item('later', { dueDate: '2026-04-01', ownerUserId: BEN }),
  item('undated', { ownerName: 'Legal' }),
  item('done', { status: 'complete', dueDate: '2026-01-01', exerciseId: EX2 }),
  item('late', { dueDate: '2026-03-01', status: 'in-progress', threatIds: ['sc-model-registry-poisoning'] }),
  item('soon', { dueDate: '2026-03-10', exerciseId: EX2 }),
  item('dropped', { status: 'cancelled', ownerUserId: BEN }),
];
const ids = (list: readonly ListedItem[]) => list.map((i) => i.reportItemId);

describe('parseItemFilters', () => {
  it('shows open items by default and treats blank form values as no filter', () => {
    expect(parseItemFilters({})).toEqual({ ok: true, filters: { status: 'open' } });
    expect(parseItemFilters(new URLSearchParams('status=&owner=&exercise=&threat='))).toEqual({ ok: true, filters: { status: 'open' } });
  });

  it('reads every filter', () => {
    expect(parseItemFilters({ status: 'closed', owner: BEN, exercise: EX1, threat: 'ml10-model-poisoning' })).toEqual({
      ok: true,
      filters: { status: 'closed', owner: BEN, exercise: EX1, threat: 'ml10-model-poisoning' },
    });
    expect(parseItemFilters(new URLSearchParams('owner=outside&status=all'))).toEqual({ ok: true, filters: { status: 'all', owner: 'outside' } });
  });

  it.each([
    ['an unknown status', { status: 'late' }, /Filter status: must be open, closed or all/],
    ['an owner by name', { owner: 'ben' }, /Filter owner: must be a team member’s id, unassigned or outside/],
    ['SQL for an exercise', { exercise: '1; drop table' }, /Filter exercise: must be an exercise id/],
    ['markup for a threat', { threat: '<script>' }, /Filter threat: must be a kebab-case id/],
    ['a 100 kB threat', { threat: 'a'.repeat(100_000) }, /Filter threat: must be at most 80 characters/],
    ['a repeated filter', { status: ['open', 'closed'] }, /Give the filter "status" once/],
    ['an unknown filter', { sort: 'due' }, /Unknown filter "sort"/],
  ])('refuses %s with a message naming the filter', (_label, query, message) => {
    const parsed = parseItemFilters(query);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('filterItems', () => {
  it('filters by status: open, closed or all', () => {
    expect(ids(filterItems(items, { status: 'open' }))).toEqual(['later', 'undated', 'late', 'soon']);
    expect(ids(filterItems(items, { status: 'closed' }))).toEqual(['done', 'dropped']);
    expect(filterItems(items, { status: 'all' })).toHaveLength(items.length);
  });

  it('filters by owner: a member, nobody, or someone outside the team', () => {
    expect(ids(filterItems(items, { status: 'all', owner: BEN }))).toEqual(['later', 'dropped']);
    expect(ids(filterItems(items, { status: 'all', owner: 'outside' }))).toEqual(['undated']);
    expect(ids(filterItems(items, { status: 'all', owner: 'unassigned' }))).toEqual(['done', 'late', 'soon']);
  });

  it('filters by exercise and by threat, together with the rest', () => {
    expect(ids(filterItems(items, { status: 'all', exercise: EX2 }))).toEqual(['done', 'soon']);
    expect(ids(filterItems(items, { status: 'open', exercise: EX2 }))).toEqual(['soon']);
    expect(ids(filterItems(items, { status: 'all', threat: 'sc-model-registry-poisoning' }))).toEqual(['late']);
  });
});

describe('sortItems and countItems', () => {
  it('puts overdue items first, then the rest by due date, undated last', () => {
    expect(ids(sortItems(items, TODAY))).toEqual(['late', 'done', 'soon', 'later', 'dropped', 'undated']);
  });

  it('breaks ties by age, then keeps an exercise’s items together in report item order', () => {
    const a = item('b', { createdAt: '2026-01-02T00:00:00.000Z', exerciseId: EX1 });
    const b = item('a', { createdAt: '2026-01-02T00:00:00.000Z', exerciseId: EX2 });
    const c = item('c', { createdAt: '2026-01-01T00:00:00.000Z' });
    const d = item('a', { createdAt: '2026-01-02T00:00:00.000Z', exerciseId: EX1 });
    expect(sortItems([a, b, c, d], TODAY)).toEqual([c, d, a, b]);
  });

  it('counts open, overdue and closed items', () => {
    expect(countItems(items, TODAY)).toEqual({ open: 4, overdue: 1, closed: 2 });
    expect(countItems([], TODAY)).toEqual({ open: 0, overdue: 0, closed: 0 });
  });
});

describe('planFacets', () => {
  it('offers each exercise once, newest first, and every threat the items came from', () => {
    const titled = items.map((i) => ({ ...i, exerciseTitle: i.exerciseId === EX1 ? 'Registry drill' : 'Fraud drill', exerciseEndedAt: i.exerciseId === EX1 ? '2026-01-05T10:00:00.000Z' : '2026-02-05T10:00:00.000Z' }));
    expect(planFacets(titled)).toEqual({
      exercises: [
        { id: EX2, title: 'Fraud drill', endedAt: '2026-02-05T10:00:00.000Z' },
        { id: EX1, title: 'Registry drill', endedAt: '2026-01-05T10:00:00.000Z' },
      ],
      threatIds: ['ml10-model-poisoning', 'sc-model-registry-poisoning'],
    });
  });
});
