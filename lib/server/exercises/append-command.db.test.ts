import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asc, eq, sql } from 'drizzle-orm';
import type { OpenDatabase } from '../../db/open-database';
import { exerciseEvents, exerciseGuests, exercises } from '../../db/schema';
import { verifyChain } from '../../exercise/hash-chain';
import { storedEventSchema } from '../../exercise/stored-event';
import { testScenario } from '../../exercise/test-scenario';
import { databaseKind, openTestDatabase, truncateAll } from '../../testing/test-database';
import { signUp } from '../accounts';
import { HttpError } from '../http';
import { createTeam } from '../teams';
import { appendCommand } from './append-command';
import { cachedHistory, type ExerciseHistory } from './exercise-history';
import { createExercise, createGuest, identityFor, type ExerciseRow } from './exercise-records';

let database: OpenDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
}, 30_000);
afterAll(async () => database.close());
beforeEach(async () => truncateAll(database));

async function setup(): Promise<{ exercise: ExerciseRow; facilitatorId: string }> {
  const { user } = await signUp(database.db, { name: 'Fatima', email: 'fatima@example.com', password: 'correct horse battery' });
  const team = await createTeam(database.db, user, 'Fraud ML', 'fraud-ml');
  const exercise = await createExercise(database.db, team.teamId, user, testScenario, 'team');
  return { exercise, facilitatorId: user.id };
}

const facilitator = (id: string) => ({ kind: 'user' as const, id, name: 'Fatima', role: 'facilitator' as const });
const command = (body: Record<string, unknown>) => ({ clientId: crypto.randomUUID(), ...body });

async function storedEvents(exerciseId: string) {
  const rows = await database.db.select().from(exerciseEvents).where(eq(exerciseEvents.exerciseId, exerciseId)).orderBy(asc(exerciseEvents.seq));
  return rows.map((row) => storedEventSchema.parse(row));
}

describe(`the exercise write path on ${databaseKind}`, () => {
  it('appends hash-chained events with contiguous seqs and keeps the head on the exercise row', async () => {
    const { exercise, facilitatorId } = await setup();
    await appendCommand(database.db, exercise, facilitator(facilitatorId), command({ type: 'exercise.start', mode: 'team' }));
    for (let i = 0; i < 5; i++) await appendCommand(database.db, exercise, facilitator(facilitatorId), command({ type: 'note.add', text: `note ${i}`, tag: 'observation' }));
    const events = await storedEvents(exercise.id);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    const [row] = await database.db.select({ headSeq: exercises.headSeq, headHash: exercises.headHash, status: exercises.status }).from(exercises).where(eq(exercises.id, exercise.id));
    expect(row).toMatchObject({ headSeq: 6, headHash: events[5]!.hash, status: 'running' });
    expect(await verifyChain(events, { head: row!.headHash, count: row!.headSeq })).toMatchObject({ ok: true });
    // Tampering with a stored payload is found at its seq.
    await database.db.execute(sql`update exercise_events set payload = jsonb_set(payload, '{text}', '"edited"') where exercise_id = ${exercise.id} and seq = 3`);
    expect(await verifyChain(await storedEvents(exercise.id))).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('stores a retried command once and answers it with the original event', async () => {
    const { exercise, facilitatorId } = await setup();
    await appendCommand(database.db, exercise, facilitator(facilitatorId), command({ type: 'exercise.start', mode: 'team' }));
    const note = command({ type: 'note.add', text: 'once', tag: 'gap' });
    const [a, b] = await Promise.all([appendCommand(database.db, exercise, facilitator(facilitatorId), note), appendCommand(database.db, exercise, facilitator(facilitatorId), note)]);
    expect(a.event.seq).toBe(b.event.seq);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect((await storedEvents(exercise.id)).filter((e) => e.type === 'note.added')).toHaveLength(1);
    // The same id for a different command is a conflict, not a replay.
    const conflict = await appendCommand(database.db, exercise, facilitator(facilitatorId), { type: 'exercise.pause', clientId: note.clientId }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(HttpError);
    expect(conflict instanceof HttpError && conflict.status).toBe(409);
  });

  it('serialises concurrent writers: 40 appends from 8 writers end as seqs 1..41 with an intact chain', async () => {
    const { exercise, facilitatorId } = await setup();
    await appendCommand(database.db, exercise, facilitator(facilitatorId), command({ type: 'exercise.start', mode: 'team' }));
    await Promise.all(
      Array.from({ length: 8 }, (_, w) =>
        (async () => {
          for (let i = 0; i < 5; i++) await appendCommand(database.db, exercise, facilitator(facilitatorId), command({ type: 'note.add', text: `w${w} n${i}`, tag: 'observation' }));
        })(),
      ),
    );
    const events = await storedEvents(exercise.id);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(await verifyChain(events)).toMatchObject({ ok: true });
  });

  it('decides again under the lock when another instance wrote since this one cached the log', async () => {
    const { exercise, facilitatorId } = await setup();
    const f = facilitator(facilitatorId);
    const histories = (globalThis as { __sandtableHistories?: Map<string, ExerciseHistory> }).__sandtableHistories!;
    // This instance's cache as it stood in the lobby, and just after the start; "another instance" then writes.
    await appendCommand(database.db, exercise, f, command({ type: 'participant.join' }));
    const lobby = cachedHistory(exercise.id)!;
    await appendCommand(database.db, exercise, f, command({ type: 'exercise.start', mode: 'team' }));
    const started = cachedHistory(exercise.id)!;
    const theirs = command({ type: 'note.add', text: 'written elsewhere', tag: 'gap' });
    const stored = await appendCommand(database.db, exercise, f, theirs);
    expect(stored.event.seq).toBe(3);

    // The stale cache would give seq 3 again: the append goes after the real head instead.
    histories.set(exercise.id, started);
    expect((await appendCommand(database.db, exercise, f, command({ type: 'note.add', text: 'mine', tag: 'observation' }))).event.seq).toBe(4);
    // A retry of a command the stale cache never saw is answered with the stored event, not doubled.
    histories.set(exercise.id, started);
    expect(await appendCommand(database.db, exercise, f, theirs)).toMatchObject({ replayed: true, event: { seq: 3, hash: stored.event.hash } });
    // A cache from before the start would refuse a note; the log says running, so it is accepted.
    histories.set(exercise.id, lobby);
    expect((await appendCommand(database.db, exercise, f, command({ type: 'note.add', text: 'after', tag: 'gap' }))).event.seq).toBe(5);

    const events = await storedEvents(exercise.id);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(events.filter((e) => e.clientId === theirs.clientId)).toHaveLength(1);
    expect(await verifyChain(events)).toMatchObject({ ok: true });
    expect(cachedHistory(exercise.id)?.state.lastSeq).toBe(5);
  });

  it('refuses writes the rules forbid, changing nothing', async () => {
    const { exercise, facilitatorId } = await setup();
    const participant = { kind: 'user' as const, id: crypto.randomUUID(), name: 'Ana', role: 'participant' as const };
    const refusal = await appendCommand(database.db, exercise, participant, command({ type: 'exercise.start', mode: 'team' })).catch((e: unknown) => e);
    expect(refusal instanceof HttpError && refusal.status).toBe(403);
    await appendCommand(database.db, exercise, facilitator(facilitatorId), command({ type: 'exercise.start', mode: 'team' }));
    await appendCommand(database.db, exercise, facilitator(facilitatorId), command({ type: 'exercise.end' }));
    const [ended] = await database.db.select({ status: exercises.status, endedAt: exercises.endedAt }).from(exercises).where(eq(exercises.id, exercise.id));
    expect(ended?.status).toBe('ended');
    expect(ended?.endedAt).toBeInstanceOf(Date);
    const late = await appendCommand(database.db, exercise, facilitator(facilitatorId), command({ type: 'note.add', text: 'late', tag: 'gap' })).catch((e: unknown) => e);
    expect(late instanceof HttpError && late.status).toBe(409);
    expect(await storedEvents(exercise.id)).toHaveLength(2);
  });

  it('cuts a removed guest off: their capability no longer identifies them', async () => {
    const { exercise, facilitatorId } = await setup();
    const { guestId, token } = await createGuest(database.db, exercise.id, 'Bob');
    const guest = { kind: 'guest' as const, id: guestId, name: 'Bob', role: 'participant' as const };
    await appendCommand(database.db, exercise, guest, command({ type: 'participant.join' }));
    expect(await identityFor(database.db, exercise.id, null, token)).toMatchObject({ kind: 'guest', id: guestId });
    // The capability is for this exercise only.
    expect(await identityFor(database.db, crypto.randomUUID(), null, token)).toBeNull();
    await appendCommand(database.db, exercise, facilitator(facilitatorId), command({ type: 'participant.remove', participantId: guestId }));
    expect(await identityFor(database.db, exercise.id, null, token)).toBeNull();
    const [row] = await database.db.select({ removedAt: exerciseGuests.removedAt }).from(exerciseGuests).where(eq(exerciseGuests.id, guestId));
    expect(row?.removedAt).toBeInstanceOf(Date);
  });
});
