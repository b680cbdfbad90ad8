// Publishing a report turns its improvement plan into the team's living items, inside the publish
// transaction: the frozen report and the rows that outlive it appear together or not at all.
// Publishing twice (or a retried publish) creates nothing new: (exercise, report item id) is unique.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/open-database';
import { improvementItems, memberships, users } from '../../db/schema';
import { itemThreatIds } from '../../improvement/item-threats';
import { isClosedStatus } from '../../improvement/item-status';
import { resolveOwner } from '../../improvement/resolve-owner';
import type { Scenario } from '../../exercise/scenario-schema';
import type { ReportModel } from '../../report/report-model-schema';

type Writer = Pick<Database, 'select' | 'insert'>;

export interface PublishedExercise {
  id: string;
  teamId: string;
  mode: 'team' | 'solo';
  scenario: Scenario;
}

/** Inserts the report's improvement items that are not stored yet; returns how many it inserted. */
export async function materializeImprovementItems(tx: Writer, exercise: PublishedExercise, model: ReportModel): Promise<number> {
  // Solo practice is its player's own: its report does not enter the team's plan.
  if (exercise.mode === 'solo') return 0;
  const items = model.improvementPlan.items;
  if (items.length === 0) return 0;
  const members = await tx
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.teamId, exercise.teamId));
  const now = new Date();
  const rows = items.map((item) => ({
    teamId: exercise.teamId,
    exerciseId: exercise.id,
    reportItemId: item.id,
    objectiveId: item.objectiveId,
    objectiveText: item.objectiveText,
    threatIds: itemThreatIds(model, exercise.scenario, item),
    issue: item.issue,
    correctiveAction: item.correctiveAction,
    capability: item.capability,
    ...resolveOwner(item.owner, members),
    startDate: item.startDate,
    dueDate: item.dueDate,
    status: item.status,
    closedAt: isClosedStatus(item.status) ? now : null,
  }));
  const inserted = await tx
    .insert(improvementItems)
    .values(rows)
    .onConflictDoNothing({ target: [improvementItems.exerciseId, improvementItems.reportItemId] })
    .returning({ id: improvementItems.id });
  return inserted.length;
}
