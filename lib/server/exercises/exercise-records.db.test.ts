import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../../db/open-database';
import { testScenario } from '../../exercise/test-scenario';
import { databaseKind, openTestDatabase, truncateAll } from '../../testing/test-database';
import { signUp } from '../accounts';
import { createTeam } from '../teams';
import { createExercise, createGuest, getExerciseWithIdentity, markGuestRemoved } from './exercise-records';

let database: OpenDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
}, 30_000);
afterAll(async () => database.close());
beforeEach(async () => truncateAll(database));

describe(`loading an exercise with who asks, on ${databaseKind}`, () => {
  it('finds the member’s role in the exercise’s team only, and a guest only through a live capability for this exercise', async () => {
    const { user: owner } = await signUp(database.db, { name: 'Fatima', email: 'fatima@example.com', password: 'correct horse battery' });
    const { user: outsider } = await signUp(database.db, { name: 'Olaf', email: 'olaf@example.com', password: 'correct horse battery' });
    const team = await createTeam(database.db, owner, 'Fraud ML', 'fraud-ml');
    await createTeam(database.db, outsider, 'Other', 'other');
    const exercise = await createExercise(database.db, team.teamId, owner, testScenario, 'team');
    const other = await createExercise(database.db, team.teamId, owner, testScenario, 'team');

    const asOwner = await getExerciseWithIdentity(database.db, exercise.id, owner, undefined);
    expect(asOwner?.exercise).toMatchObject({ id: exercise.id, teamId: team.teamId, scenario: { id: testScenario.id } });
    expect(asOwner?.identity).toEqual({ kind: 'user', id: owner.id, name: 'Fatima', memberships: [{ teamId: team.teamId, role: 'owner' }] });
    // A member of another team is somebody, with no membership here (authorizeActor answers 404).
    expect((await getExerciseWithIdentity(database.db, exercise.id, outsider, undefined))?.identity).toMatchObject({ kind: 'user', memberships: [] });

    const { guestId, token } = await createGuest(database.db, exercise.id, 'Bob');
    expect((await getExerciseWithIdentity(database.db, exercise.id, null, token))?.identity).toEqual({ kind: 'guest', id: guestId, name: 'Bob', exerciseId: exercise.id });
    expect((await getExerciseWithIdentity(database.db, other.id, null, token))?.identity).toBeNull();
    expect((await getExerciseWithIdentity(database.db, exercise.id, null, 'not-a-token'))?.identity).toBeNull();
    expect((await getExerciseWithIdentity(database.db, exercise.id, null, undefined))?.identity).toBeNull();
    await markGuestRemoved(database.db, exercise.id, guestId);
    expect((await getExerciseWithIdentity(database.db, exercise.id, null, token))?.identity).toBeNull();

    expect(await getExerciseWithIdentity(database.db, crypto.randomUUID(), owner, undefined)).toBeNull();
  });
});
