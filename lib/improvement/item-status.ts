// When an improvement item counts as closed, and when it is overdue. Due dates are calendar dates
// without a time zone; the server and every reader compare them with today's date in UTC, so an
// item turns overdue at the same moment for the whole team.
import type { ItemStatus } from '../report/hseep';

export const CLOSED_STATUSES: ReadonlySet<ItemStatus> = new Set(['complete', 'cancelled']);

export function isClosedStatus(status: ItemStatus): boolean {
  return CLOSED_STATUSES.has(status);
}

/** Today's date in UTC, YYYY-MM-DD. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Due before today (UTC) and still open: a due date of today is not overdue yet. */
export function isOverdue(item: { dueDate: string | null; status: ItemStatus }, today: string): boolean {
  return item.dueDate !== null && item.dueDate < today && !isClosedStatus(item.status);
}
