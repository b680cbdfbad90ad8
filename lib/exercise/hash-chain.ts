// The tamper-evident log: each event's hash covers the previous event's hash and its own canonical
// content, so changing, removing or reordering any stored event breaks every link after it. The
// chain alone cannot show that events were cut off the end: keep the head hash and last seq on the
// exercise row and pass them as `expected`.
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256-hex';
import type { StoredEvent, UnsealedEvent } from './stored-event';

/** prevHash of the first event of every exercise. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields a hash covers, taken explicitly so that extra properties on a row never change it. */
function hashedContent(event: UnsealedEvent) {
  const { exerciseId, seq, type, actor, payload, clientId, createdAt } = event;
  return { exerciseId, seq, type, actor, payload, clientId, createdAt };
}

export function hashEvent(prevHash: string, event: UnsealedEvent): Promise<string> {
  return sha256Hex(prevHash + canonicalJson(hashedContent(event)));
}

/** Links an event to the log: `previous` is the last stored event, or null for the first. */
export async function sealEvent(previous: Pick<StoredEvent, 'hash'> | null, event: UnsealedEvent): Promise<StoredEvent> {
  const prevHash = previous?.hash ?? GENESIS_HASH;
  return { ...event, prevHash, hash: await hashEvent(prevHash, event) };
}

export type ChainCheck =
  | { ok: true; head: string; count: number }
  | { ok: false; firstBrokenSeq: number; reason: string };

/**
 * Checks a whole log in stored order (seq 1, 2, 3, …) and names the first event that does not link.
 * `expected.head`/`expected.count` (from the exercise row) also catch events cut off the end.
 */
export async function verifyChain(events: readonly StoredEvent[], expected?: { head: string; count: number }): Promise<ChainCheck> {
  let prevHash = GENESIS_HASH;
  const exerciseId = events[0]?.exerciseId;
  for (const [index, event] of events.entries()) {
    const seq = index + 1;
    if (event.exerciseId !== exerciseId) return { ok: false, firstBrokenSeq: seq, reason: `event ${event.seq} belongs to another exercise` };
    if (event.seq !== seq) {
      const reason =
        event.seq < seq
          ? `event ${event.seq} is repeated (expected ${seq})`
          : events.some((other) => other.seq === seq)
            ? `event ${seq} is out of order (found ${event.seq} in its place)`
            : `event ${seq} is missing (found ${event.seq} in its place)`;
      return { ok: false, firstBrokenSeq: seq, reason };
    }
    if (event.prevHash !== prevHash) return { ok: false, firstBrokenSeq: seq, reason: `event ${seq} does not link to the event before it` };
    if ((await hashEvent(prevHash, event)) !== event.hash) return { ok: false, firstBrokenSeq: seq, reason: `event ${seq} was changed after it was written` };
    prevHash = event.hash;
  }
  if (expected && (expected.count !== events.length || expected.head !== prevHash)) {
    const firstBrokenSeq = Math.min(events.length, expected.count) + 1;
    return { ok: false, firstBrokenSeq, reason: `the log has ${events.length} events ending in ${prevHash.slice(0, 12)}…, the exercise recorded ${expected.count} ending in ${expected.head.slice(0, 12)}…` };
  }
  return { ok: true, head: prevHash, count: events.length };
}
