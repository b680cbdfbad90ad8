// The team's improvement plan as a list: which items a reader asked for (status, owner, exercise,
// threat), in the order that needs attention first (overdue, then by due date), and the counts the
// page leads with. The filters come from a URL query, so the same schema serves the page's GET form
// and the API.
import { z } from 'zod';
import { slugSchema } from '../exercise/text-rules';
import type { ItemStatus } from '../report/hseep';
import { isClosedStatus, isOverdue } from './item-status';

export interface ListedItem {
  status: ItemStatus;
  dueDate: string | null;
  ownerUserId: string | null;
  ownerName: string | null;
  exerciseId: string;
  threatIds: readonly string[];
  /** ISO timestamp; with the exercise and the report's item id, the tie-breaks that keep the order stable. */
  createdAt: string;
  reportItemId: string;
}

export const STATUS_FILTERS = ['open', 'closed', 'all'] as const;
export const OWNER_FILTERS = ['unassigned', 'outside'] as const;

// A GET form sends every select, empty for "any": blank means not filtered.
const blank = (value: unknown) => (value === '' ? undefined : value);

export const itemFiltersSchema = z.strictObject({
  status: z.preprocess(blank, z.enum(STATUS_FILTERS, { error: 'must be open, closed or all' }).default('open')),
  /** A member's user id, `unassigned`, or `outside` (someone outside the team). */
  owner: z.preprocess(
    blank,
    z
      .string()
      .refine((value) => OWNER_FILTERS.some((o) => o === value) || z.uuid().safeParse(value).success, 'must be a team member’s id, unassigned or outside')
      .optional(),
  ),
  exercise: z.preprocess(blank, z.uuid({ error: 'must be an exercise id' }).optional()),
  threat: z.preprocess(blank, slugSchema.optional()),
});

export type ItemFilters = z.output<typeof itemFiltersSchema>;
export const DEFAULT_FILTERS: ItemFilters = { status: 'open' };

export type ParsedFilters = { ok: true; filters: ItemFilters } | { ok: false; message: string };

/** Parses a URL query (URLSearchParams, or the record a Next page gets). */
export function parseItemFilters(query: URLSearchParams | Record<string, string | string[] | undefined>): ParsedFilters {
  const entries = query instanceof URLSearchParams ? [...query.keys()].map((key) => [key, query.getAll(key)] as const) : Object.entries(query);
  const record: Record<string, string> = {};
  for (const [key, raw] of entries) {
    if (raw === undefined) continue;
    const values = typeof raw === 'string' ? [raw] : raw;
    if (values.length > 1) return { ok: false, message: `Give the filter "${key.slice(0, 40)}" once.` };
    if (values[0] !== undefined) record[key] = values[0];
  }
  const parsed = itemFiltersSchema.safeParse(record);
  if (parsed.success) return { ok: true, filters: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue?.code === 'unrecognized_keys') return { ok: false, message: `Unknown filter "${(issue.keys[0] ?? '').slice(0, 40)}": filter by status, owner, exercise or threat.` };
  return { ok: false, message: `Filter ${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? 'is invalid'}.` };
}

export function filterItems<T extends ListedItem>(items: readonly T[], filters: ItemFilters): T[] {
  return items.filter((item) => {
    if (filters.status === 'open' && isClosedStatus(item.status)) return false;
    if (filters.status === 'closed' && !isClosedStatus(item.status)) return false;
    if (filters.owner === 'unassigned' && (item.ownerUserId !== null || item.ownerName !== null)) return false;
    if (filters.owner === 'outside' && (item.ownerUserId !== null || item.ownerName === null)) return false;
    if (filters.owner !== undefined && filters.owner !== 'unassigned' && filters.owner !== 'outside' && item.ownerUserId !== filters.owner) return false;
    if (filters.exercise !== undefined && item.exerciseId !== filters.exercise) return false;
    if (filters.threat !== undefined && !item.threatIds.includes(filters.threat)) return false;
    return true;
  });
}

/** Overdue items first, then by due date (undated last), then oldest first, an exercise's items together. */
export function sortItems<T extends ListedItem>(items: readonly T[], today: string): T[] {
  const key = (item: T) => [isOverdue(item, today) ? 0 : 1, item.dueDate ?? '9999-99-99', item.createdAt, item.exerciseId, item.reportItemId] as const;
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const x = ka[i] ?? '';
      const y = kb[i] ?? '';
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
}

export interface ItemCounts {
  open: number;
  overdue: number;
  closed: number;
}

export function countItems(items: readonly ListedItem[], today: string): ItemCounts {
  let open = 0;
  let overdue = 0;
  for (const item of items) {
    if (isClosedStatus(item.status)) continue;
    open += 1;
    if (isOverdue(item, today)) overdue += 1;
  }
  return { open, overdue, closed: items.length - open };
}

export interface PlanFacets {
  exercises: Array<{ id: string; title: string; endedAt: string | null }>;
  threatIds: string[];
}

/** What the filters can offer: the exercises and threats the plan's items came from, newest exercise first. */
export function planFacets(items: ReadonlyArray<ListedItem & { exerciseTitle: string; exerciseEndedAt: string | null }>): PlanFacets {
  const exercises = new Map<string, PlanFacets['exercises'][number]>();
  const threats = new Set<string>();
  for (const item of items) {
    exercises.set(item.exerciseId, { id: item.exerciseId, title: item.exerciseTitle, endedAt: item.exerciseEndedAt });
    for (const id of item.threatIds) threats.add(id);
  }
  return {
    exercises: [...exercises.values()].sort((a, b) => (b.endedAt ?? '').localeCompare(a.endedAt ?? '') || a.title.localeCompare(b.title)),
    threatIds: [...threats].sort(),
  };
}
