import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { OpenDatabase } from '../../db/open-database';
import { improvementItems, improvementItemUpdates, memberships } from '../../db/schema';
import { parseImprovementUpdate, type ImprovementUpdate } from '../../improvement/update-command';
import { playedExercise, reportOf, reportScenario } from '../../report/test-report';
import { databaseKind, openTestDatabase, truncateAll } from '../../testing/test-database';
import { signUp, type PublicUser } from '../accounts';
import { createExercise } from '../exercises/exercise-records';
import { HttpError } from '../http';
import { createTeam, getMembership, type TeamMembership } from '../teams';
import { getImprovementItem, listImprovementItems } from './improvement-items';
import { materializeImprovementItems } from './materialize-items';
import { updateImprovementItem } from './update-item';

let database: OpenDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
}, 30_000);
afterAll(async () => database.close());
beforeEach(async () => truncateAll(database));

const NOW = new Date('2026-07-01T12:00:00.000Z');
const password = 'correct horse battery';

async function expectHttp(promise: Promise<unknown>, status: number, message?: RegExp) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(HttpError);
  if (error instanceof HttpError) {
    expect(error.status).toBe(status);
    if (message) expect(error.message).toMatch(message);
  }
}

function update(fields: Record<string, unknown>): ImprovementUpdate {
  const parsed = parseImprovementUpdate({ clientId: crypto.randomUUID(), expectedVersion: 1, ...fields });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.update;
}

interface World {
  fatima: PublicUser;
  alice: PublicUser;
  olga: PublicUser;
  oscar: PublicUser;
  team: TeamMembership;
  asAlice: TeamMembership;
  asOlga: TeamMembership;
  asOscar: TeamMembership;
  exerciseId: string;
}

/** A team (owner Fatima, member Alice, observer Olga) with a published exercise, and Oscar in a team of his own. */
async function world(): Promise<World> {
  const db = database.db;
  const user = async (name: string) => (await signUp(db, { name, email: `${name.toLowerCase()}@example.com`, password })).user;
  const [fatima, alice, olga, oscar] = [await user('Fatima'), await user('Alice'), await user('Olga'), await user('Oscar')];
  const team = await createTeam(db, fatima, 'Fraud ML', 'fraud-ml');
  await db.insert(memberships).values([
    { teamId: team.teamId, userId: alice.id, role: 'member' },
    { teamId: team.teamId, userId: olga.id, role: 'observer' },
  ]);
  await createTeam(db, oscar, 'Other', 'other');
  const exercise = await createExercise(db, team.teamId, fatima, reportScenario, 'team');
  const model = await reportOf(await playedExercise());
  await db.transaction((tx) => materializeImprovementItems(tx, exercise, model));
  const member = async (slug: string, u: PublicUser) => {
    const m = await getMembership(db, slug, u.id);
    if (!m) throw new Error(`${u.name} is not in ${slug}`);
    return m;
  };
  return { fatima, alice, olga, oscar, team, asAlice: await member('fraud-ml', alice), asOlga: await member('fraud-ml', olga), asOscar: await member('other', oscar), exerciseId: exercise.id };
}

async function itemFor(w: World, reportItemId: string) {
  const [row] = await database.db.select().from(improvementItems).where(eq(improvementItems.reportItemId, reportItemId));
  if (!row) throw new Error(`no item ${reportItemId}`);
  return getImprovementItem(database.db, w.team, row.id, NOW);
}

describe(`the improvement plan on ${databaseKind}`, () => {
  it('turns a published report’s items into the team’s items once, however often it is published', async () => {
    const w = await world();
    const exercise = { id: w.exerciseId, teamId: w.team.teamId, mode: 'team' as const, scenario: reportScenario };
    const model = await reportOf(await playedExercise());
    expect(await database.db.transaction((tx) => materializeImprovementItems(tx, exercise, model))).toBe(0);
    const rows = await database.db.select().from(improvementItems);
    expect(rows.map((r) => r.reportItemId).sort()).toEqual(['action-item-16', 'expected-disclosure-start-clock', 'gap-note-13']);

    const action = await itemFor(w, 'action-item-16');
    // The report's owner "Alice" is a member's name: the item is assigned to her.
    expect(action).toMatchObject({
      exerciseId: w.exerciseId,
      scenarioTitle: reportScenario.title,
      ownerUserId: w.alice.id,
      ownerName: null,
      owner: 'Alice',
      dueDate: '2026-06-01',
      status: 'not-started',
      version: 1,
      threatIds: ['sc-model-registry-poisoning'],
      correctiveAction: 'Write the alias rollback runbook.',
      objectiveId: 'contain',
      overdue: true,
      history: [],
    });
  });

  it('keeps solo practice out of the team’s plan', async () => {
    const w = await world();
    const solo = await createExercise(database.db, w.team.teamId, w.alice, reportScenario, 'solo');
    const model = await reportOf(await playedExercise());
    expect(await database.db.transaction((tx) => materializeImprovementItems(tx, solo, model))).toBe(0);
    expect(await database.db.select().from(improvementItems)).toHaveLength(3);
  });

  it('reassigns, reschedules and closes an item with a comment, keeping each change in its history', async () => {
    const w = await world();
    const item = await itemFor(w, 'gap-note-13');
    const first = await updateImprovementItem(database.db, w.asAlice, w.alice, item.id, update({ ownerUserId: w.fatima.id, dueDate: '2026-06-15', status: 'in-progress', comment: '<b>Taking</b> it' }));
    expect(first.replayed).toBe(false);
    expect(first.item).toMatchObject({ owner: 'Fatima', ownerUserId: w.fatima.id, dueDate: '2026-06-15', status: 'in-progress', version: 2, closedAt: null });
    expect(first.item.history).toEqual([
      {
        id: expect.any(Number),
        actorName: 'Alice',
        comment: '<b>Taking</b> it',
        createdAt: expect.any(String),
        changes: { status: { from: 'not-started', to: 'in-progress' }, owner: { from: null, to: 'Fatima' }, dueDate: { from: null, to: '2026-06-15' } },
      },
    ]);

    await updateImprovementItem(database.db, w.team, w.fatima, item.id, update({ expectedVersion: 2, ownerName: 'Registry vendor' }));
    const closed = await updateImprovementItem(database.db, w.team, w.fatima, item.id, update({ expectedVersion: 3, status: 'complete', comment: 'Runbook merged.' }));
    expect(closed.item).toMatchObject({ status: 'complete', owner: 'Registry vendor', ownerUserId: null, ownerName: 'Registry vendor', version: 4, overdue: false });
    expect(closed.item.closedAt).not.toBeNull();
    expect(closed.item.history.map((h) => [h.actorName, h.comment, Object.keys(h.changes)])).toEqual([
      ['Alice', '<b>Taking</b> it', ['status', 'owner', 'dueDate']],
      ['Fatima', null, ['owner']],
      ['Fatima', 'Runbook merged.', ['status']],
    ]);

    const open = await listImprovementItems(database.db, w.team, { status: 'open' }, NOW);
    expect(open.items.map((i) => i.reportItemId)).not.toContain('gap-note-13');
    expect(open.counts).toEqual({ open: 2, overdue: 1, closed: 1 });
    const closedList = await listImprovementItems(database.db, w.team, { status: 'closed' }, NOW);
    expect(closedList.items.map((i) => i.reportItemId)).toEqual(['gap-note-13']);

    const reopened = await updateImprovementItem(database.db, w.team, w.fatima, item.id, update({ expectedVersion: 4, status: 'in-progress' }));
    expect(reopened.item.closedAt).toBeNull();
  });

  it('lists overdue items first and filters by owner, exercise and threat', async () => {
    const w = await world();
    const plan = await listImprovementItems(database.db, w.asAlice, { status: 'all' }, NOW);
    // action-item-16 was due 2026-06-01: overdue on 2026-07-01; the others have no due date.
    expect(plan.items.map((i) => [i.reportItemId, i.overdue])).toEqual([
      ['action-item-16', true],
      ['expected-disclosure-start-clock', false],
      ['gap-note-13', false],
    ]);
    expect((await listImprovementItems(database.db, w.team, { status: 'open', owner: w.alice.id }, NOW)).items).toHaveLength(1);
    expect((await listImprovementItems(database.db, w.team, { status: 'open', owner: 'unassigned' }, NOW)).items).toHaveLength(2);
    expect((await listImprovementItems(database.db, w.team, { status: 'open', threat: 'ml10-model-poisoning' }, NOW)).items.map((i) => i.reportItemId)).toEqual(['expected-disclosure-start-clock']);
    expect((await listImprovementItems(database.db, w.team, { status: 'open', exercise: crypto.randomUUID() }, NOW)).items).toEqual([]);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const w = await world();
    const item = await itemFor(w, 'gap-note-13');
    await updateImprovementItem(database.db, w.team, w.fatima, item.id, update({ status: 'in-progress' }));
    await expectHttp(updateImprovementItem(database.db, w.asAlice, w.alice, item.id, update({ expectedVersion: 1, dueDate: '2026-08-01' })), 409, /version 2, you edited version 1.*Reload/);
    const after = await getImprovementItem(database.db, w.team, item.id, NOW);
    expect(after).toMatchObject({ version: 2, dueDate: null });
    expect(after.history).toHaveLength(1);
  });

  it('stores a retried update once and answers it as the first attempt was answered', async () => {
    const w = await world();
    const item = await itemFor(w, 'gap-note-13');
    const body = update({ status: 'in-progress', comment: 'Started.' });
    const first = await updateImprovementItem(database.db, w.team, w.fatima, item.id, body);
    const retry = await updateImprovementItem(database.db, w.team, w.fatima, item.id, body);
    expect(retry).toEqual({ item: first.item, replayed: true });
    expect(await database.db.select().from(improvementItemUpdates)).toHaveLength(1);
    // Two retries racing: one history entry still.
    const raced = update({ expectedVersion: 2, comment: 'Half done.' });
    const results = await Promise.all([1, 2, 3].map(() => updateImprovementItem(database.db, w.team, w.fatima, item.id, raced)));
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await database.db.select().from(improvementItemUpdates)).toHaveLength(2);
    // The same request id from someone else is not a retry.
    await expectHttp(updateImprovementItem(database.db, w.asAlice, w.alice, item.id, body), 409, /already used/);
  });

  it('answers 404 for another team’s item, to read or to write, and 404 for ids that are not item ids', async () => {
    const w = await world();
    const item = await itemFor(w, 'gap-note-13');
    await expectHttp(getImprovementItem(database.db, w.asOscar, item.id), 404);
    await expectHttp(updateImprovementItem(database.db, w.asOscar, w.oscar, item.id, update({ status: 'cancelled', comment: 'mine now' })), 404);
    await expectHttp(getImprovementItem(database.db, w.team, 'not-a-uuid'), 404);
    expect((await listImprovementItems(database.db, w.asOscar, { status: 'all' })).items).toEqual([]);
    expect((await getImprovementItem(database.db, w.team, item.id)).version).toBe(1);
  });

  it('refuses observers: they neither read nor change the plan', async () => {
    const w = await world();
    const item = await itemFor(w, 'gap-note-13');
    await expectHttp(listImprovementItems(database.db, w.asOlga, { status: 'open' }), 403);
    await expectHttp(getImprovementItem(database.db, w.asOlga, item.id), 403);
    await expectHttp(updateImprovementItem(database.db, w.asOlga, w.olga, item.id, update({ comment: 'hello' })), 403);
    expect(await database.db.select().from(improvementItemUpdates)).toHaveLength(0);
  });

  it('needs a comment to close an item, and an owner from the item’s team', async () => {
    const w = await world();
    const item = await itemFor(w, 'gap-note-13');
    await expectHttp(updateImprovementItem(database.db, w.team, w.fatima, item.id, update({ status: 'complete' })), 400, /Comment: .*only with a comment/);
    await expectHttp(updateImprovementItem(database.db, w.team, w.fatima, item.id, update({ status: 'cancelled', comment: '   ' })), 400, /only with a comment/);
    await expectHttp(updateImprovementItem(database.db, w.team, w.fatima, item.id, update({ ownerUserId: w.oscar.id })), 400, /member of this team/);
    const after = await getImprovementItem(database.db, w.team, item.id);
    expect(after).toMatchObject({ status: 'not-started', closedAt: null, owner: null, version: 1, history: [] });
  });
});
