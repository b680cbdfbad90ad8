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
import { appendCommand, appendCommands, MAX_GROUP } from './append-command';
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
    // A copy as another instance would hold it: it never saw what is written after this point.
    const snapshot = cachedHistory(exercise.id)!;
    const started = { ...snapshot, byClientId: new Map(snapshot.entries.map((entry) => [entry.event.clientId, entry.event])) };
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

  it('commits commands that arrive together in one statement, each with its own answer', async () => {
    const { exercise, facilitatorId } = await setup();
    const f = facilitator(facilitatorId);
    await appendCommand(database.db, exercise, f, command({ type: 'exercise.start', mode: 'team' }));
    const db = database.db as unknown as { execute: (...args: unknown[]) => unknown };
    const execute = db.execute;
    let statements = 0;
    db.execute = (...args: unknown[]) => {
      statements += 1;
      return execute.apply(database.db, args);
    };
    try {
      const notes = Array.from({ length: 20 }, (_, i) => command({ type: 'note.add', text: `note ${i}`, tag: 'observation' }));
      const answers = await Promise.all(notes.map((note) => appendCommand(database.db, exercise, f, note)));
      expect(answers.map((answer) => answer.event.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
      expect(answers.map((answer) => answer.event.clientId)).toEqual(notes.map((note) => note.clientId));
      expect(statements).toBe(1);
    } finally {
      db.execute = execute;
    }
    const events = await storedEvents(exercise.id);
    expect(events).toHaveLength(21);
    expect(await verifyChain(events)).toMatchObject({ ok: true });
  });

  it('answers a batch command by command: a refusal, a retry and a repeated id stop nothing else', async () => {
    const { exercise, facilitatorId } = await setup();
    const f = facilitator(facilitatorId);
    await appendCommand(database.db, exercise, f, command({ type: 'exercise.start', mode: 'team' }));
    const earlier = command({ type: 'note.add', text: 'sent before', tag: 'gap' });
    const first = await appendCommand(database.db, exercise, f, earlier);
    const repeated = command({ type: 'note.add', text: 'twice in one batch', tag: 'strength' });
    const outcomes = await appendCommands(database.db, exercise, f, [
      command({ type: 'note.add', text: 'one', tag: 'observation' }),
      { type: 'note.add', text: 'no client id', tag: 'observation' },
      command({ type: 'vote.close', injectId: testScenario.injects[0]!.id }),
      earlier,
      repeated,
      repeated,
      command({ type: 'note.add', text: 'last', tag: 'observation' }),
    ]);
    expect(outcomes.map((o) => (o.ok ? { seq: o.event.seq, replayed: o.replayed } : { status: o.status }))).toEqual([
      { seq: 3, replayed: false },
      { status: 400 },
      { status: 409 },
      { seq: first.event.seq, replayed: true },
      { seq: 4, replayed: false },
      { seq: 4, replayed: true },
      { seq: 5, replayed: false },
    ]);
    const events = await storedEvents(exercise.id);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(await verifyChain(events)).toMatchObject({ ok: true });
  });

  it('decides a batch under the lock when the cache is cold, with the same answers', async () => {
    const { exercise, facilitatorId } = await setup();
    const f = facilitator(facilitatorId);
    await appendCommand(database.db, exercise, f, command({ type: 'exercise.start', mode: 'team' }));
    const stored = command({ type: 'note.add', text: 'stored', tag: 'gap' });
    await appendCommand(database.db, exercise, f, stored);
    (globalThis as { __sandtableHistories?: Map<string, ExerciseHistory> }).__sandtableHistories!.delete(exercise.id);
    const outcomes = await appendCommands(database.db, exercise, f, [stored, command({ type: 'vote.close', injectId: testScenario.injects[0]!.id }), command({ type: 'note.add', text: 'new', tag: 'gap' })]);
    expect(outcomes.map((o) => (o.ok ? { seq: o.event.seq, replayed: o.replayed } : { status: o.status }))).toEqual([{ seq: 2, replayed: true }, { status: 409 }, { seq: 3, replayed: false }]);
    expect(await verifyChain(await storedEvents(exercise.id))).toMatchObject({ ok: true });
  });

  it('splits a queue longer than one group into several commits, in order', async () => {
    const { exercise, facilitatorId } = await setup();
    const f = facilitator(facilitatorId);
    await appendCommand(database.db, exercise, f, command({ type: 'exercise.start', mode: 'team' }));
    const count = MAX_GROUP + 5;
    const outcomes = await appendCommands(database.db, exercise, f, Array.from({ length: count }, (_, i) => command({ type: 'note.add', text: `n${i}`, tag: 'observation' })));
    expect(outcomes.map((o) => o.ok && o.event.seq)).toEqual(Array.from({ length: count }, (_, i) => i + 2));
    const events = await storedEvents(exercise.id);
    expect(events).toHaveLength(count + 1);
    expect(await verifyChain(events)).toMatchObject({ ok: true });
  });
});
