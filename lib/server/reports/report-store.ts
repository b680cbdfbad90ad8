// Reports as stored: the facilitator's edits and, once published, the record that pins them to the
// log. The report is rebuilt on every read from the exercise's scenario snapshot, its event log, the
// library and these, so nothing derived is ever stored. Reading needs report.read in the exercise's
// team, editing and publishing report.publish; anyone else (another team, guests, observers) gets 404.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { can, isTeamRole, type Permission, type TeamRole } from '../../auth/permissions';
import type { Database } from '../../db/open-database';
import { memberships, reportDrafts } from '../../db/schema';
import { getAtlas, getLibrary } from '../../content/library-source';
import { siteUrl } from '../../content/site-config';
import { buildReport } from '../../report/build-report';
import { publishReport } from '../../report/publish-report';
import { reportEditsSchema, type ReportEditsInput } from '../../report/report-edits';
import type { PublishedReport } from '../../report/report-input';
import type { ReportModel } from '../../report/report-model-schema';
import { exerciseAccess, type ExerciseAccess } from '../exercises/exercise-access';
import { syncHistory } from '../exercises/exercise-history';
import { HttpError } from '../http';
import { materializeImprovementItems } from '../improvements/materialize-items';

const NOT_FOUND = 'No exercise with that id.';

const publishedSchema = z.object({
  kind: z.literal('sandtable.published-report'),
  version: z.literal(1),
  exerciseId: z.string(),
  edits: reportEditsSchema,
  finalHash: z.string(),
  eventCount: z.number().int().nonnegative(),
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
});

export interface ReportForActor {
  access: ExerciseAccess;
  role: TeamRole;
  canPublish: boolean;
  edits: ReportEditsInput;
  published: PublishedReport | null;
  model: ReportModel;
}

async function teamRole(db: Pick<Database, 'select'>, teamId: string, userId: string): Promise<TeamRole | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId)));
  return row && isTeamRole(row.role) ? row.role : null;
}

/** The exercise, its caller's team role, and a 404 unless that role has `permission`. */
async function reportAccess(exerciseId: string, permission: Permission): Promise<{ access: ExerciseAccess; role: TeamRole }> {
  const access = await exerciseAccess(exerciseId);
  const { actor, exercise, db } = access;
  if (actor.kind !== 'user') throw new HttpError(404, NOT_FOUND);
  const role = await teamRole(db, exercise.teamId, actor.id);
  // Solo practice is its player's own: exerciseAccess already refused everyone else.
  const allowed = role !== null && (can(role, permission) || (exercise.mode === 'solo' && can(role, 'report.read')));
  if (!role || !allowed) {
    // A member who may read but not publish is told why; a role that may not read sees nothing.
    if (role && can(role, 'report.read')) throw new HttpError(403, 'Only facilitators can edit or publish the report.');
    throw new HttpError(404, NOT_FOUND);
  }
  return { access, role };
}

async function readDraft(db: Pick<Database, 'select'>, exerciseId: string): Promise<{ edits: ReportEditsInput; published: PublishedReport | null }> {
  const [row] = await db.select().from(reportDrafts).where(eq(reportDrafts.exerciseId, exerciseId));
  if (!row) return { edits: {}, published: null };
  const edits = reportEditsSchema.safeParse(row.edits);
  const published = row.published === null ? null : publishedSchema.safeParse(row.published);
  if (!edits.success || (published && !published.success)) throw new Error(`stored report edits for ${exerciseId} do not parse`);
  return { edits: edits.data, published: published?.data ?? null };
}

async function build(access: ExerciseAccess, edits: ReportEditsInput, published: PublishedReport | null): Promise<ReportModel> {
  const { db, exercise } = access;
  const history = await syncHistory(db, exercise.id, exercise.scenario);
  // Events written after the row was read belong to a later head: leave them out so the chain check
  // compares like with like.
  const events = history.entries.map((entry) => entry.event).filter((event) => event.seq <= exercise.headSeq);
  return buildReport({
    scenario: exercise.scenario,
    events,
    library: getLibrary(),
    atlas: getAtlas(),
    edits,
    exercise: { id: exercise.id, title: exercise.title, expectedChain: { head: exercise.headHash, count: exercise.headSeq } },
    generatedAt: published?.publishedAt ?? new Date().toISOString(),
    siteUrl: siteUrl(),
    published,
  });
}

export async function getReportForActor(exerciseId: string, permission: Permission = 'report.read'): Promise<ReportForActor> {
  const { access, role } = await reportAccess(exerciseId, permission);
  const { edits, published } = await readDraft(access.db, access.exercise.id);
  const model = await build(access, edits, published);
  return { access, role, canPublish: can(role, 'report.publish'), edits, published, model };
}

export async function saveEdits(exerciseId: string, edits: ReportEditsInput): Promise<void> {
  const { access } = await reportAccess(exerciseId, 'report.publish');
  const { db, exercise, actor } = access;
  const parsed = reportEditsSchema.parse(edits);
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ published: reportDrafts.published }).from(reportDrafts).where(eq(reportDrafts.exerciseId, exercise.id)).for('update');
    if (row && row.published !== null) throw new HttpError(409, 'This report is published: its edits can no longer change.');
    await tx
      .insert(reportDrafts)
      .values({ exerciseId: exercise.id, edits: parsed, updatedBy: actor.id, updatedAt: new Date() })
      .onConflictDoUpdate({ target: reportDrafts.exerciseId, set: { edits: parsed, updatedBy: actor.id, updatedAt: new Date() } });
  });
}

export async function publish(exerciseId: string): Promise<PublishedReport> {
  const report = await getReportForActor(exerciseId, 'report.publish');
  const { db, exercise, actor } = report.access;
  if (report.published) throw new HttpError(409, 'This report is already published.');
  if (exercise.status !== 'ended') throw new HttpError(409, 'End the exercise before publishing its report.');
  const result = publishReport(report.model, report.edits, new Date().toISOString(), actor.name);
  if (!result.ok) throw new HttpError(409, result.reason);
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ published: reportDrafts.published }).from(reportDrafts).where(eq(reportDrafts.exerciseId, exercise.id)).for('update');
    if (row && row.published !== null) throw new HttpError(409, 'This report is already published.');
    await tx
      .insert(reportDrafts)
      .values({ exerciseId: exercise.id, edits: report.edits, published: result.record, updatedBy: actor.id, updatedAt: new Date() })
      .onConflictDoUpdate({ target: reportDrafts.exerciseId, set: { published: result.record, updatedBy: actor.id, updatedAt: new Date() } });
    await materializeImprovementItems(tx, exercise, report.model);
  });
  return result.record;
}
