// Live fan-out: one LISTEN per instance on the exercise channel. A notification makes the instance
// read the new events of that exercise once (never a query per client per event) and hand each
// to every stream open on it here; each stream redacts for its own viewer.
import 'server-only';
import { sql } from 'drizzle-orm';
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
  /** Streams open on this instance. */
  connections: Connections;
  /** Streams other instances reported, by instance, with when they last said so. */
  remote: Map<string, { connections: Connections; at: number }>;
  /** Highest seq handed to subscribers. */
  deliveredSeq: number;
  /** Highest seq a notification has named. */
  notifiedSeq: number;
  /** Something other than a notification asked (a new subscriber): read the database to be sure. */
  readDatabase: boolean;
  syncing: Promise<void> | null;
  again: boolean;
}

const holder = globalThis as typeof globalThis & { __sandtableRooms?: Map<string, Room>; __sandtableListening?: Promise<void>; __sandtableInstance?: string };
const rooms = (holder.__sandtableRooms ??= new Map<string, Room>());
const INSTANCE = (holder.__sandtableInstance ??= crypto.randomUUID());

// Presence crosses instances on its own channel: each instance says who is connected to it when
// that changes and every 20 s; a report older than a minute is from an instance that went away.
const PRESENCE_CHANNEL = 'exercise_presence';
const PRESENCE_REFRESH_MS = 20_000;
const PRESENCE_STALE_MS = 60_000;

function mergedConnections(room: Room): Connections {
  const now = Date.now();
  const byId = new Map<string, Connections[number]>();
  const all = [room.connections, ...[...room.remote.values()].filter((r) => now - r.at < PRESENCE_STALE_MS).map((r) => r.connections)];
  for (const list of all) {
    for (const entry of list) {
      const seen = byId.get(entry.id);
      byId.set(entry.id, seen ? { ...seen, streams: seen.streams + entry.streams } : entry);
    }
  }
  return [...byId.values()];
}

function announcePresence(exerciseId: string, room: Room): void {
  const merged = mergedConnections(room);
  for (const s of room.subscribers) s.presence(merged);
  const payload = JSON.stringify({ e: exerciseId, i: INSTANCE, c: room.connections });
  void openAppDatabase()
    .then((database) => database.db.execute(sql`select pg_notify(${PRESENCE_CHANNEL}, ${payload})`))
    .catch((error: unknown) => console.error('presence notify failed:', error));
}

function onRemotePresence(payload: string): void {
  let message: unknown;
  try {
    message = JSON.parse(payload);
  } catch {
    return;
  }
  if (typeof message !== 'object' || message === null || !('e' in message) || !('i' in message) || !('c' in message)) return;
  const { e, i, c } = message;
  if (typeof e !== 'string' || typeof i !== 'string' || i === INSTANCE || !Array.isArray(c)) return;
  const room = rooms.get(e);
  if (!room) return;
  const connections = c.filter(
    (entry): entry is Connections[number] =>
      typeof entry === 'object' && entry !== null && typeof entry.id === 'string' && typeof entry.name === 'string' && typeof entry.role === 'string' && typeof entry.streams === 'number',
  );
  const before = room.remote.get(i);
  room.remote.set(i, { connections, at: Date.now() });
  if (JSON.stringify(before?.connections) !== JSON.stringify(connections)) {
    const merged = mergedConnections(room);
    for (const s of room.subscribers) s.presence(merged);
  }
}

function ensureListening(): Promise<void> {
  holder.__sandtableListening ??= openAppDatabase()
    .then(async (database) => {
      await database.listen(EXERCISE_CHANNEL, (payload) => {
        const [exerciseId, seq] = payload.split(':');
        if (exerciseId && rooms.has(exerciseId)) void pump(exerciseId, /^\d{1,9}$/.test(seq ?? '') ? Number(seq) : undefined);
      });
      await database.listen(PRESENCE_CHANNEL, onRemotePresence);
      const refresh = setInterval(() => {
        for (const [exerciseId, room] of rooms) announcePresence(exerciseId, room);
      }, PRESENCE_REFRESH_MS);
      refresh.unref();
    })
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
    room = { scenario, subscribers: new Set(), connections: [], remote: new Map(), deliveredSeq: headSeq, notifiedSeq: headSeq, readDatabase: false, syncing: null, again: false };
    rooms.set(exerciseId, room);
  }
  const current = room;
  current.subscribers.add(subscriber);
  current.connections = connect(current.connections, subscriber.viewer);
  announcePresence(exerciseId, current);
  // Anything appended since the caller read its catch-up is delivered now.
  void pump(exerciseId);
  return () => {
    current.subscribers.delete(subscriber);
    current.connections = disconnect(current.connections, subscriber.viewer.id);
    announcePresence(exerciseId, current);
    if (current.subscribers.size === 0) rooms.delete(exerciseId);
  };
}

export function connectionsOf(exerciseId: string): Connections {
  const room = rooms.get(exerciseId);
  return room ? mergedConnections(room) : [];
}
