// The write path: authorize (done by the caller) → retry check on the client's id → decide against
// the current state → seal into the hash chain → append with the next seq → NOTIFY. A retried
// command is stored once and answered with the original event.
//
// Commands for one exercise are committed in groups. Each instance keeps one queue per exercise:
// whatever arrives while a commit is in flight (from any request, and every command of a batch
// request) is decided in arrival order and written by the next commit, in one statement. Each
// command still gets its own answer; a refused one does not stop the others. One statement per
// group instead of one per command is what lets the embedded database keep up with many writers.
//
// Two ways to commit a group, one result. Usually this instance's cached history is the whole log
// (it wrote the last event itself), so the group is decided from the cache and appended in one
// statement that moves the exercise's head only if it is still where the cache says: a
// compare-and-set on (head_seq, head_hash). When the head has moved (another instance wrote), a
// client id is already stored, the cache is cold, or the cache refuses a command, the group is
// decided again under the exercise's row lock, against the log as the database has it.
import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../db/open-database';
import { exerciseEvents, exercises } from '../../db/schema';
import { parseCommand, type Command } from '../../exercise/command-schema';
import { decideCommand } from '../../exercise/decide-command';
import { GENESIS_HASH, sealEvent } from '../../exercise/hash-chain';
import { checkRetry } from '../../exercise/idempotency';
import { applyEvent } from '../../exercise/reduce-exercise';
import { storedEventSchema, type Actor, type StoredEvent } from '../../exercise/stored-event';
import { HttpError } from '../http';
import { cachedHistory, currentHistory, rememberHistory, type ExerciseHistory, type HistoryEntry } from './exercise-history';
import { markGuestRemoved, type ExerciseRow } from './exercise-records';

export const EXERCISE_CHANNEL = 'exercise_events';

/** Most commands one commit writes; a longer queue is committed in several. */
export const MAX_GROUP = 100;

export type Appended = { event: StoredEvent; replayed: boolean };
/** One command's answer: its event (new or, for a retry, the original), or why it was refused. */
export type CommandOutcome = ({ ok: true } & Appended) | { ok: false; status: number; message: string };

interface Pending {
  actor: Actor;
  body: unknown;
  command: Command;
  settle: (outcome: CommandOutcome) => void;
  fail: (error: unknown) => void;
}

interface ExerciseQueue {
  exercise: ExerciseRow;
  pending: Pending[];
  committing: boolean;
}

/** One command; a refusal is thrown as the HttpError the route answers with. */
export async function appendCommand(db: Database, exercise: ExerciseRow, actor: Actor, body: unknown): Promise<Appended> {
  const [outcome] = await appendCommands(db, exercise, actor, [body]);
  if (!outcome) throw new Error('appendCommands answered no outcome');
  if (!outcome.ok) throw new HttpError(outcome.status, outcome.message);
  return { event: outcome.event, replayed: outcome.replayed };
}

/** Several commands from one actor, decided in order; one outcome per command, in the same order. */
export function appendCommands(db: Database, exercise: ExerciseRow, actor: Actor, bodies: readonly unknown[]): Promise<CommandOutcome[]> {
  return Promise.all(
    bodies.map((body) => {
      const parsed = parseCommand(body);
      if (!parsed.ok) return Promise.resolve<CommandOutcome>({ ok: false, status: parsed.status, message: parsed.message });
      return enqueue(db, exercise, { actor, body, command: parsed.command });
    }),
  );
}

const holder = globalThis as typeof globalThis & { __sandtableAppendQueues?: Map<string, ExerciseQueue> };
const queues = (holder.__sandtableAppendQueues ??= new Map<string, ExerciseQueue>());

function enqueue(db: Database, exercise: ExerciseRow, item: Omit<Pending, 'settle' | 'fail'>): Promise<CommandOutcome> {
  return new Promise<CommandOutcome>((settle, fail) => {
    let queue = queues.get(exercise.id);
    if (!queue) {
      queue = { exercise, pending: [], committing: false };
      queues.set(exercise.id, queue);
    }
    queue.pending.push({ ...item, settle, fail });
    if (!queue.committing) void drain(db, queue);
  });
}

/** Commits the queue's commands group by group until it is empty, then forgets the queue. */
async function drain(db: Database, queue: ExerciseQueue): Promise<void> {
  queue.committing = true;
  // Let the commands that arrive in the same turn of the event loop join the first group.
  await Promise.resolve();
  while (queue.pending.length > 0) {
    const group = queue.pending.splice(0, MAX_GROUP);
    try {
      const outcomes = (await commitOnCachedHead(db, queue.exercise, group)) ?? (await commitUnderLock(db, queue.exercise, group));
      group.forEach((item, i) => item.settle(outcomes[i]!));
    } catch (error) {
      for (const item of group) item.fail(error);
    }
  }
  queue.committing = false;
  if (queues.get(queue.exercise.id) === queue) queues.delete(queue.exercise.id);
}

function retryOutcome(previous: StoredEvent, item: Pending): CommandOutcome {
  const retry = checkRetry(previous, item.command, item.actor.id);
  if (retry.kind === 'replay') return { ok: true, event: retry.event, replayed: true };
  if (retry.kind === 'conflict') return { ok: false, status: retry.status, message: retry.message };
  throw new Error(`exercise ${previous.exerciseId}: client id ${item.command.clientId} is stored but was not recognised as a retry`);
}

interface DecidedGroup {
  outcomes: CommandOutcome[];
  /** The new events in seq order, each with the state after it. */
  appended: HistoryEntry[];
  /** Whether any command was refused by its decision (not a parse or retry answer). */
  refused: boolean;
}

/**
 * Decides the group's commands one after another against `history`, each against the state the
 * ones before it left. `stored(clientId)` finds a committed event with that client id.
 */
async function decideGroup(exercise: ExerciseRow, history: ExerciseHistory, group: readonly Pending[], stored: (clientId: string) => StoredEvent | undefined): Promise<DecidedGroup> {
  const last = history.entries[history.entries.length - 1]?.event ?? null;
  if ((last?.seq ?? 0) !== history.state.lastSeq) throw new Error(`exercise ${exercise.id}: history holds ${last?.seq ?? 0} events, its state is at ${history.state.lastSeq}`);
  let state = history.state;
  let previous = last;
  const appended: HistoryEntry[] = [];
  const inGroup = new Map<string, StoredEvent>();
  let refused = false;
  const outcomes: CommandOutcome[] = [];
  for (const item of group) {
    const earlier = stored(item.command.clientId) ?? inGroup.get(item.command.clientId);
    if (earlier) {
      outcomes.push(retryOutcome(earlier, item));
      continue;
    }
    const decision = decideCommand({ scenario: exercise.scenario, state, actor: item.actor, scenarioHash: exercise.scenarioHash }, item.body);
    if (!decision.ok) {
      refused = true;
      outcomes.push({ ok: false, status: decision.status, message: decision.message });
      continue;
    }
    const event = await sealEvent(previous, { ...decision.event, exerciseId: exercise.id, seq: state.lastSeq + 1, clientId: decision.clientId, createdAt: new Date().toISOString() });
    state = applyEvent(state, exercise.scenario, event);
    appended.push({ event, stateAfter: state });
    inGroup.set(event.clientId, event);
    previous = event;
    outcomes.push({ ok: true, event, replayed: false });
  }
  return { outcomes, appended, refused };
}

const extended = (history: ExerciseHistory, appended: HistoryEntry[]): ExerciseHistory =>
  appended.length === 0 ? history : { ...history, entries: [...history.entries, ...appended], state: appended[appended.length - 1]!.stateAfter };

async function commitOnCachedHead(db: Database, exercise: ExerciseRow, group: readonly Pending[]): Promise<CommandOutcome[] | null> {
  const history = cachedHistory(exercise.id);
  // Removing a guest also revokes their capability: that needs the transaction.
  if (!history || group.some((item) => item.command.type === 'participant.remove')) return null;
  // The cache holds only committed events, so a client id found there is a retry for certain.
  const decided = await decideGroup(exercise, history, group, (clientId) => history.byClientId.get(clientId));
  // A refusal may come from a cache that is behind: the locked path answers for certain.
  if (decided.refused) return null;
  if (decided.appended.length > 0) {
    try {
      if (!(await appendIfHeadIs(db, exercise.id, decided.appended, history.entries[history.entries.length - 1]?.event.hash ?? GENESIS_HASH))) return null;
    } catch (error) {
      // A client id is stored already (a retry that reached another instance first).
      if (isUniqueViolation(error)) return null;
      throw error;
    }
    rememberHistory(exercise.id, extended(history, decided.appended));
  }
  return decided.outcomes;
}

async function commitUnderLock(db: Database, exercise: ExerciseRow, group: readonly Pending[]): Promise<CommandOutcome[]> {
  const result = await db.transaction(async (tx) => {
    // One writer per exercise at a time, across every instance.
    const [head] = await tx.select({ headSeq: exercises.headSeq }).from(exercises).where(eq(exercises.id, exercise.id)).for('update');
    if (!head) throw new HttpError(404, 'No exercise with that id.');
    const clientIds = [...new Set(group.map((item) => item.command.clientId))];
    const storedRows = await tx
      .select()
      .from(exerciseEvents)
      .where(and(eq(exerciseEvents.exerciseId, exercise.id), inArray(exerciseEvents.clientId, clientIds)));
    const stored = new Map(storedRows.map((row) => [row.clientId, storedEventSchema.parse(row)]));
    const history = await currentHistory(tx, exercise.id, exercise.scenario, head.headSeq);
    if (history.state.lastSeq !== head.headSeq) throw new Error(`exercise ${exercise.id}: log read to ${history.state.lastSeq}, head is ${head.headSeq}`);
    const decided = await decideGroup(exercise, history, group, (clientId) => stored.get(clientId));
    if (decided.appended.length > 0) {
      const headHash = history.entries[history.entries.length - 1]?.event.hash ?? GENESIS_HASH;
      if (!(await appendIfHeadIs(tx, exercise.id, decided.appended, headHash))) throw new Error(`exercise ${exercise.id}: the head moved while locked`);
      for (const { event } of decided.appended) {
        if (event.type === 'participant.removed') await markGuestRemoved(tx, exercise.id, event.payload.participantId);
      }
    }
    return { outcomes: decided.outcomes, history: extended(history, decided.appended) };
  });
  rememberHistory(exercise.id, result.history);
  return result.outcomes;
}

type Executor = Pick<Database, 'execute'>;

const resultRows = (result: unknown): unknown[] => (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows) ? result.rows : []);

/**
 * One statement: move the exercise's head from `headHash` to the last of `appended`, insert every
 * event, NOTIFY once with the last seq (a listener reads every event up to it). Nothing is written
 * when the head is elsewhere; false then. A stored client id fails the whole statement with a
 * unique violation.
 */
async function appendIfHeadIs(db: Executor, exerciseId: string, appended: readonly HistoryEntry[], headHash: string): Promise<boolean> {
  const first = appended[0]!.event;
  const { event: last, stateAfter } = appended[appended.length - 1]!;
  const endedAt = stateAfter.status === 'ended' ? sql`, ended_at = ${last.createdAt}::timestamptz` : sql``;
  const rows = sql.join(
    appended.map(
      ({ event }) =>
        sql`(${event.seq}::integer, ${event.type}::text, ${JSON.stringify(event.actor)}::jsonb, ${JSON.stringify(event.payload)}::jsonb, ${event.clientId}::uuid, ${event.createdAt}::text, ${event.prevHash}::text, ${event.hash}::text)`,
    ),
    sql`, `,
  );
  const result = await db.execute(sql`
    with moved as (
      update ${exercises} set head_seq = ${last.seq}, head_hash = ${last.hash}, status = ${stateAfter.status}${endedAt}
      where id = ${exerciseId}::uuid and head_seq = ${first.seq - 1} and head_hash = ${headHash}
      returning id
    ), appended as (
      insert into ${exerciseEvents} (exercise_id, seq, type, actor, payload, client_id, created_at, prev_hash, hash)
      select moved.id, v.seq, v.type, v.actor, v.payload, v.client_id, v.created_at, v.prev_hash, v.hash
      from moved cross join (values ${rows}) as v (seq, type, actor, payload, client_id, created_at, prev_hash, hash)
      returning seq
    )
    select pg_notify(${EXERCISE_CHANNEL}, ${`${exerciseId}:${last.seq}`}), count(*)::integer as written from appended having count(*) > 0`);
  const [row] = resultRows(result);
  return row !== undefined;
}

function isUniqueViolation(error: unknown): boolean {
  // Drizzle wraps the driver's error; the SQLSTATE is on it or on its cause.
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 4; current = current.cause, depth++) {
    if ('code' in current && current.code === '23505') return true;
  }
  return false;
}
