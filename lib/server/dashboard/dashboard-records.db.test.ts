import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTeamDashboard } from '../../dashboard/build-team-dashboard';
import { dashboardInput } from '../../dashboard/test-dashboard';
import type { OpenDatabase } from '../../db/open-database';
import { improvementItems, memberships, reportDrafts } from '../../db/schema';
import { testScenario } from '../../exercise/test-scenario';
import { databaseKind, openTestDatabase, truncateAll } from '../../testing/test-database';
import { signUp, type PublicUser } from '../accounts';
import { appendCommand } from '../exercises/append-command';
import { createExercise, type ExerciseRow } from '../exercises/exercise-records';
import { createTeam } from '../teams';
import { loadDashboardRecords } from './dashboard-records';

let database: OpenDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
}, 30_000);
afterAll(async () => database.close());
beforeEach(async () => truncateAll(database));

const person = async (name: string) => (await signUp(database.db, { name, email: `${name.toLowerCase()}@example.com`, password: 'correct horse battery' })).user;

async function run(exercise: ExerciseRow, user: PublicUser, types: string[]) {
  const actor = { kind: 'user' as const, id: user.id, name: user.name, role: 'facilitator' as const };
  for (const type of types) await appendCommand(database.db, exercise, actor, { clientId: crypto.randomUUID(), type, ...(type === 'exercise.start' ? { mode: exercise.mode } : {}) });
}

const item = (teamId: string, exerciseId: string, reportItemId: string, status: string, dueDate: string | null) => ({ teamId, exerciseId, reportItemId, issue: `Issue ${reportItemId}`, status, dueDate });

async function setup() {
  const owner = await person('Fatima');
  const member = await person('Maya');
  const observer = await person('Otto');
  const outsider = await person('Olaf');
  const team = await createTeam(database.db, owner, 'Fraud ML', 'fraud-ml');
  const other = await createTeam(database.db, outsider, 'Other', 'other');
  await database.db.insert(memberships).values([
    { teamId: team.teamId, userId: member.id, role: 'member' },
    { teamId: team.teamId, userId: observer.id, role: 'observer' },
  ]);

  const ended = await createExercise(database.db, team.teamId, owner, testScenario, 'team');
  await run(ended, owner, ['exercise.start', 'exercise.end']);
  const lobby = await createExercise(database.db, team.teamId, owner, testScenario, 'team');
  const ownSolo = await createExercise(database.db, team.teamId, owner, testScenario, 'solo');
  await run(ownSolo, owner, ['exercise.start']);
  const membersSolo = await createExercise(database.db, team.teamId, member, testScenario, 'solo');
  await run(membersSolo, member, ['exercise.start']);
  const elsewhere = await createExercise(database.db, other.teamId, outsider, testScenario, 'team');
  await run(elsewhere, outsider, ['exercise.start', 'exercise.end']);

  await database.db.insert(reportDrafts).values([
    { exerciseId: ended.id, edits: { ratings: { contain: 'S', notify: 'M' } } },
    { exerciseId: membersSolo.id, edits: { ratings: { contain: 'P' } } },
    { exerciseId: elsewhere.id, edits: { ratings: { contain: 'U' } } },
  ]);
  await database.db.insert(improvementItems).values([
    item(team.teamId, ended.id, 'action-item-1', 'not-started', '2026-01-31'),
    item(team.teamId, ended.id, 'action-item-2', 'not-started', '2026-01-31'),
    item(team.teamId, ended.id, 'action-item-3', 'complete', null),
    item(team.teamId, membersSolo.id, 'action-item-1', 'in-progress', null),
    item(other.teamId, elsewhere.id, 'action-item-1', 'in-progress', '2026-01-01'),
  ]);
  return { owner, member, observer, team, ended, lobby, ownSolo, membersSolo, elsewhere };
}

describe(`the dashboard's records on ${databaseKind}`, () => {
  it('reads the team’s exercises with start times, scenario threats and objectives, report ratings and item groups, and nothing of another team', async () => {
    const s = await setup();
    const records = await loadDashboardRecords(database.db, { teamId: s.team.teamId, role: 'owner' }, s.owner.id);
    expect(records.ratingsVisible).toBe(true);
    // The member's solo practice is theirs; the other team's exercise is not here.
    expect(records.exercises.map((e) => e.id).sort()).toEqual([s.ended.id, s.lobby.id, s.ownSolo.id].sort());
    const ended = records.exercises.find((e) => e.id === s.ended.id);
    expect(ended).toMatchObject({
      mode: 'team',
      status: 'ended',
      threatIds: ['sc-model-registry-poisoning'],
      objectives: testScenario.objectives.map((o) => ({ id: o.id, text: o.text })),
      report: { state: 'draft', ratings: { contain: 'S', notify: 'M' } },
    });
    expect(ended?.startedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(ended?.endedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(records.exercises.find((e) => e.id === s.lobby.id)).toMatchObject({ status: 'lobby', startedAt: null, report: { state: 'none', ratings: {} } });
    expect(records.exercises.find((e) => e.id === s.ownSolo.id)).toMatchObject({ mode: 'solo', status: 'running' });
    expect(records.items).toEqual(
      expect.arrayContaining([
        { status: 'not-started', dueDate: '2026-01-31', count: 2 },
        { status: 'complete', dueDate: null, count: 1 },
      ]),
    );
    expect(records.items).toHaveLength(2);
    expect(JSON.stringify(records)).not.toContain(s.elsewhere.id);
  });

  it('gives a member their own solo practice and its items', async () => {
    const s = await setup();
    const records = await loadDashboardRecords(database.db, { teamId: s.team.teamId, role: 'member' }, s.member.id);
    expect(records.exercises.map((e) => e.id).sort()).toEqual([s.ended.id, s.lobby.id, s.membersSolo.id].sort());
    expect(records.exercises.find((e) => e.id === s.membersSolo.id)?.report).toEqual({ state: 'draft', ratings: { contain: 'P' } });
    expect(records.items).toContainEqual({ status: 'in-progress', dueDate: null, count: 1 });
  });

  it('reads no ratings and no items for an observer, who may not read reports', async () => {
    const s = await setup();
    const records = await loadDashboardRecords(database.db, { teamId: s.team.teamId, role: 'observer' }, s.observer.id);
    expect(records).toMatchObject({ ratingsVisible: false, items: null });
    expect(records.exercises.map((e) => e.report)).toEqual([null, null]);
    expect(records.exercises.map((e) => e.mode)).toEqual(['team', 'team']);
  });

  it('takes the ratings of a published report from its published record', async () => {
    const s = await setup();
    const record = { kind: 'sandtable.published-report', version: 1, exerciseId: s.ended.id, edits: { ratings: { contain: 'P', notify: 'P' }, items: {}, addedItems: [] }, finalHash: 'a'.repeat(64), eventCount: 2, publishedAt: '2026-05-05T10:00:00.000Z', publishedBy: 'Fatima' };
    await database.db.update(reportDrafts).set({ published: record }).where(eq(reportDrafts.exerciseId, s.ended.id));
    const records = await loadDashboardRecords(database.db, { teamId: s.team.teamId, role: 'facilitator' }, s.owner.id);
    expect(records.exercises.find((e) => e.id === s.ended.id)?.report).toEqual({ state: 'published', ratings: { contain: 'P', notify: 'P' } });
  });

  it('feeds the dashboard: the started team exercise covers its threat, the lobby one does not count', async () => {
    const s = await setup();
    const records = await loadDashboardRecords(database.db, { teamId: s.team.teamId, role: 'owner' }, s.owner.id);
    const threat = { id: 'sc-model-registry-poisoning', code: 'SC-03', title: 'Registry poisoning', url: '/threats/sc-model-registry-poisoning', lifecycle: ['registry'], stride: ['T'], atlas: [], formerIds: [] };
    const dashboard = buildTeamDashboard(dashboardInput({ ...records, threats: [threat], atlas: null, scenarios: [], today: '2026-02-01' }));
    const registry = dashboard.coverage.threats[0];
    expect(registry?.runs.map((r) => r.exerciseId).sort()).toEqual([s.ended.id, s.ownSolo.id].sort());
    // Only the team exercise's ratings (S, M) count; the solo practice is exercised but not rated.
    expect(registry?.howWell).toEqual({ kind: 'rated', worst: 'M', average: 2.5, level: 'M', rated: 2, unrated: 0 });
    expect(dashboard.items).toMatchObject({ total: 3, open: 2, closed: 1, overdue: 2 });
    expect(dashboard.ratings?.points.map((p) => p.exerciseId)).toEqual([s.ended.id]);
  });
});
