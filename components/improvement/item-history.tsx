import { CHANGED_FIELDS, describeChange } from '@/lib/improvement/update-command';
import type { ItemHistoryEntry } from '@/lib/server/improvements/item-rows';

/** What was changed on an item, by whom and when, oldest first. User text is rendered as text. */
export function ItemHistory({ history }: { history: ItemHistoryEntry[] }) {
  if (history.length === 0) return <p className="mt-1 text-sm text-fg-muted">No updates since the report was published.</p>;
  return (
    <ol className="mt-1 space-y-2 text-sm">
      {history.map((entry) => (
        <li key={entry.id} className="border-l-2 border-border pl-3">
          <p className="text-fg-muted">
            <time dateTime={entry.createdAt}>{entry.createdAt.slice(0, 16).replace('T', ' ')} UTC</time> · {entry.actorName}
          </p>
          {CHANGED_FIELDS.flatMap((field) => {
            const change = entry.changes[field];
            return change ? [<p key={field}>{describeChange(field, change)}</p>] : [];
          })}
          {entry.comment ? <p className="whitespace-pre-line">“{entry.comment}”</p> : null}
        </li>
      ))}
    </ol>
  );
}
