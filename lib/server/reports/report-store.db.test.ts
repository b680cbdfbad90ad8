import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import type { OpenDatabase } from '../../db/open-database';
import { reportDrafts } from '../../db/schema';
import type { TeamRole } from '../../auth/permissions';
import { reportScenario, testAtlas, testLibrary } from '../../report/test-report';
import { databaseKind, openTestDatabase, truncateAll } from '../../testing/test-database';
import { signUp, type PublicUser } from '../accounts';
import { appendCommand } from '../exercises/append-command';
import { createExercise, createGuest, markGuestRemoved } from '../exercises/exercise-records';
import { resolveExerciseAccess } from '../exercises/resolve-exercise-access';
import { HttpError } from '../http';
import { acceptInvite, createInvite } from '../invites';
import { createTeam } from '../teams';
import { getReportForActor, isReportShared, publish, removedPlanItems, saveEdits, shareReport, unshareReport } from './report-store';

// The app reads the library and the site's origin from the build's generated content; these tests
// build reports against the report tests' small library instead.
vi.mock('../../content/library-source', () => ({ getLibrary: () => testLibrary, getAtlas: () => testAtlas }));
vi.mock('../../content/site-config', () => ({ siteUrl: () => 'https://sandtable.test' }));

let database: OpenDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
}, 30_000);
afterAll(async () => database.close());
beforeEach(async () => truncateAll(database));

async function expectHttp(promise: Promise<unknown>, status: number, message?: RegExp) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error, `expected HTTP ${status}`).toBeInstanceOf(HttpError);
  if (error instanceof HttpError) {
    expect(error.status).toBe(status);
    if (message) expect(error.message).toMatch(message);
  }
}

let people = 0;
async function person(name: string): Promise<PublicUser> {
  people += 1;
  return (await signUp(database.db, { name, email: `${name.toLowerCase()}-${people}@example.com`, password: 'correct horse battery' })).user;
}

async function joinTeam(owner: PublicUser, teamId: string, user: PublicUser, role: TeamRole) {
  const { token } = await createInvite(database.db, owner, teamId, role, undefined, 7);
  await acceptInvite(database.db, token, user);
}

/** A team with one of each role, an outsider with a team of their own, and a team exercise with a guest. */
async function setup() {
  const facilitator = await person('Fatima');
  const member = await person('Mia');
  const observer = await person('Oskar');
  const outsider = await person('Olaf');
  const team = await createTeam(database.db, facilitator, 'Fraud ML', 'fraud-ml');
  await createTeam(database.db, outsider, 'Other', 'other');
  await joinTeam(facilitator, team.teamId, member, 'member');
  await joinTeam(facilitator, team.teamId, observer, 'observer');
  const exercise = await createExercise(database.db, team.teamId, facilitator, reportScenario, 'team');
  const guest = await createGuest(database.db, exercise.id, 'Gus');
  const as = (user: PublicUser | null, guestToken?: string) => resolveExerciseAccess(database.db, exercise.id, user, guestToken);
  const command = async (body: Record<string, unknown>) => {
    const access = await as(facilitator);
    await appendCommand(database.db, access.exercise, access.actor, { clientId: crypto.randomUUID(), ...body });
  };
  await command({ type: 'exercise.start', mode: 'team' });
  await command({ type: 'note.add', text: 'We have no runbook for alias rollback.', tag: 'gap', objectiveId: 'contain' });
  await command({ type: 'action_item.add', text: 'Write the alias rollback runbook.', owner: 'Alice', dueDate: '2026-06-01', objectiveId: 'contain' });
  return { facilitator, member, observer, outsider, exercise, guest, as, command };
}

describe(`the report store on ${databaseKind}`, () => {
  it('stores the facilitator’s edits, rebuilds the report from them, and refuses invalid edits without changing anything', async () => {
    const { facilitator, as } = await setup();
    await saveEdits(await as(facilitator), {
      summary: 'Contained within the hour.',
      items: { 'action-item-3': { owner: 'Priya', dueDate: '2026-09-30', status: 'in-progress' }, 'gap-note-2': { removed: true } },
      addedItems: [{ id: 'added-1a2b', objectiveId: 'notify', issue: 'Counsel joined late.', correctiveAction: 'Invite counsel to the next drill.', capability: 'exercises', owner: 'Fatima', startDate: null, dueDate: '2026-07-01' }],
    });
    const report = await getReportForActor(await as(facilitator));
    expect(report.canPublish).toBe(true);
    expect(report.model.summary.text).toBe('Contained within the hour.');
    const items = report.model.improvementPlan.items;
    expect(items.find((i) => i.id === 'action-item-3')).toMatchObject({ owner: 'Priya', dueDate: '2026-09-30', status: 'in-progress', edited: true });
    expect(items.find((i) => i.id === 'added-1a2b')).toMatchObject({ source: 'added', issue: 'Counsel joined late.', status: 'not-started' });
    expect(items.some((i) => i.id === 'gap-note-2')).toBe(false);
    // The removed item, as it would read if put back, for the editor.
    expect(await removedPlanItems(report)).toEqual([expect.objectContaining({ id: 'gap-note-2', issue: 'We have no runbook for alias rollback.' })]);

    await expectHttp(saveEdits(await as(facilitator), { summary: 'x'.repeat(20_001) }), 400, /at most 20000 characters/);
    await expectHttp(saveEdits(await as(facilitator), { items: { 'action-item-3': { dueDate: '2026-02-30' } } }), 400, /real calendar date/);
    await expectHttp(saveEdits(await as(facilitator), { addedItems: [{ id: 'mine', issue: 'a', correctiveAction: 'b', objectiveId: null, capability: null, owner: null, startDate: null, dueDate: null }] }), 400, /starts with "added-"/);
    await expectHttp(saveEdits(await as(facilitator), { items: { 'action-item-3': { owner: 'Eve\u0007' } } }), 400, /control characters/);
    expect((await getReportForActor(await as(facilitator))).model.summary.text).toBe('Contained within the hour.');
  });

  it('publishes only an ended exercise, once, and then refuses edits', async () => {
    const { facilitator, as, command } = await setup();
    await expectHttp(publish(await as(facilitator)), 409, /End the exercise/);
    await command({ type: 'exercise.end' });
    const record = await publish(await as(facilitator));
    expect(record).toMatchObject({ kind: 'sandtable.published-report', publishedBy: 'Fatima', eventCount: 4 });
    await expectHttp(saveEdits(await as(facilitator), { summary: 'changed after publishing' }), 409, /published/);
    await expectHttp(publish(await as(facilitator)), 409, /already published/);
    const report = await getReportForActor(await as(facilitator));
    expect(report.model.status).toBe('published');
    expect(report.model.summary.text).not.toBe('changed after publishing');
  });

  it('lets members read but not edit, publish or share, and shows another team nothing', async () => {
    const { facilitator, member, outsider, as, command } = await setup();
    await command({ type: 'exercise.end' });
    const asMember = await as(member);
    expect((await getReportForActor(asMember)).canPublish).toBe(false);
    await expectHttp(saveEdits(asMember, { summary: 'mine' }), 403, /Only facilitators/);
    await expectHttp(publish(asMember), 403);
    await publish(await as(facilitator));
    await expectHttp(shareReport(asMember), 403);
    await expectHttp(unshareReport(asMember), 403);
    // Another team's member is refused before the store is reached, whatever the report's state.
    await shareReport(await as(facilitator));
    await expectHttp(as(outsider), 404, /No exercise/);
  });

  it('shows observers and guests a report only while it is shared; a removed guest is refused even then', async () => {
    const { facilitator, observer, guest, exercise, as, command } = await setup();
    const second = await createGuest(database.db, exercise.id, 'Greta');
    await command({ type: 'exercise.end' });
    const readers = async () => [await as(observer), await as(null, guest.token), await as(null, second.token)];
    for (const access of await readers()) await expectHttp(getReportForActor(access), 404, /No exercise/);

    // Only a published report can be shared, with or without a stored draft.
    await expectHttp(shareReport(await as(facilitator)), 409, /Publish the report before sharing/);
    await saveEdits(await as(facilitator), { summary: 'Draft words.' });
    await expectHttp(shareReport(await as(facilitator)), 409, /Publish the report before sharing/);
    expect(await isReportShared(database.db, exercise.id)).toBe(false);
    await publish(await as(facilitator));
    for (const access of await readers()) await expectHttp(getReportForActor(access), 404);
    const { sharedAt } = await shareReport(await as(facilitator));
    expect(await isReportShared(database.db, exercise.id)).toBe(true);
    // Sharing again keeps the first time.
    expect((await shareReport(await as(facilitator))).sharedAt).toBe(sharedAt);
    const [row] = await database.db.select({ sharedBy: reportDrafts.sharedBy }).from(reportDrafts).where(eq(reportDrafts.exerciseId, exercise.id));
    expect(row?.sharedBy).toBe(facilitator.id);

    for (const access of await readers()) {
      const report = await getReportForActor(access);
      expect(report).toMatchObject({ canPublish: false, sharedAt, model: { status: 'published' } });
      // Reading is all they may do.
      await expectHttp(saveEdits(access, { summary: 'ours' }), 403);
      await expectHttp(unshareReport(access), 403);
    }

    await markGuestRemoved(database.db, exercise.id, second.guestId);
    await expectHttp(as(null, second.token), 401);

    await unshareReport(await as(facilitator));
    expect(await isReportShared(database.db, exercise.id)).toBe(false);
    for (const access of [await as(observer), await as(null, guest.token)]) await expectHttp(getReportForActor(access), 404);
    // Unsharing twice changes nothing; the facilitator still reads it.
    await unshareReport(await as(facilitator));
    expect((await getReportForActor(await as(facilitator))).sharedAt).toBeNull();
  });
});
