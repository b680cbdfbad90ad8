// The write path: authorize (done by the caller) → retry check on the client's id → decide against
// the current state → seal into the hash chain → append with the next seq → NOTIFY. A retried
// command is stored once and answered with the original event.
//
// Two ways to append, one result. Usually this instance's cached history is the whole log (it
// wrote the last event itself), so the event is decided from the cache and appended in one
// statement that moves the exercise's head only if it is still where the cache says: a
// compare-and-set on (head_seq, head_hash). When the head has moved (another instance wrote), the
// client id is already stored, the cache is cold, or the cache says no, the command is decided
// again under the exercise's row lock, against the log as the database has it.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/open-database';
import { exerciseEvents, exercises } from '../../db/schema';
import { parseCommand, type Command } from '../../exercise/command-schema';
import { decideCommand } from '../../exercise/decide-command';
import type { ExerciseState } from '../../exercise/exercise-state';
import { GENESIS_HASH, sealEvent } from '../../exercise/hash-chain';
import { checkRetry } from '../../exercise/idempotency';
import { applyEvent } from '../../exercise/reduce-exercise';
import { storedEventSchema, type Actor, type StoredEvent } from '../../exercise/stored-event';
import { HttpError } from '../http';
import { cachedHistory, currentHistory, rememberHistory, type ExerciseHistory } from './exercise-history';
import { markGuestRemoved, type ExerciseRow } from './exercise-records';

export const EXERCISE_CHANNEL = 'exercise_events';

type Appended = { event: StoredEvent; replayed: boolean };

export async function appendCommand(db: Database, exercise: ExerciseRow, actor: Actor, body: unknown): Promise<Appended> {
  const parsed = parseCommand(body);
  if (!parsed.ok) throw new HttpError(parsed.status, parsed.message);
  const command = parsed.command;
  // Appends to one exercise from this instance go one after another, so each finds the one before
  // it in the cache and takes the one-statement path instead of losing the compare-and-set.
  return oneAtATime(exercise.id, async () => (await appendOnCachedHead(db, exercise, actor, body, command)) ?? (await appendUnderLock(db, exercise, actor, body, command)));
}

const holder = globalThis as typeof globalThis & { __sandtableAppendQueues?: Map<string, Promise<unknown>> };
const queues = (holder.__sandtableAppendQueues ??= new Map<string, Promise<unknown>>());

function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(key) ?? Promise.resolve()).then(task);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return run;
}

function answerRetry(previous: StoredEvent, command: Command, actor: Actor): Appended {
  const retry = checkRetry(previous, command, actor.id);
  if (retry.kind === 'replay') return { event: retry.event, replayed: true };
  if (retry.kind === 'conflict') throw new HttpError(retry.status, retry.message);
  throw new Error(`exercise ${previous.exerciseId}: client id ${command.clientId} is stored but was not recognised as a retry`);
}

/** Decides and seals the next event after `history`'s last one, or returns the refusal. */
async function decideNext(exercise: ExerciseRow, actor: Actor, body: unknown, history: ExerciseHistory) {
  const decision = decideCommand({ scenario: exercise.scenario, state: history.state, actor, scenarioHash: exercise.scenarioHash }, body);
  if (!decision.ok) return decision;
  const last = history.entries[history.entries.length - 1]?.event ?? null;
  if ((last?.seq ?? 0) !== history.state.lastSeq) throw new Error(`exercise ${exercise.id}: history holds ${last?.seq ?? 0} events, its state is at ${history.state.lastSeq}`);
  const event = await sealEvent(last, { ...decision.event, exerciseId: exercise.id, seq: history.state.lastSeq + 1, clientId: decision.clientId, createdAt: new Date().toISOString() });
  return { ok: true as const, event, stateAfter: applyEvent(history.state, exercise.scenario, event), headHash: last?.hash ?? GENESIS_HASH };
}

async function appendOnCachedHead(db: Database, exercise: ExerciseRow, actor: Actor, body: unknown, command: Command): Promise<Appended | null> {
  const history = cachedHistory(exercise.id);
  // Removing a guest also revokes their capability: that needs the transaction.
  if (!history || command.type === 'participant.remove') return null;
  // The cache holds only committed events, so a client id found there is a retry for certain.
  const previous = history.entries.find((entry) => entry.event.clientId === command.clientId)?.event;
  if (previous) return answerRetry(previous, command, actor);
  const next = await decideNext(exercise, actor, body, history);
  // A refusal may come from a cache that is behind: the locked path answers for certain.
  if (!next.ok) return null;
  try {
    if (!(await appendIfHeadIs(db, next.event, next.stateAfter, next.headHash))) return null;
  } catch (error) {
    // The client id is stored already (a retry that reached another instance first).
    if (isUniqueViolation(error)) return null;
    throw error;
  }
  rememberHistory(exercise.id, { ...history, entries: [...history.entries, { event: next.event, stateAfter: next.stateAfter }], state: next.stateAfter });
  return { event: next.event, replayed: false };
}

async function appendUnderLock(db: Database, exercise: ExerciseRow, actor: Actor, body: unknown, command: Command): Promise<Appended> {
  const outcome = await db.transaction(async (tx) => {
    // One writer per exercise at a time, across every instance; the retry check in the same read.
    const [head] = await tx
      .select({ headSeq: exercises.headSeq, previous: exerciseEvents })
      .from(exercises)
      .leftJoin(exerciseEvents, and(eq(exerciseEvents.exerciseId, exercises.id), eq(exerciseEvents.clientId, command.clientId)))
      .where(eq(exercises.id, exercise.id))
      .for('update', { of: exercises });
    if (!head) throw new HttpError(404, 'No exercise with that id.');
    if (head.previous) return { ...answerRetry(storedEventSchema.parse(head.previous), command, actor), history: null };
    const history = await currentHistory(tx, exercise.id, exercise.scenario, head.headSeq);
    if (history.state.lastSeq !== head.headSeq) throw new Error(`exercise ${exercise.id}: log read to ${history.state.lastSeq}, head is ${head.headSeq}`);
    const next = await decideNext(exercise, actor, body, history);
    if (!next.ok) throw new HttpError(next.status, next.message);
    if (!(await appendIfHeadIs(tx, next.event, next.stateAfter, next.headHash))) throw new Error(`exercise ${exercise.id}: the head moved while locked`);
    if (next.event.type === 'participant.removed') await markGuestRemoved(tx, exercise.id, next.event.payload.participantId);
    return { event: next.event, replayed: false, history: { ...history, entries: [...history.entries, { event: next.event, stateAfter: next.stateAfter }], state: next.stateAfter } };
  });
  if (outcome.history) rememberHistory(exercise.id, outcome.history);
  return { event: outcome.event, replayed: outcome.replayed };
}

type Executor = Pick<Database, 'execute'>;

const resultRows = (result: unknown): unknown[] => (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows) ? result.rows : []);

/**
 * One statement: move the exercise's head from `headHash` to the event, insert the event, NOTIFY.
 * Nothing is written when the head is elsewhere; false then. A stored client id fails the whole
 * statement with a unique violation.
 */
async function appendIfHeadIs(db: Executor, event: StoredEvent, stateAfter: ExerciseState, headHash: string): Promise<boolean> {
  const endedAt = stateAfter.status === 'ended' ? sql`, ended_at = ${event.createdAt}::timestamptz` : sql``;
  const result = await db.execute(sql`
    with moved as (
      update ${exercises} set head_seq = ${event.seq}, head_hash = ${event.hash}, status = ${stateAfter.status}${endedAt}
      where id = ${event.exerciseId}::uuid and head_seq = ${event.seq - 1} and head_hash = ${headHash}
      returning id
    ), appended as (
      insert into ${exerciseEvents} (exercise_id, seq, type, actor, payload, client_id, created_at, prev_hash, hash)
      select id, ${event.seq}::integer, ${event.type}::text, ${JSON.stringify(event.actor)}::jsonb, ${JSON.stringify(event.payload)}::jsonb,
        ${event.clientId}::uuid, ${event.createdAt}::text, ${event.prevHash}::text, ${event.hash}::text
      from moved
      returning seq
    )
    select pg_notify(${EXERCISE_CHANNEL}, ${`${event.exerciseId}:${event.seq}`}) from appended`);
  return resultRows(result).length === 1;
}

function isUniqueViolation(error: unknown): boolean {
  // Drizzle wraps the driver's error; the SQLSTATE is on it or on its cause.
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth++) {
    if ('code' in current && current.code === '23505') return true;
  }
  return false;
}
