// A retried command (same clientId: the network dropped the answer, the person clicked twice) must be
// stored once and answered with what the first attempt got. The server asks here before deciding:
// deciding again could refuse a retry that had succeeded (the vote it cast has closed since).
// The database's unique (exercise_id, client_id) index settles two retries racing each other.
import { COMMAND_EVENTS, type CommandType } from './command-schema';
import type { StoredEvent } from './stored-event';

export type RetryCheck =
  | { kind: 'new' }
  /** Answer with this event, as the first attempt was answered. */
  | { kind: 'replay'; event: StoredEvent }
  | { kind: 'conflict'; status: 409; message: string };

/** `stored`: the event already stored with this clientId in this exercise, if any. */
export function checkRetry(stored: StoredEvent | undefined, command: { type: CommandType; clientId: string }, actorId: string): RetryCheck {
  if (!stored) return { kind: 'new' };
  if (stored.clientId !== command.clientId) throw new Error('checkRetry: the stored event has another clientId');
  if (stored.actor.id !== actorId || stored.type !== COMMAND_EVENTS[command.type]) {
    return { kind: 'conflict', status: 409, message: 'This request id was already used for a different request: send a new one.' };
  }
  return { kind: 'replay', event: stored };
}
