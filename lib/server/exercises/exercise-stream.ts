// One live stream: subscribe first, then send the catch-up from `after`, then live events — each
// seq at most once — redacted for the viewer. Facilitators get the stored events themselves and
// presence; participants get participant events; a removed guest's stream is closed.
import 'server-only';
import { redactEventForParticipant } from '../../exercise/participant-stream';
import type { Connections } from '../../exercise/presence';
import { syncHistory, type HistoryEntry } from './exercise-history';
import type { ExerciseAccess } from './exercise-access';
import { subscribe } from './live-hub';

const encoder = new TextEncoder();
const HEARTBEAT_MS = 15_000;

export async function openExerciseStream({ db, exercise, actor }: ExerciseAccess, after: number, signal: AbortSignal): Promise<Response> {
  const viewer = { kind: actor.kind, id: actor.id, name: actor.name, role: actor.role };
  const isFacilitator = actor.role === 'facilitator';
  let lastSent = after;
  let closed = false;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;

  const write = (chunk: string) => {
    if (closed || !controller) return;
    try {
      controller.enqueue(encoder.encode(chunk));
    } catch {
      closed = true;
    }
  };

  // A batch of events goes out as one chunk: each chunk costs a trip through the response's
  // streams and a socket write, per viewer, so under load (batches of several) this is what scales.
  const sendEntries = (entries: readonly HistoryEntry[]) => {
    let chunk = '';
    for (const { event, stateAfter } of entries) {
      if (event.seq <= lastSent) continue;
      lastSent = event.seq;
      const data = isFacilitator ? event : redactEventForParticipant(exercise.scenario, stateAfter, event, viewer);
      // The id advances even when nothing is sent, so a reconnect resumes after this event.
      chunk += data ? `id: ${event.seq}\nevent: exercise\ndata: ${JSON.stringify(data)}\n\n` : `id: ${event.seq}\n: skipped\n\n`;
      if (!isFacilitator && event.type === 'participant.removed' && event.payload.participantId === viewer.id) {
        write(`${chunk}event: removed\ndata: {}\n\n`);
        close();
        return;
      }
    }
    if (chunk) write(chunk);
  };

  // The facilitator's browser merges these connections with the participants it knows from the log.
  const sendPresence = (connections: Connections) => {
    if (isFacilitator) write(`event: presence\ndata: ${JSON.stringify(connections)}\n\n`);
  };

  let unsubscribe: (() => void) | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  function close() {
    if (closed) return;
    closed = true;
    unsubscribe?.();
    if (heartbeat) clearInterval(heartbeat);
    try {
      controller?.close();
    } catch {
      // already closed by the client
    }
  }

  const stream = new ReadableStream<Uint8Array>({
    async start(c) {
      controller = c;
      write(`retry: 2000\n\n`);
      const pending: HistoryEntry[][] = [];
      let caughtUp = false;
      unsubscribe = await subscribe(
        exercise.id,
        exercise.scenario,
        {
          viewer,
          deliver: (entries) => (caughtUp ? sendEntries(entries) : pending.push([...entries])),
          presence: sendPresence,
        },
        (await syncHistory(db, exercise.id, exercise.scenario)).state.lastSeq,
      );
      const history = await syncHistory(db, exercise.id, exercise.scenario);
      sendEntries(history.entries);
      caughtUp = true;
      for (const batch of pending) sendEntries(batch);
      heartbeat = setInterval(() => write(`: keep-alive\n\n`), HEARTBEAT_MS);
      signal.addEventListener('abort', close);
    },
    cancel() {
      close();
    },
  });

  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    },
  });
}
