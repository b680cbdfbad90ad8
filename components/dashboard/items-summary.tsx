// Improvement items open against closed, with the overdue ones called out.
import type { ItemCounts } from '@/lib/dashboard/item-counts';
import { ITEM_STATUS_LABELS, ITEM_STATUSES } from '@/lib/report/hseep';

export function ItemsSummary({ items }: { items: ItemCounts }) {
  return (
    <section aria-labelledby="items-heading" className="mt-10">
      <h2 id="items-heading" className="text-xl font-semibold">
        Improvement items
      </h2>
      {items.total === 0 ? (
        <p className="mt-2">No improvement items yet.</p>
      ) : (
        <>
          <dl className="mt-3 grid max-w-xl grid-cols-3 gap-3 text-center">
            <div className="rounded border border-border p-3">
              <dt className="text-sm text-fg-muted">Open</dt>
              <dd className="text-2xl font-semibold">{items.open}</dd>
            </div>
            <div className="rounded border border-border p-3">
              <dt className="text-sm text-fg-muted">Overdue</dt>
              <dd className="text-2xl font-semibold">{items.overdue}</dd>
            </div>
            <div className="rounded border border-border p-3">
              <dt className="text-sm text-fg-muted">Closed</dt>
              <dd className="text-2xl font-semibold">{items.closed}</dd>
            </div>
          </dl>
          <p className="mt-2 text-sm text-fg-muted">
            {ITEM_STATUSES.map((status) => `${ITEM_STATUS_LABELS[status]}: ${items.byStatus[status]}`).join(' · ')}. Overdue: open with a due date before today.
          </p>
        </>
      )}
    </section>
  );
}
