// The app's side of the live benchmark, on one running server: a realistic exercise with 100
// guests streaming (plus the facilitator's console), 20 concurrent exercises, and append
// throughput with 8 writers through the API. Every loop is bounded in count and in time.
import { ArrivalTracker, inParallel, summarize, type LatencySummary } from '../scripts/live/arrival-tracker';
import { createTeam, joinAsGuest, openTeamExercise, postCommand, sendCommand, signUpAndSignIn, withClientId, type CommandBody } from '../scripts/live/exercise-journey';
import type { HttpSession } from '../scripts/live/http-session';
import { SseReader } from '../scripts/live/sse-reader';
import type { Scenario } from '../lib/exercise/scenario-schema';

export const SCENARIO_ID = 'fraud-model-label-feedback-poisoning';

export interface AppSettings {
  guests: number;
  /** Latency samples on the single exercise (the scenario walk, then notes and action items). */
  events: number;
  /** Guests who vote at each decision point. */
  voters: number;
  concurrentExercises: number;
  guestsPerExercise: number;
  eventsPerExercise: number;
  /** Pause between one exercise's events in the concurrent phase: a busy room, not a flood. */
  paceMs: readonly [number, number];
  writers: number;
  /** Commands per request in the batched throughput run. */
  batch: number;
  writeMs: number;
  writeCap: number;
  phaseLimitMs: number;
}

export interface Throughput {
  appended: number;
  errors: number;
  seconds: number;
  perSecond: number;
  /** With streams open: whether every stream received the last appended seq, and how long after. */
  drainedMs?: number | null;
}

export interface AppFigures {
  single: LatencySummary & { clients: number };
  concurrent: LatencySummary & { clients: number };
  appendQuiet: Throughput;
  /** The same with guests as the writers: no next-auth session and no user lookup per request. */
  appendGuests: Throughput;
  /** Facilitator ×8 again, each request a batch of `batch` commands (what a page's outbox sends when commands wait). */
  appendBatched: Throughput & { batch: number };
  appendStreaming: Throughput;
}

const DELIVERY_TIMEOUT_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface LiveRoom {
  id: string;
  scenario: Scenario;
  guests: HttpSession[];
  tracker: ArrivalTracker;
  readers: SseReader[];
  samples: number[];
  timeouts: number;
}

async function openRoom(facilitator: HttpSession, team: string, guests: number, joinConcurrency: number): Promise<LiveRoom> {
  const exercise = await openTeamExercise(facilitator, team, SCENARIO_ID);
  const sessions = await inParallel(
    Array.from({ length: guests }, (_, i) => i),
    joinConcurrency,
    (i) => joinAsGuest(facilitator.origin, exercise.joinCode, `Guest ${i + 1}`),
  );
  const tracker = new ArrivalTracker(guests + 1);
  const readers = await inParallel([facilitator, ...sessions], 10, (session) =>
    SseReader.open({
      origin: facilitator.origin,
      path: `/api/exercises/${exercise.id}/stream?after=0`,
      cookie: session.cookieHeader(),
      onMessage: (message) => {
        if (message.id) tracker.arrive(Number(message.id), message.at);
      },
    }),
  );
  // Every stream has caught up with the joins before anything is measured.
  if ((await tracker.waitForAll(guests, DELIVERY_TIMEOUT_MS)) === null) throw new Error(`exercise ${exercise.id}: streams did not catch up with ${guests} joins`);
  return { id: exercise.id, scenario: exercise.scenario, guests: sessions, tracker, readers, samples: [], timeouts: 0 };
}

function closeRoom(room: LiveRoom): void {
  for (const reader of room.readers) reader.close();
}

/** One measured event: from sending the POST until the last stream of the room has its seq. */
async function measure(room: LiveRoom, session: HttpSession, body: Record<string, unknown> & { type: string }): Promise<number> {
  const sent = performance.now();
  const { seq } = await sendCommand(session, room.id, withClientId(body));
  const last = await room.tracker.waitForAll(seq, DELIVERY_TIMEOUT_MS);
  if (last === null) room.timeouts += 1;
  else room.samples.push(last - sent);
  return seq;
}

const NOTE_TEXTS = [
  ['observation', 'Fraud ops noticed the chargeback labels shifted before the model team did.'],
  ['strength', 'Legal asked early about the notification clock; comms had a holding statement ready.'],
  ['gap', 'Nobody could say who may freeze the label feed on a Friday evening.'],
] as const;

let noteCounter = 0;
const note = (injectId?: string) => {
  const [tag, text] = NOTE_TEXTS[noteCounter++ % NOTE_TEXTS.length]!;
  return { type: 'note.add', text: `${text} (#${noteCounter})`, tag, ...(injectId ? { injectId } : {}) };
};
const actionItem = (injectId?: string) => ({ type: 'action_item.add', text: `Add label provenance to the chargeback feed (#${++noteCounter})`, owner: 'Fraud ops lead', dueDate: '2027-01-15', ...(injectId ? { injectId } : {}) });

/** The facilitator runs the scenario: timers, notes and action items at each inject, a vote and a decision at each decision point. */
async function walkScenario(room: LiveRoom, facilitator: HttpSession, settings: AppSettings, deadline: number): Promise<void> {
  const { scenario } = room;
  await measure(room, facilitator, { type: 'exercise.start', mode: 'team' });
  let current: string | undefined = scenario.start;
  for (let step = 0; current && step < scenario.injects.length && Date.now() < deadline; step++) {
    const injectId: string = current;
    const inject = scenario.injects.find((candidate) => candidate.id === injectId);
    if (!inject) throw new Error(`scenario ${scenario.id} has no inject ${injectId}`);
    await measure(room, facilitator, { type: 'timer.start', injectId, durationSeconds: 300 });
    for (let i = 0; i < 3; i++) await measure(room, facilitator, note(injectId));
    await measure(room, facilitator, actionItem(injectId));
    let next = inject.next;
    if (inject.decision) {
      const { options } = inject.decision;
      await measure(room, facilitator, { type: 'vote.open', injectId });
      for (const [i, guest] of room.guests.slice(0, settings.voters).entries()) {
        await measure(room, guest, { type: 'vote.cast', injectId, optionId: options[i % options.length]!.id, comment: i % 3 === 0 ? 'Stop the bleeding first' : '' });
      }
      await measure(room, facilitator, { type: 'vote.close', injectId });
      await measure(room, facilitator, { type: 'vote.reveal_tally', injectId });
      await measure(room, facilitator, { type: 'decision.record', injectId, optionId: options[0]!.id, rationale: 'Losses outweigh the month of learning; model risk agreed.' });
      next = options[0]!.next;
    }
    if (!next) break;
    await measure(room, facilitator, { type: 'inject.reveal', injectId: next });
    current = next;
  }
}

/** `batch`: commands per request (1: a plain command body; more: a JSON array, answered per command). */
async function runWriters(writers: HttpSession[], exerciseId: string, durationMs: number, cap: number, batch = 1): Promise<Throughput & { lastSeq: number }> {
  let appended = 0;
  let errors = 0;
  let lastSeq = 0;
  const started = performance.now();
  const end = Date.now() + durationMs;
  const refused = (status: number, text: string) => {
    errors += 1;
    if (errors === 1) console.error(`  append refused: ${status} ${text.slice(0, 200)}`);
  };
  await Promise.all(
    writers.map(async (writer) => {
      while (Date.now() < end && appended + errors < cap) {
        if (batch === 1) {
          const reply = await postCommand(writer, exerciseId, withClientId(note()) satisfies CommandBody);
          if (reply.status !== 201) refused(reply.status, reply.text);
          else {
            appended += 1;
            lastSeq = Math.max(lastSeq, Number(JSON.parse(reply.text).seq));
          }
          continue;
        }
        const reply = await writer.send('POST', `/api/exercises/${exerciseId}/commands`, { json: Array.from({ length: batch }, () => withClientId(note())) });
        if (reply.status !== 200) {
          refused(reply.status, reply.text);
          continue;
        }
        for (const result of (JSON.parse(reply.text) as { results: { status: number; seq?: number }[] }).results) {
          if (result.status !== 201) refused(result.status, JSON.stringify(result));
          else {
            appended += 1;
            lastSeq = Math.max(lastSeq, result.seq ?? 0);
          }
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { appended, errors, seconds, perSecond: appended / seconds, lastSeq };
}

export async function measureApp(origin: string, settings: AppSettings, log: (line: string) => void): Promise<AppFigures> {
  const facilitator = await signUpAndSignIn(origin, 'Bench Facilitator', 'facilitator@bench.example.com');
  await createTeam(facilitator, 'Live bench', 'live-bench');

  log(`  one exercise: ${settings.guests} guests join and stream, plus the facilitator's console`);
  const room = await openRoom(facilitator, 'live-bench', settings.guests, 8);
  const singleDeadline = Date.now() + settings.phaseLimitMs;
  await walkScenario(room, facilitator, settings, singleDeadline);
  for (let i = 0; room.samples.length + room.timeouts < settings.events && Date.now() < singleDeadline; i++) {
    await measure(room, facilitator, i % 4 === 3 ? actionItem() : note());
  }
  const single = { ...summarize(room.samples, room.timeouts), clients: room.readers.length };

  log(`  append throughput: ${settings.writers} writers on that exercise while its ${room.readers.length} streams are open`);
  const writers = Array.from({ length: settings.writers }, () => facilitator);
  const streaming = await runWriters(writers, room.id, settings.writeMs, settings.writeCap);
  const drainStart = performance.now();
  const drained = await room.tracker.waitForAll(streaming.lastSeq, DELIVERY_TIMEOUT_MS);
  const appendStreaming: Throughput = { ...streaming, drainedMs: drained === null ? null : Math.max(0, drained - drainStart) };
  closeRoom(room);

  log(`  append throughput: ${settings.writers} writers on a fresh exercise with no streams`);
  const quiet = await openTeamExercise(facilitator, 'live-bench', SCENARIO_ID);
  await sendCommand(facilitator, quiet.id, withClientId({ type: 'exercise.start', mode: 'team' }));
  const appendQuiet = await runWriters(writers, quiet.id, settings.writeMs, settings.writeCap);
  log(`  append throughput: ${settings.writers} guests writing on a fresh exercise with no streams`);
  const guestRoom = await openTeamExercise(facilitator, 'live-bench', SCENARIO_ID);
  await sendCommand(facilitator, guestRoom.id, withClientId({ type: 'exercise.start', mode: 'team' }));
  const guestWriters = await inParallel(writers, 8, (_, i) => joinAsGuest(origin, guestRoom.joinCode, `Writer ${i + 1}`));
  const appendGuests = await runWriters(guestWriters, guestRoom.id, settings.writeMs, settings.writeCap);
  log(`  append throughput: ${settings.writers} writers sending batches of ${settings.batch} on a fresh exercise with no streams`);
  const batchedRoom = await openTeamExercise(facilitator, 'live-bench', SCENARIO_ID);
  await sendCommand(facilitator, batchedRoom.id, withClientId({ type: 'exercise.start', mode: 'team' }));
  const appendBatched = { ...(await runWriters(writers, batchedRoom.id, settings.writeMs, settings.writeCap, settings.batch)), batch: settings.batch };

  log(`  ${settings.concurrentExercises} concurrent exercises × ${settings.guestsPerExercise} guests + console`);
  const rooms: LiveRoom[] = [];
  try {
    for (let i = 0; i < settings.concurrentExercises; i++) rooms.push(await openRoom(facilitator, 'live-bench', settings.guestsPerExercise, 8));
    const deadline = Date.now() + settings.phaseLimitMs;
    await Promise.all(
      rooms.map(async (r, index) => {
        await sleep(index * 13);
        await measure(r, facilitator, { type: 'exercise.start', mode: 'team' });
        for (let i = 1; i < settings.eventsPerExercise && Date.now() < deadline; i++) {
          const [low, high] = settings.paceMs;
          await sleep(low + Math.random() * (high - low));
          await measure(r, facilitator, i % 3 === 0 ? actionItem() : note());
        }
      }),
    );
  } finally {
    for (const r of rooms) closeRoom(r);
  }
  const concurrent = {
    ...summarize(
      rooms.flatMap((r) => r.samples),
      rooms.reduce((sum, r) => sum + r.timeouts, 0),
    ),
    clients: rooms.reduce((sum, r) => sum + r.readers.length, 0),
  };
  return { single, concurrent, appendQuiet, appendGuests, appendStreaming, appendBatched };
}
