// What the team dashboard reads from the database, for one team and one viewer: the team's
// exercises (with only the threats and objectives of each scenario snapshot, not the whole
// snapshot), when each started, and — for a role that may read reports — each report's ratings and
// the improvement items by status and due date. Someone else's solo practice is theirs alone, as on
// the exercises page: neither it nor its items are read. Every query is scoped by the team's id,
// taken from the caller's membership, never from the client.
import 'server-only';
import { and, asc, count, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { can, type TeamRole } from '../../auth/permissions';
import type { DashboardExercise, ItemGroup } from '../../dashboard/dashboard-input';
import type { Database } from '../../db/open-database';
import { exerciseEvents, exercises, improvementItems, reportDrafts } from '../../db/schema';
import { calendarDateSchema } from '../../exercise/text-rules';
import { ITEM_STATUSES } from '../../report/hseep';
import { reportEditsSchema } from '../../report/report-edits';

export interface DashboardRecords {
  exercises: DashboardExercise[];
  items: ItemGroup[] | null;
  ratingsVisible: boolean;
}

// jsonb comes back parsed from both drivers; a string is parsed here in case a driver leaves it as text.
const jsonb = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (typeof value === 'string' ? JSON.parse(value) : value), schema);
const snapshotParts = z.object({
  threats: jsonb(z.array(z.string())),
  objectives: jsonb(z.array(z.object({ id: z.string(), text: z.string() }))),
});
const publishedEdits = z.object({ kind: z.literal('sandtable.published-report'), edits: reportEditsSchema });
const statusSchema = z.enum(['lobby', 'running', 'paused', 'ended']);
const itemStatusSchema = z.enum(ITEM_STATUSES);

type Reader = Pick<Database, 'select'>;

async function readExercises(db: Reader, teamId: string, userId: string) {
  return db
    .select({
      id: exercises.id,
      title: exercises.title,
      scenarioId: exercises.scenarioId,
      mode: exercises.mode,
      status: exercises.status,
      createdAt: exercises.createdAt,
      endedAt: exercises.endedAt,
      threats: sql<unknown>`${exercises.scenario} -> 'threats'`,
      objectives: sql<unknown>`${exercises.scenario} -> 'objectives'`,
    })
    .from(exercises)
    .where(and(eq(exercises.teamId, teamId), or(eq(exercises.mode, 'team'), eq(exercises.createdBy, userId))))
    .orderBy(asc(exercises.createdAt), asc(exercises.id));
}

async function readStartTimes(db: Reader, teamId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ exerciseId: exerciseEvents.exerciseId, createdAt: exerciseEvents.createdAt })
    .from(exerciseEvents)
    .innerJoin(exercises, eq(exercises.id, exerciseEvents.exerciseId))
    .where(and(eq(exercises.teamId, teamId), eq(exerciseEvents.type, 'exercise.started')));
  return new Map(rows.map((row) => [row.exerciseId, row.createdAt]));
}

/** Each report's state and ratings: the published record's edits, else the draft's. */
async function readReports(db: Reader, teamId: string): Promise<Map<string, NonNullable<DashboardExercise['report']>>> {
  const rows = await db
    .select({ exerciseId: reportDrafts.exerciseId, edits: reportDrafts.edits, published: reportDrafts.published })
    .from(reportDrafts)
    .innerJoin(exercises, eq(exercises.id, reportDrafts.exerciseId))
    .where(eq(exercises.teamId, teamId));
  return new Map(
    rows.map((row) => {
      // Stored edits were parsed on the way in; one that no longer parses is a bug, as in the report store.
      const ratings = row.published === null ? reportEditsSchema.safeParse(row.edits).data?.ratings : publishedEdits.safeParse(row.published).data?.edits.ratings;
      if (!ratings) throw new Error(`stored report edits for ${row.exerciseId} do not parse`);
      return [row.exerciseId, { state: row.published === null ? 'draft' : 'published', ratings }];
    }),
  );
}

async function readItemGroups(db: Reader, teamId: string, userId: string): Promise<ItemGroup[]> {
  const rows = await db
    .select({ status: improvementItems.status, dueDate: improvementItems.dueDate, count: count() })
    .from(improvementItems)
    .innerJoin(exercises, eq(exercises.id, improvementItems.exerciseId))
    .where(and(eq(improvementItems.teamId, teamId), eq(exercises.teamId, teamId), or(eq(exercises.mode, 'team'), eq(exercises.createdBy, userId))))
    .groupBy(improvementItems.status, improvementItems.dueDate);
  return rows.flatMap((row) => {
    const status = itemStatusSchema.safeParse(row.status);
    if (!status.success) return [];
    const due = calendarDateSchema.safeParse(row.dueDate);
    return [{ status: status.data, dueDate: due.success ? due.data : null, count: Number(row.count) }];
  });
}

export async function loadDashboardRecords(db: Reader, team: { teamId: string; role: TeamRole }, userId: string): Promise<DashboardRecords> {
  const ratingsVisible = can(team.role, 'report.read');
  const [rows, started, reports, items] = await Promise.all([
    readExercises(db, team.teamId, userId),
    readStartTimes(db, team.teamId),
    ratingsVisible ? readReports(db, team.teamId) : null,
    ratingsVisible ? readItemGroups(db, team.teamId, userId) : null,
  ]);
  const list = rows.map((row): DashboardExercise => {
    const parts = snapshotParts.parse({ threats: row.threats, objectives: row.objectives });
    return {
      id: row.id,
      title: row.title,
      scenarioId: row.scenarioId,
      mode: row.mode === 'solo' ? 'solo' : 'team',
      status: statusSchema.catch('ended').parse(row.status),
      createdAt: row.createdAt.toISOString(),
      startedAt: started.get(row.id) ?? null,
      endedAt: row.endedAt?.toISOString() ?? null,
      threatIds: parts.threats,
      objectives: parts.objectives,
      report: reports ? (reports.get(row.id) ?? { state: 'none', ratings: {} }) : null,
    };
  });
  return { exercises: list, items, ratingsVisible };
}
