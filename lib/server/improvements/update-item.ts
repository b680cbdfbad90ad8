// Updating one improvement item: under the item's row lock, answer a retry with what the first
// attempt did, refuse a stale version, check the new owner is in the item's team, apply the change
// and append it to the item's history. Writing needs improvement.write; another team's item is 404.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/open-database';
import { improvementItems, improvementItemUpdates, memberships, users } from '../../db/schema';
import { planUpdate, type ImprovementUpdate, type ItemOwner, type ItemState } from '../../improvement/update-command';
import { CAPABILITY_ELEMENTS, ITEM_STATUSES } from '../../report/hseep';
import type { PublicUser } from '../accounts';
import { HttpError } from '../http';
import type { TeamMembership } from '../teams';
import { getImprovementItem } from './improvement-items';
import { assertTeamCan, ITEM_NOT_FOUND, type ImprovementItemView } from './item-rows';

export interface UpdateResult {
  item: ImprovementItemView;
  /** True when this was a retry of an update already stored: nothing was written. */
  replayed: boolean;
}

const itemIdSchema = z.uuid();
const statusSchema = z.enum(ITEM_STATUSES);
const capabilitySchema = z.enum(CAPABILITY_ELEMENTS).nullable();

export async function updateImprovementItem(db: Database, team: TeamMembership, actor: Pick<PublicUser, 'id' | 'name'>, itemId: string, update: ImprovementUpdate): Promise<UpdateResult> {
  assertTeamCan(team, 'improvement.write');
  const id = itemIdSchema.safeParse(itemId);
  if (!id.success) throw new HttpError(404, ITEM_NOT_FOUND);
  const replayed = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ item: improvementItems, memberName: users.name })
      .from(improvementItems)
      .leftJoin(users, eq(users.id, improvementItems.ownerUserId))
      .where(and(eq(improvementItems.id, id.data), eq(improvementItems.teamId, team.teamId)))
      .for('update', { of: improvementItems });
    if (!row) throw new HttpError(404, ITEM_NOT_FOUND);
    const { item } = row;

    // Checked before the version: the first attempt moved the version on, and its retry must still succeed.
    const [previous] = await tx
      .select({ actorId: improvementItemUpdates.actorId })
      .from(improvementItemUpdates)
      .where(and(eq(improvementItemUpdates.itemId, item.id), eq(improvementItemUpdates.clientId, update.clientId)));
    if (previous) {
      if (previous.actorId !== actor.id) throw new HttpError(409, 'This request id was already used for a different request: send a new one.');
      return true;
    }
    if (item.version !== update.expectedVersion) {
      throw new HttpError(409, `Someone else updated this item since you opened it (it is at version ${item.version}, you edited version ${update.expectedVersion}). Reload it and make your change again.`);
    }

    const members = new Map(
      (
        await tx
          .select({ userId: users.id, name: users.name })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(eq(memberships.teamId, team.teamId))
      ).map((m) => [m.userId, m.name]),
    );
    const owner: ItemOwner = item.ownerUserId ? { kind: 'member', userId: item.ownerUserId, name: row.memberName ?? 'former member' } : item.ownerName ? { kind: 'outside', name: item.ownerName } : null;
    const current: ItemState = {
      status: statusSchema.parse(item.status),
      owner,
      startDate: item.startDate,
      dueDate: item.dueDate,
      correctiveAction: item.correctiveAction,
      capability: capabilitySchema.parse(item.capability),
    };
    const plan = planUpdate(current, update, members);
    if (!plan.ok) throw new HttpError(plan.status, plan.message, { [plan.field]: plan.message });

    const { next } = plan;
    await tx
      .update(improvementItems)
      .set({
        status: next.status,
        ownerUserId: next.owner?.kind === 'member' ? next.owner.userId : null,
        ownerName: next.owner?.kind === 'outside' ? next.owner.name : null,
        startDate: next.startDate,
        dueDate: next.dueDate,
        correctiveAction: next.correctiveAction,
        capability: next.capability,
        version: sql`${improvementItems.version} + 1`,
        updatedAt: new Date(),
        ...(plan.closes ? { closedAt: new Date() } : plan.reopens ? { closedAt: null } : {}),
      })
      .where(eq(improvementItems.id, item.id));
    await tx.insert(improvementItemUpdates).values({ itemId: item.id, actorId: actor.id, actorName: actor.name, clientId: update.clientId, changes: plan.changes, comment: update.comment ?? null });
    return false;
  });
  return { item: await getImprovementItem(db, team, id.data), replayed };
}
