// Improvement items open against closed: open is not started or in progress (OPEN_STATUSES, as the
// report summary counts), closed is complete or cancelled, and overdue is open with a due date
// before today.
import { ITEM_STATUSES, OPEN_STATUSES, type ItemStatus } from '../report/hseep';
import type { ItemGroup } from './dashboard-input';

export interface ItemCounts {
  total: number;
  open: number;
  closed: number;
  overdue: number;
  byStatus: Record<ItemStatus, number>;
}

export function itemCounts(groups: readonly ItemGroup[], today: string): ItemCounts {
  const sum = (keep: (g: ItemGroup) => boolean) => groups.filter(keep).reduce((total, g) => total + g.count, 0);
  const open = (g: ItemGroup) => OPEN_STATUSES.has(g.status);
  return {
    total: sum(() => true),
    open: sum(open),
    closed: sum((g) => !open(g)),
    overdue: sum((g) => open(g) && g.dueDate !== null && g.dueDate < today),
    byStatus: Object.fromEntries(ITEM_STATUSES.map((status) => [status, sum((g) => g.status === status)])) as Record<ItemStatus, number>,
  };
}
