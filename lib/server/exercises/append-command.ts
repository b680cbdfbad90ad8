// The write path: authorize (done by the caller) → retry check on the client's id → decide against
// the current state → seal into the hash chain → append with the next seq under the exercise's row
// lock → NOTIFY. A retried command is stored once and answered with the original event.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/open-database';
import { exerciseEvents, exercises } from '../../db/schema';
import { parseCommand } from '../../exercise/command-schema';
import { decideCommand } from '../../exercise/decide-command';
import { sealEvent } from '../../exercise/hash-chain';
import { checkRetry } from '../../exercise/idempotency';
import { applyEvent } from '../../exercise/reduce-exercise';
import { storedEventSchema, type Actor, type StoredEvent } from '../../exercise/stored-event';
import { HttpError } from '../http';
import { currentHistory, rememberHistory } from './exercise-history';
import { markGuestRemoved, type ExerciseRow } from './exercise-records';

export const EXERCISE_CHANNEL = 'exercise_events';

export async function appendCommand(db: Database, exercise: ExerciseRow, actor: Actor, body: unknown): Promise<{ event: StoredEvent; replayed: boolean }> {
  const parsed = parseCommand(body);
  if (!parsed.ok) throw new HttpError(parsed.status, parsed.message);
  const command = parsed.command;
  const outcome = await db.transaction(async (tx) => {
    // One writer per exercise at a time, across every instance.
    const [head] = await tx.select({ headSeq: exercises.headSeq, headHash: exercises.headHash }).from(exercises).where(eq(exercises.id, exercise.id)).for('update');
    if (!head) throw new HttpError(404, 'No exercise with that id.');
    const [previous] = await tx.select().from(exerciseEvents).where(and(eq(exerciseEvents.exerciseId, exercise.id), eq(exerciseEvents.clientId, command.clientId)));
    const retry = checkRetry(previous ? storedEventSchema.parse(previous) : undefined, command, actor.id);
    if (retry.kind === 'replay') return { event: retry.event, replayed: true, history: null };
    if (retry.kind === 'conflict') throw new HttpError(retry.status, retry.message);

    const history = await currentHistory(tx, exercise.id, exercise.scenario);
    if (history.state.lastSeq !== head.headSeq) throw new Error(`exercise ${exercise.id}: log read to ${history.state.lastSeq}, head is ${head.headSeq}`);
    const decision = decideCommand({ scenario: exercise.scenario, state: history.state, actor, scenarioHash: exercise.scenarioHash }, body);
    if (!decision.ok) throw new HttpError(decision.status, decision.message);
    const event = await sealEvent(head.headSeq === 0 ? null : { hash: head.headHash }, {
      ...decision.event,
      exerciseId: exercise.id,
      seq: head.headSeq + 1,
      clientId: decision.clientId,
      createdAt: new Date().toISOString(),
    });
    await tx.insert(exerciseEvents).values({
      exerciseId: event.exerciseId,
      seq: event.seq,
      type: event.type,
      actor: event.actor,
      payload: event.payload,
      clientId: event.clientId,
      createdAt: event.createdAt,
      prevHash: event.prevHash,
      hash: event.hash,
    });
    const stateAfter = applyEvent(history.state, exercise.scenario, event);
    await tx
      .update(exercises)
      .set({ headSeq: event.seq, headHash: event.hash, status: stateAfter.status, ...(stateAfter.status === 'ended' ? { endedAt: new Date(event.createdAt) } : {}) })
      .where(eq(exercises.id, exercise.id));
    if (event.type === 'participant.removed') await markGuestRemoved(tx, exercise.id, event.payload.participantId);
    await tx.execute(sql`select pg_notify(${EXERCISE_CHANNEL}, ${`${exercise.id}:${event.seq}`})`);
    return { event, replayed: false, history: { ...history, entries: [...history.entries, { event, stateAfter }], state: stateAfter } };
  });
  if (outcome.history) rememberHistory(exercise.id, outcome.history);
  return { event: outcome.event, replayed: outcome.replayed };
}
