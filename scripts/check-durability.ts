// npm run check:durability — a crash in the middle of an exercise loses nothing that was
// acknowledged. Runs the production build (`npm run build` first) on a fresh embedded database,
// drives an exercise (start, guests join, a vote and a decision, then several writers adding
// notes), `kill -9`s the server process that holds the data directory mid-way through the writes,
// starts it again on the same DATA_DIR and checks, printing PASS/FAIL for each:
// every acknowledged event is stored once with its seq, seqs are contiguous, the hash chain
// verifies, retries with the same clientId get the original seq, and streams resumed with
// Last-Event-ID receive exactly the events after their last one. Exit code 1 on any failure.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { verifyChain } from '../lib/exercise/hash-chain';
import { storedEventSchema, type StoredEvent } from '../lib/exercise/stored-event';
import { startAppServer, type AppServer } from './live/app-server';
import { createTeam, joinAsGuest, openTeamExercise, parseCommandReply, postCommand, readFacilitatorView, sendCommand, signUpAndSignIn, withClientId, type CommandBody } from './live/exercise-journey';
import type { HttpSession } from './live/http-session';
import { SseReader, type SseMessage } from './live/sse-reader';

const PORT = Number(process.env.DURABILITY_PORT ?? 3520);
/** Concurrent writers in the crash phase: the facilitator twice and every guest. */
const GUESTS = 4;
const KILL_AFTER_ACKS = 60;
const KILL_AFTER_MS = 4_000;
const STREAM_WAIT_MS = 15_000;

const results: { ok: boolean; label: string }[] = [];
function check(ok: boolean, label: string, detail = ''): void {
  results.push({ ok, label });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${label}${detail ? ` — ${detail}` : ''}`);
}

interface Sent {
  writer: HttpSession;
  body: CommandBody;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const lockFile = (dataDir: string) => path.join(dataDir, 'sandtable.lock');
const lockHolderPid = (dataDir: string) => z.object({ pid: z.number() }).parse(JSON.parse(readFileSync(lockFile(dataDir), 'utf8'))).pid;
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A stream that keeps every message it receives, and can wait until it holds a seq. */
async function recordStream(origin: string, exerciseId: string, session: HttpSession, lastEventId?: string) {
  const messages: SseMessage[] = [];
  const reader = await SseReader.open({
    origin,
    path: `/api/exercises/${exerciseId}/stream${lastEventId === undefined ? '?after=0' : ''}`,
    cookie: session.cookieHeader(),
    lastEventId,
    onMessage: (message) => messages.push(message),
  });
  const ids = () => messages.flatMap((m) => (m.id === null ? [] : [Number(m.id)]));
  const waitFor = async (seq: number) => {
    const deadline = Date.now() + STREAM_WAIT_MS;
    while (Number(reader.lastId ?? 0) < seq && !reader.isClosed && Date.now() < deadline) await sleep(20);
    return Number(reader.lastId ?? 0) >= seq;
  };
  return { reader, messages, ids, waitFor };
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((value, i) => value === b[i]);
const describeIds = (ids: readonly number[]) => (ids.length <= 8 ? ids.join(',') : `${ids.slice(0, 3).join(',')}…${ids.slice(-3).join(',')} (${ids.length})`);

async function readLog(facilitator: HttpSession, exerciseId: string): Promise<StoredEvent[]> {
  const view = await readFacilitatorView(facilitator, exerciseId);
  return view.events.map((event) => storedEventSchema.parse(event));
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sandtable-durability-'));
  let server: AppServer | null = null;
  try {
    const started = Date.now();
    server = await startAppServer({ port: PORT, env: { DATA_DIR: dataDir } });
    const { origin } = server;
    console.log(`server ${server.pid} on ${origin}, DATA_DIR ${dataDir}`);

    // The exercise: a facilitator, the guests, a vote and a decision.
    const facilitator = await signUpAndSignIn(origin, 'Durable Facilitator', 'facilitator@durability.example.com');
    await createTeam(facilitator, 'Durability', 'durability');
    const exercise = await openTeamExercise(facilitator, 'durability', 'fraud-model-label-feedback-poisoning');
    const guests: HttpSession[] = [];
    for (let i = 0; i < GUESTS; i++) guests.push(await joinAsGuest(origin, exercise.joinCode, `Guest ${i + 1}`));
    const acknowledged = new Map<string, Sent & { seq: number }>();
    const send = async (writer: HttpSession, body: Record<string, unknown> & { type: string }) => {
      const command = withClientId(body);
      const { seq } = await sendCommand(writer, exercise.id, command);
      acknowledged.set(command.clientId, { writer, body: command, seq });
      return seq;
    };
    await send(facilitator, { type: 'exercise.start', mode: 'team' });
    const facilitatorStream = await recordStream(origin, exercise.id, facilitator);
    const guestStream = await recordStream(origin, exercise.id, guests[0]!);
    let current = exercise.scenario.injects.find((inject) => inject.id === exercise.scenario.start);
    for (let step = 0; current && !current.decision && current.next && step < 9; step++) {
      const next: string = current.next;
      await send(facilitator, { type: 'inject.reveal', injectId: next });
      current = exercise.scenario.injects.find((inject) => inject.id === next);
    }
    const decision = current?.decision;
    if (current && decision) {
      await send(facilitator, { type: 'vote.open', injectId: current.id });
      for (const [i, guest] of guests.entries()) await send(guest, { type: 'vote.cast', injectId: current.id, optionId: decision.options[i % 2]!.id });
      await send(facilitator, { type: 'vote.close', injectId: current.id });
      await send(facilitator, { type: 'decision.record', injectId: current.id, optionId: decision.options[0]!.id, rationale: 'Contain first, learn later.' });
      await send(facilitator, { type: 'inject.reveal', injectId: decision.options[0]!.next });
    }

    // Several writers at once; the server is killed while they write.
    const pid = lockHolderPid(dataDir);
    check(pid === server.pid, 'the process to be killed is the one holding the data directory lock', `lock pid ${pid}, server pid ${server.pid}`);
    const inFlight: Sent[] = [];
    const writers = [facilitator, facilitator, ...guests];
    let killed = false;
    const writing = writers.map(async (writer, w) => {
      for (let i = 0; i < 10_000 && !killed; i++) {
        const body = withClientId({ type: 'note.add', text: `writer ${w} note ${i}`, tag: 'observation' });
        try {
          const reply = await postCommand(writer, exercise.id, body, 10_000);
          if (reply.status !== 201) throw new Error(`status ${reply.status}`);
          acknowledged.set(body.clientId, { writer, body, seq: parseCommandReply(reply).seq });
        } catch {
          // No answer: the command may or may not have been stored.
          inFlight.push({ writer, body });
          return;
        }
      }
    });
    const ackedBefore = acknowledged.size;
    const killDeadline = Date.now() + KILL_AFTER_MS;
    while (acknowledged.size - ackedBefore < KILL_AFTER_ACKS && Date.now() < killDeadline) await sleep(5);
    await server.kill9();
    killed = true;
    await Promise.all(writing);
    check(!isAlive(pid) && existsSync(lockFile(dataDir)), 'kill -9 left the dead server’s lock file behind', `${acknowledged.size} commands acknowledged, ${inFlight.length} in flight at the kill`);
    const lastFacilitatorId = facilitatorStream.reader.lastId ?? '0';
    const lastGuestId = guestStream.reader.lastId ?? '0';
    const seenBeforeCrash = facilitatorStream.messages.filter((m) => m.event === 'exercise');

    // Restart on the same data directory.
    server = await startAppServer({ port: PORT, env: { DATA_DIR: dataDir } });
    check(true, 'the server restarts on the same DATA_DIR over the stale lock', `new pid ${server.pid}`);
    const resumedFacilitator = await recordStream(origin, exercise.id, facilitator, lastFacilitatorId);
    const resumedGuest = await recordStream(origin, exercise.id, guests[0]!, lastGuestId);

    const log = await readLog(facilitator, exercise.id);
    const seqs = log.map((event) => event.seq);
    check(sameList(seqs, range(1, log.length)), 'seqs are contiguous from 1', `${log.length} events`);
    const chain = await verifyChain(log);
    check(chain.ok, 'the hash chain verifies', chain.ok ? `head ${chain.head.slice(0, 12)}…` : `${chain.reason}`);
    const byClientId = new Map<string, StoredEvent[]>();
    for (const event of log) byClientId.set(event.clientId, [...(byClientId.get(event.clientId) ?? []), event]);
    const lost = [...acknowledged].filter(([clientId, sent]) => byClientId.get(clientId)?.length !== 1 || byClientId.get(clientId)![0]!.seq !== sent.seq);
    check(lost.length === 0, 'every acknowledged command is stored exactly once, at its acknowledged seq', `${acknowledged.size} acknowledged${lost.length ? `, ${lost.length} missing or moved (seqs ${lost.map(([, s]) => s.seq).slice(0, 5).join(', ')})` : ''}`);
    const storedHashes = new Map(log.map((event) => [event.seq, event.hash]));
    const unseen = seenBeforeCrash.filter((m) => storedEventSchema.parse(JSON.parse(m.data)).hash !== storedHashes.get(Number(m.id)));
    check(unseen.length === 0, 'every event a stream received before the crash is in the log with the same hash', `${seenBeforeCrash.length} events streamed`);
    const inFlightStored = inFlight.filter((sent) => byClientId.has(sent.body.clientId));
    check(inFlight.every((sent) => (byClientId.get(sent.body.clientId)?.length ?? 0) <= 1), 'commands in flight at the kill are stored at most once', `${inFlightStored.length} of ${inFlight.length} were committed`);

    // Retries after the restart: the original answer, never a second event.
    let replayedRight = 0;
    for (const [, sent] of acknowledged) {
      const reply = await postCommand(sent.writer, exercise.id, sent.body);
      if (reply.status === 200 && parseCommandReply(reply).seq === sent.seq && parseCommandReply(reply).replayed) replayedRight += 1;
    }
    check(replayedRight === acknowledged.size, 'retrying every acknowledged command answers 200 with its original seq', `${replayedRight} of ${acknowledged.size}`);
    let inFlightRight = 0;
    for (const sent of inFlight) {
      const reply = await postCommand(sent.writer, exercise.id, sent.body);
      const stored = byClientId.get(sent.body.clientId)?.[0];
      const answer = reply.status === 200 || reply.status === 201 ? parseCommandReply(reply) : null;
      if (answer && (stored ? reply.status === 200 && answer.seq === stored.seq : reply.status === 201)) inFlightRight += 1;
    }
    check(inFlightRight === inFlight.length, 'retrying in-flight commands returns the stored seq, or stores them once if they were lost', `${inFlightRight} of ${inFlight.length}`);
    const finalSeq = await send(facilitator, { type: 'note.add', text: 'After the restart', tag: 'observation' });
    const after = await readLog(facilitator, exercise.id);
    const afterChain = await verifyChain(after);
    const clientIds = new Set(after.map((event) => event.clientId));
    check(
      afterChain.ok && sameList(after.map((e) => e.seq), range(1, finalSeq)) && clientIds.size === after.length && after.length === log.length + (inFlight.length - inFlightStored.length) + 1,
      'after the retries the log is contiguous, chained and holds each command once',
      `${after.length} events`,
    );

    // Streams resumed with Last-Event-ID get exactly what followed their last event.
    for (const [label, stream, lastId] of [
      ['the facilitator’s stream', resumedFacilitator, lastFacilitatorId],
      ['a guest’s stream', resumedGuest, lastGuestId],
    ] as const) {
      const reached = await stream.waitFor(finalSeq);
      const expected = range(Number(lastId) + 1, finalSeq);
      check(reached && sameList(stream.ids(), expected), `${label} resumes from Last-Event-ID ${lastId} with exactly the events after it`, `got ${describeIds(stream.ids())}, expected ${describeIds(expected)}`);
      stream.reader.close();
    }
    const resumedData = resumedFacilitator.messages.filter((m) => m.event === 'exercise').map((m) => storedEventSchema.parse(JSON.parse(m.data)));
    const afterHashes = new Map(after.map((event) => [event.seq, event.hash]));
    check(resumedData.length > 0 && resumedData.every((event) => afterHashes.get(event.seq) === event.hash), 'the resumed facilitator stream carries the stored events themselves', `${resumedData.length} events`);
    console.log(`checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    check(false, 'the check ran to the end', error instanceof Error ? error.message : String(error));
    if (server) console.error(`the server said:\n${server.output()}`);
  } finally {
    await server?.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const failed = results.filter((result) => !result.ok).length;
  console.log(`\ndurability: ${results.length - failed} of ${results.length} checks passed`);
  process.exit(failed > 0 ? 1 : 0);
}

void main();
