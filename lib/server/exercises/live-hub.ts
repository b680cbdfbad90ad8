// Live fan-out: one LISTEN per instance on the exercise channel. A notification makes the instance
// read the new events of that exercise once (never a query per client per event) and hand each
// to every stream open on it here; each stream redacts for its own viewer.
import 'server-only';
import { openAppDatabase } from '../database';
import { connect, disconnect, type Connections } from '../../exercise/presence';
import type { AuthorRole } from '../../exercise/event-authors';
import type { Scenario } from '../../exercise/scenario-schema';
import { EXERCISE_CHANNEL } from './append-command';
import { syncHistory, type HistoryEntry } from './exercise-history';

export interface LiveSubscriber {
  viewer: { id: string; name: string; role: AuthorRole };
  deliver(entries: readonly HistoryEntry[]): void;
  presence(connections: Connections): void;
}

interface Room {
  scenario: Scenario;
  subscribers: Set<LiveSubscriber>;
  connections: Connections;
  /** Highest seq handed to subscribers. */
  deliveredSeq: number;
  /** Highest seq a notification has named. */
  notifiedSeq: number;
  /** Something other than a notification asked (a new subscriber): read the database to be sure. */
  readDatabase: boolean;
  syncing: Promise<void> | null;
  again: boolean;
}

const holder = globalThis as typeof globalThis & { __sandtableRooms?: Map<string, Room>; __sandtableListening?: Promise<void> };
const rooms = (holder.__sandtableRooms ??= new Map<string, Room>());

function ensureListening(): Promise<void> {
  holder.__sandtableListening ??= openAppDatabase()
    .then((database) =>
      database.listen(EXERCISE_CHANNEL, (payload) => {
        const [exerciseId, seq] = payload.split(':');
        if (exerciseId && rooms.has(exerciseId)) void pump(exerciseId, /^\d{1,9}$/.test(seq ?? '') ? Number(seq) : undefined);
      }),
    )
    .then(() => undefined);
  return holder.__sandtableListening;
}

/**
 * Reads what is new for this exercise and delivers it; coalesces notifications that arrive meanwhile.
 * A notification names its seq: when the event was written on this instance it is in the history
 * cache already, and nothing is read from the database.
 */
async function pump(exerciseId: string, notifiedSeq?: number): Promise<void> {
  const room = rooms.get(exerciseId);
  if (!room) return;
  if (notifiedSeq === undefined) room.readDatabase = true;
  else room.notifiedSeq = Math.max(room.notifiedSeq, notifiedSeq);
  if (room.syncing) {
    room.again = true;
    return room.syncing;
  }
  room.syncing = (async () => {
    // The notification can come before the writer on this instance has put its event in the
    // cache (PGlite calls back as the commit returns): let the writer finish first.
    await new Promise((resolve) => setImmediate(resolve));
    do {
      room.again = false;
      const knownHead = room.readDatabase ? undefined : room.notifiedSeq;
      room.readDatabase = false;
      const database = await openAppDatabase();
      const history = await syncHistory(database.db, exerciseId, room.scenario, knownHead);
      // Entries are in seq order: walk back from the end instead of filtering the whole log per event.
      let first = history.entries.length;
      while (first > 0 && history.entries[first - 1]!.event.seq > room.deliveredSeq) first -= 1;
      const fresh = history.entries.slice(first);
      if (fresh.length > 0) {
        room.deliveredSeq = fresh[fresh.length - 1]!.event.seq;
        for (const subscriber of room.subscribers) subscriber.deliver(fresh);
      }
    } while (room.again);
  })()
    .catch((error: unknown) => console.error(`live stream of exercise ${exerciseId}:`, error))
    .finally(() => {
      room.syncing = null;
    });
  return room.syncing;
}

/** Opens a live subscription; returns the function that closes it. */
export async function subscribe(exerciseId: string, scenario: Scenario, subscriber: LiveSubscriber, headSeq: number): Promise<() => void> {
  await ensureListening();
  let room = rooms.get(exerciseId);
  if (!room) {
    room = { scenario, subscribers: new Set(), connections: [], deliveredSeq: headSeq, notifiedSeq: headSeq, readDatabase: false, syncing: null, again: false };
    rooms.set(exerciseId, room);
  }
  const current = room;
  current.subscribers.add(subscriber);
  current.connections = connect(current.connections, subscriber.viewer);
  for (const s of current.subscribers) s.presence(current.connections);
  // Anything appended since the caller read its catch-up is delivered now.
  void pump(exerciseId);
  return () => {
    current.subscribers.delete(subscriber);
    current.connections = disconnect(current.connections, subscriber.viewer.id);
    for (const s of current.subscribers) s.presence(current.connections);
    if (current.subscribers.size === 0) rooms.delete(exerciseId);
  };
}

export function connectionsOf(exerciseId: string): Connections {
  return rooms.get(exerciseId)?.connections ?? [];
}
