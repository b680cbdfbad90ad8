// Reading a team's improvement plan: every item across its exercises, or one item with its history.
// Reading needs report.read in the team (observers do not see the plan); an item of another team is
// not found.
import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/open-database';
import { improvementItems } from '../../db/schema';
import { countItems, filterItems, sortItems, type ItemCounts, type ItemFilters } from '../../improvement/item-list';
import { utcDate } from '../../improvement/item-status';
import { HttpError } from '../http';
import type { TeamMembership } from '../teams';
import { assertTeamCan, ITEM_NOT_FOUND, selectItemViews, type ImprovementItemView } from './item-rows';

export interface ImprovementPlan {
  /** The items the filters asked for, overdue first, then by due date. */
  items: ImprovementItemView[];
  /** Over the whole plan, whatever the filters. */
  counts: ItemCounts;
  /** Every item of the plan, for the filters' choices. */
  all: ImprovementItemView[];
}

export async function listImprovementItems(db: Database, team: TeamMembership, filters: ItemFilters, now = new Date()): Promise<ImprovementPlan> {
  assertTeamCan(team, 'report.read');
  const today = utcDate(now);
  const all = await selectItemViews(db, team.teamId, today);
  return { items: sortItems(filterItems(all, filters), today), counts: countItems(all, today), all };
}

const itemIdSchema = z.uuid();

export async function getImprovementItem(db: Database, team: TeamMembership, itemId: string, now = new Date()): Promise<ImprovementItemView> {
  assertTeamCan(team, 'report.read');
  const id = itemIdSchema.safeParse(itemId);
  if (!id.success) throw new HttpError(404, ITEM_NOT_FOUND);
  const [item] = await selectItemViews(db, team.teamId, utcDate(now), eq(improvementItems.id, id.data));
  if (!item) throw new HttpError(404, ITEM_NOT_FOUND);
  return item;
}
