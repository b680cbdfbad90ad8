import Link from 'next/link';
import type { ItemFilters, PlanFacets } from '@/lib/improvement/item-list';

interface Props {
  action: string;
  filters: ItemFilters;
  facets: PlanFacets;
  members: Array<{ userId: string; name: string }>;
  threatLabel: (id: string) => string;
}

const selectClass = 'mt-1 w-full rounded border border-border bg-bg px-2 py-1';

/** A plain GET form: the filters work the same with and without JavaScript, and the URL can be shared. */
export function PlanFilters({ action, filters, facets, members, threatLabel }: Props) {
  return (
    <form method="get" action={action} aria-label="Filter the plan" className="mt-6 grid gap-3 rounded border border-border p-4 sm:grid-cols-2 lg:grid-cols-5">
      <div>
        <label htmlFor="filter-status" className="block text-sm font-medium">
          Status
        </label>
        <select id="filter-status" name="status" defaultValue={filters.status} className={selectClass}>
          <option value="open">Open</option>
          <option value="closed">Closed</option>
          <option value="all">All</option>
        </select>
      </div>
      <div>
        <label htmlFor="filter-owner" className="block text-sm font-medium">
          Owner
        </label>
        <select id="filter-owner" name="owner" defaultValue={filters.owner ?? ''} className={selectClass}>
          <option value="">Anyone</option>
          <option value="unassigned">Unassigned</option>
          <option value="outside">Someone outside the team</option>
          {members.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-exercise" className="block text-sm font-medium">
          Exercise
        </label>
        <select id="filter-exercise" name="exercise" defaultValue={filters.exercise ?? ''} className={selectClass}>
          <option value="">All exercises</option>
          {facets.exercises.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
              {e.endedAt ? ` (${e.endedAt.slice(0, 10)})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-threat" className="block text-sm font-medium">
          Threat
        </label>
        <select id="filter-threat" name="threat" defaultValue={filters.threat ?? ''} className={selectClass}>
          <option value="">All threats</option>
          {facets.threatIds.map((id) => (
            <option key={id} value={id}>
              {threatLabel(id)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end gap-3">
        <button type="submit" className="rounded bg-accent px-3 py-1 font-medium text-accent-fg hover:opacity-90">
          Apply filters
        </button>
        <Link href={action} className="text-sm">
          Clear
        </Link>
      </div>
    </form>
  );
}
