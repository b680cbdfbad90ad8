// Reports as stored: the facilitator's edits, once published the record that pins them to the log,
// and whether the facilitator has shared it. The report is rebuilt on every read from the exercise's
// scenario snapshot, its event log, the library and these, so nothing derived is ever stored.
// Reading needs report.read in the exercise's team, editing, publishing and sharing report.publish.
// A shared report may also be read by the team's observers and the exercise's guests (not removed);
// anyone else (another team, and observers and guests while it is not shared) gets 404.
// Every function takes the caller's ExerciseAccess: the route resolves it from the request.
import 'server-only';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { fieldErrors } from '../../auth/input-schemas';
import { can, isTeamRole, type Permission, type TeamRole } from '../../auth/permissions';
import type { Database } from '../../db/open-database';
import { memberships, reportDrafts } from '../../db/schema';
import { getAtlas, getLibrary } from '../../content/library-source';
import { siteUrl } from '../../content/site-config';
import { buildReport } from '../../report/build-report';
import { publishReport } from '../../report/publish-report';
import { reportEditsSchema, type ReportEditsInput } from '../../report/report-edits';
import type { PublishedReport } from '../../report/report-input';
import type { ImprovementItem, ReportModel } from '../../report/report-model-schema';
import type { ExerciseAccess } from '../exercises/resolve-exercise-access';
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
  /** Null for a guest, who has no team role. */
  role: TeamRole | null;
  canPublish: boolean;
  edits: ReportEditsInput;
  published: PublishedReport | null;
  /** When the facilitator shared it with observers and guests; null while it is not shared. */
  sharedAt: string | null;
  model: ReportModel;
}

async function teamRole(db: Pick<Database, 'select'>, teamId: string, userId: string): Promise<TeamRole | null> {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.teamId, teamId), eq(memberships.userId, userId)));
  return row && isTeamRole(row.role) ? row.role : null;
}

/** Whether the exercise's report is shared with its observers and guests. */
export async function isReportShared(db: Pick<Database, 'select'>, exerciseId: string): Promise<boolean> {
  const [row] = await db
    .select({ exerciseId: reportDrafts.exerciseId })
    .from(reportDrafts)
    .where(and(eq(reportDrafts.exerciseId, exerciseId), isNotNull(reportDrafts.sharedAt)));
  return row !== undefined;
}

/** The caller's team role, and a 404 unless that role has `permission` or the report is shared with them. */
async function reportAccess(access: ExerciseAccess, permission: Permission): Promise<{ role: TeamRole | null }> {
  const { actor, exercise, db } = access;
  const role = actor.kind === 'user' ? await teamRole(db, exercise.teamId, actor.id) : null;
  // Solo practice is its player's own: exerciseAccess already refused everyone else.
  if (role && (can(role, permission) || (exercise.mode === 'solo' && can(role, 'report.read')))) return { role };
  // Guests reach here only through a live capability for this exercise (a removed guest has none).
  const mayRead = (role !== null && can(role, 'report.read')) || ((role !== null || actor.kind === 'guest') && (await isReportShared(db, exercise.id)));
  if (!mayRead) throw new HttpError(404, NOT_FOUND);
  if (permission === 'report.read') return { role };
  // Someone who may read but not publish is told why; one who may not read has seen nothing.
  throw new HttpError(403, 'Only facilitators can edit, publish or share the report.');
}

interface StoredDraft {
  edits: ReportEditsInput;
  published: PublishedReport | null;
  sharedAt: string | null;
}

async function readDraft(db: Pick<Database, 'select'>, exerciseId: string): Promise<StoredDraft> {
  const [row] = await db.select().from(reportDrafts).where(eq(reportDrafts.exerciseId, exerciseId));
  if (!row) return { edits: {}, published: null, sharedAt: null };
  const edits = reportEditsSchema.safeParse(row.edits);
  const published = row.published === null ? null : publishedSchema.safeParse(row.published);
  if (!edits.success || (published && !published.success)) throw new Error(`stored report edits for ${exerciseId} do not parse`);
  return { edits: edits.data, published: published?.data ?? null, sharedAt: row.sharedAt?.toISOString() ?? null };
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

/**
 * The derived items a draft's edits remove from the plan, as they would read if put back, so the
 * editor can offer them again. Costs a second build, so only the editor asks, and only when
 * something is removed.
 */
export async function removedPlanItems(report: ReportForActor): Promise<ImprovementItem[]> {
  if (!report.canPublish || report.published) return [];
  const parsed = reportEditsSchema.parse(report.edits);
  const removed = new Set(Object.entries(parsed.items).flatMap(([id, patch]) => (patch.removed ? [id] : [])));
  if (removed.size === 0) return [];
  const items = Object.fromEntries(Object.entries(parsed.items).map(([id, { removed: _removed, ...patch }]) => [id, patch]));
  const restored = await build(report.access, { ...parsed, items }, null);
  return restored.improvementPlan.items.filter((item) => removed.has(item.id));
}

export async function getReportForActor(access: ExerciseAccess, permission: Permission = 'report.read'): Promise<ReportForActor> {
  const { role } = await reportAccess(access, permission);
  const { edits, published, sharedAt } = await readDraft(access.db, access.exercise.id);
  const model = await build(access, edits, published);
  const canPublish = role !== null && can(role, 'report.publish');
  return { access, role, canPublish, edits, published, sharedAt, model };
}

export async function saveEdits(access: ExerciseAccess, edits: ReportEditsInput): Promise<void> {
  await reportAccess(access, 'report.publish');
  const { db, exercise, actor } = access;
  // The route parsed the body already; parsing again keeps a caller that did not from storing junk.
  const result = reportEditsSchema.safeParse(edits);
  if (!result.success) {
    const fields = fieldErrors(result.error);
    throw new HttpError(400, Object.values(fields)[0] ?? 'The edits are invalid.', fields);
  }
  const parsed = result.data;
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ published: reportDrafts.published }).from(reportDrafts).where(eq(reportDrafts.exerciseId, exercise.id)).for('update');
    if (row && row.published !== null) throw new HttpError(409, 'This report is published: its edits can no longer change.');
    await tx
      .insert(reportDrafts)
      .values({ exerciseId: exercise.id, edits: parsed, updatedBy: actor.id, updatedAt: new Date() })
      .onConflictDoUpdate({ target: reportDrafts.exerciseId, set: { edits: parsed, updatedBy: actor.id, updatedAt: new Date() } });
  });
}

/**
 * Shares a published report with the team's observers and the exercise's guests. Only a published
 * report can be shared: what they read is the frozen, hash-pinned record, never a draft that may still
 * change. Sharing again keeps the first time.
 */
export async function shareReport(access: ExerciseAccess): Promise<{ sharedAt: string }> {
  await reportAccess(access, 'report.publish');
  const { db, exercise, actor } = access;
  const [row] = await db
    .update(reportDrafts)
    .set({ sharedAt: sql`coalesce(${reportDrafts.sharedAt}, now())`, sharedBy: sql`coalesce(${reportDrafts.sharedBy}, ${actor.id}::uuid)` })
    .where(and(eq(reportDrafts.exerciseId, exercise.id), isNotNull(reportDrafts.published)))
    .returning({ sharedAt: reportDrafts.sharedAt });
  if (!row?.sharedAt) throw new HttpError(409, 'Publish the report before sharing it: observers and guests only ever read the published version.');
  return { sharedAt: row.sharedAt.toISOString() };
}

/** Stops sharing: observers and guests get 404 again. Unsharing a report that is not shared changes nothing. */
export async function unshareReport(access: ExerciseAccess): Promise<void> {
  await reportAccess(access, 'report.publish');
  await access.db.update(reportDrafts).set({ sharedAt: null, sharedBy: null }).where(eq(reportDrafts.exerciseId, access.exercise.id));
}

export async function publish(access: ExerciseAccess): Promise<PublishedReport> {
  const report = await getReportForActor(access, 'report.publish');
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
