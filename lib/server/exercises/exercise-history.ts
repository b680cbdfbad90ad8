// Each instance keeps, per exercise it has touched, the log it has read so far and the state after
// each event: the write path decides against it, and the live streams redact from it. It is a cache
// of the database, brought up to date by reading only the events after the last one it holds, so
// several instances on one PostgreSQL stay correct.
import 'server-only';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Database } from '../../db/open-database';
import { exerciseEvents } from '../../db/schema';
import { initialExerciseState, type ExerciseState } from '../../exercise/exercise-state';
import { applyEvent } from '../../exercise/reduce-exercise';
import type { Scenario } from '../../exercise/scenario-schema';
import { storedEventSchema, type StoredEvent } from '../../exercise/stored-event';

export interface HistoryEntry {
  event: StoredEvent;
  stateAfter: ExerciseState;
}

export interface ExerciseHistory {
  scenario: Scenario;
  entries: HistoryEntry[];
  state: ExerciseState;
  /** Committed events by client id, for the retry check. Shared by every version of one exercise's
   * history and only ever added to: an event committed once stays committed. */
  byClientId: Map<string, StoredEvent>;
}

const holder = globalThis as typeof globalThis & { __sandtableHistories?: Map<string, ExerciseHistory> };
const histories = (holder.__sandtableHistories ??= new Map());

type Reader = Pick<Database, 'select'>;

export async function readEventsAfter(db: Reader, exerciseId: string, afterSeq: number): Promise<StoredEvent[]> {
  const rows = await db
    .select()
    .from(exerciseEvents)
    .where(and(eq(exerciseEvents.exerciseId, exerciseId), gt(exerciseEvents.seq, afterSeq)))
    .orderBy(asc(exerciseEvents.seq));
  return rows.map((row) => storedEventSchema.parse(row));
}

/** What this instance holds of the exercise's log, without asking the database. */
export function cachedHistory(exerciseId: string): ExerciseHistory | undefined {
  return histories.get(exerciseId);
}

/**
 * The history as far as the database has it, read incrementally. Does not mutate the cache.
 * `knownHeadSeq`: the log is known to end there (the head read under the exercise's lock, or a
 * notified seq), so a cache that holds it needs no query.
 */
export async function currentHistory(db: Reader, exerciseId: string, scenario: Scenario, knownHeadSeq?: number): Promise<ExerciseHistory> {
  const cached = histories.get(exerciseId) ?? { scenario, entries: [], state: initialExerciseState(scenario.id), byClientId: new Map() };
  if (knownHeadSeq !== undefined && cached.state.lastSeq >= knownHeadSeq) return cached;
  const fresh = await readEventsAfter(db, exerciseId, cached.state.lastSeq);
  if (fresh.length === 0) return cached;
  let state = cached.state;
  const entries = [...cached.entries];
  for (const event of fresh) {
    state = applyEvent(state, scenario, event);
    entries.push({ event, stateAfter: state });
    cached.byClientId.set(event.clientId, event);
  }
  return { scenario, entries, state, byClientId: cached.byClientId };
}

/** Keeps a history that is at least as new as the cached one. Call it only with committed events. */
export function rememberHistory(exerciseId: string, history: ExerciseHistory): void {
  // Index the events this instance appended itself (read ones are indexed as they are read).
  for (let i = history.entries.length - 1; i >= 0 && !history.byClientId.has(history.entries[i]!.event.clientId); i--) {
    history.byClientId.set(history.entries[i]!.event.clientId, history.entries[i]!.event);
  }
  const cached = histories.get(exerciseId);
  if (!cached || cached.state.lastSeq <= history.state.lastSeq) histories.set(exerciseId, history);
}

export async function syncHistory(db: Reader, exerciseId: string, scenario: Scenario, knownHeadSeq?: number): Promise<ExerciseHistory> {
  const history = await currentHistory(db, exerciseId, scenario, knownHeadSeq);
  rememberHistory(exerciseId, history);
  return histories.get(exerciseId) ?? history;
}
