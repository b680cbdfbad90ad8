// Who is connected right now. Presence is not in the event log (a reconnecting phone would flood it):
// each app instance keeps the open live streams in memory, counted per person so a second tab
// closing does not mark someone gone, and merges them with the exercise's participants for display.
import type { AuthorRole } from './event-authors';
import type { ExerciseState } from './exercise-state';

export interface Connection {
  id: string;
  name: string;
  role: AuthorRole;
  /** Open streams (tabs, devices) this person has on this exercise. */
  streams: number;
}

export type Connections = readonly Connection[];

export function connect(connections: Connections, who: Omit<Connection, 'streams'>): Connections {
  const existing = connections.find((entry) => entry.id === who.id);
  if (!existing) return [...connections, { ...who, streams: 1 }];
  return connections.map((entry) => (entry.id === who.id ? { ...entry, ...who, streams: entry.streams + 1 } : entry));
}

export function disconnect(connections: Connections, id: string): Connections {
  return connections.flatMap((entry) => (entry.id !== id ? [entry] : entry.streams > 1 ? [{ ...entry, streams: entry.streams - 1 }] : []));
}

export interface PresenceEntry {
  id: string;
  name: string;
  role: AuthorRole;
  scenarioRole: string | null;
  connected: boolean;
}

/** Everyone in the exercise (not removed) and anyone else connected (a facilitator who never joined). */
export function presenceList(state: ExerciseState, connections: Connections): PresenceEntry[] {
  const online = new Set(connections.map((entry) => entry.id));
  const people: PresenceEntry[] = state.participants
    .filter((participant) => participant.removedAt === null)
    .map((participant) => ({ id: participant.id, name: participant.name, role: participant.role, scenarioRole: participant.scenarioRole, connected: online.has(participant.id) }));
  const removed = new Set(state.participants.filter((participant) => participant.removedAt !== null).map((participant) => participant.id));
  for (const entry of connections) {
    if (!people.some((person) => person.id === entry.id) && !removed.has(entry.id)) {
      people.push({ id: entry.id, name: entry.name, role: entry.role, scenarioRole: null, connected: true });
    }
  }
  return people;
}
