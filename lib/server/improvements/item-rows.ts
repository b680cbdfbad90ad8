// Improvement items as the readers of the plan get them: the row, the exercise it came from, the
// owner's name and the item's history, parsed on the way out (jsonb columns are not trusted blindly).
import 'server-only';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { can, type Permission } from '../../auth/permissions';
import type { Database } from '../../db/open-database';
import { exercises, improvementItems, improvementItemUpdates, users } from '../../db/schema';
import { isOverdue } from '../../improvement/item-status';
import { CHANGED_FIELDS, type Changes } from '../../improvement/update-command';
import { CAPABILITY_ELEMENTS, ITEM_STATUSES, type CapabilityElement, type ItemStatus } from '../../report/hseep';
import { HttpError } from '../http';
import type { TeamMembership } from '../teams';

export const ITEM_NOT_FOUND = 'No improvement item with that id in this team.';

export interface ItemHistoryEntry {
  id: number;
  actorName: string;
  changes: Changes;
  comment: string | null;
  createdAt: string;
}

export interface ImprovementItemView {
  id: string;
  exerciseId: string;
  exerciseTitle: string;
  scenarioTitle: string;
  exerciseEndedAt: string | null;
  reportItemId: string;
  objectiveId: string | null;
  objectiveText: string | null;
  threatIds: string[];
  issue: string;
  correctiveAction: string | null;
  capability: CapabilityElement | null;
  /** A team member the item is assigned to; `ownerName` then is null. */
  ownerUserId: string | null;
  /** Someone outside the team. */
  ownerName: string | null;
  /** Whoever owns it, as a reader sees it: the member's name or the outside name. */
  owner: string | null;
  startDate: string | null;
  dueDate: string | null;
  status: ItemStatus;
  version: number;
  overdue: boolean;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  history: ItemHistoryEntry[];
}

/** 403 unless the caller's role in the team has `permission` (observers do not see the plan). */
export function assertTeamCan(team: TeamMembership, permission: Permission): void {
  if (!can(team.role, permission)) throw new HttpError(403, `Your role in ${team.name} (${team.role}) does not allow this.`);
}

const storedThreats = z.array(z.string());
const storedStatus = z.enum(ITEM_STATUSES);
const storedCapability = z.enum(CAPABILITY_ELEMENTS).nullable();
const change = z.object({ from: z.string().nullable(), to: z.string().nullable() });
const storedChanges = z.partialRecord(z.enum(CHANGED_FIELDS), change);

function parsed<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  // Only this module writes these columns: a value that does not parse is a bug, not user input.
  if (!result.success) throw new Error(`stored improvement ${what} does not parse: ${result.error.message}`);
  return result.data;
}

async function historyOf(db: Pick<Database, 'select'>, itemIds: string[]): Promise<Map<string, ItemHistoryEntry[]>> {
  const byItem = new Map<string, ItemHistoryEntry[]>();
  if (itemIds.length === 0) return byItem;
  const rows = await db.select().from(improvementItemUpdates).where(inArray(improvementItemUpdates.itemId, itemIds)).orderBy(asc(improvementItemUpdates.id));
  for (const row of rows) {
    const list = byItem.get(row.itemId) ?? [];
    const stored = parsed(storedChanges, row.changes, 'changes');
    // jsonb keeps keys in its own order: put them back in the order the form shows the fields.
    const changes: Changes = {};
    for (const field of CHANGED_FIELDS) if (stored[field]) changes[field] = stored[field];
    list.push({ id: row.id, actorName: row.actorName, changes, comment: row.comment, createdAt: row.createdAt.toISOString() });
    byItem.set(row.itemId, list);
  }
  return byItem;
}

/** The team's items matching `where` (always scoped to the team), each with its history. */
export async function selectItemViews(db: Pick<Database, 'select'>, teamId: string, today: string, where?: SQL): Promise<ImprovementItemView[]> {
  const rows = await db
    .select({
      item: improvementItems,
      exerciseTitle: exercises.title,
      exerciseEndedAt: exercises.endedAt,
      scenarioTitle: sql<string | null>`${exercises.scenario} ->> 'title'`,
      memberName: users.name,
    })
    .from(improvementItems)
    .innerJoin(exercises, and(eq(exercises.id, improvementItems.exerciseId), eq(exercises.teamId, teamId)))
    .leftJoin(users, eq(users.id, improvementItems.ownerUserId))
    .where(where ? and(eq(improvementItems.teamId, teamId), where) : eq(improvementItems.teamId, teamId))
    // A bound on what one page can hold; a team closes far fewer items than this in its life.
    .limit(5000);
  const history = await historyOf(
    db,
    rows.map((row) => row.item.id),
  );
  return rows.map(({ item, exerciseTitle, exerciseEndedAt, scenarioTitle, memberName }) => {
    const status = parsed(storedStatus, item.status, 'status');
    return {
      id: item.id,
      exerciseId: item.exerciseId,
      exerciseTitle,
      scenarioTitle: scenarioTitle ?? exerciseTitle,
      exerciseEndedAt: exerciseEndedAt?.toISOString() ?? null,
      reportItemId: item.reportItemId,
      objectiveId: item.objectiveId,
      objectiveText: item.objectiveText,
      threatIds: parsed(storedThreats, item.threatIds, 'threat ids'),
      issue: item.issue,
      correctiveAction: item.correctiveAction,
      capability: parsed(storedCapability, item.capability, 'capability'),
      ownerUserId: item.ownerUserId,
      ownerName: item.ownerUserId ? null : item.ownerName,
      // A member who deleted their account leaves the item unassigned (the foreign key sets null).
      owner: item.ownerUserId ? (memberName ?? null) : item.ownerName,
      startDate: item.startDate,
      dueDate: item.dueDate,
      status,
      version: item.version,
      overdue: isOverdue({ dueDate: item.dueDate, status }, today),
      closedAt: item.closedAt?.toISOString() ?? null,
      createdAt: item.createdAt.toISOString(),
      updatedAt: item.updatedAt.toISOString(),
      history: history.get(item.id) ?? [],
    };
  });
}
