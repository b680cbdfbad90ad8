// npm run bench:live — live exercise budgets, measured on loopback against the production build
// (run `npm run build` first): "decision recorded → arrived at the last client" p50/p95/p99 with
// 100 guests streaming one exercise and with 20 concurrent exercises, and append throughput with
// 8 writers through the API, on PGlite and on PostgreSQL, beside a plain node:http SSE server in
// this process as the floor.
// Budgets: p95 ≤ 50 ms at 100 clients (both stores); ≥ 500 appended events/s on PGlite.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { assertBuilt, startAppServer, type AppServer } from '../scripts/live/app-server';
import type { LatencySummary } from '../scripts/live/arrival-tracker';
import { dropPostgresDatabase, freshPostgresDatabase } from '../scripts/live/fresh-postgres';
import { measureApp, type AppFigures, type AppSettings } from './live-app';
import { measureFloor } from './live-floor';

const PORTS = { pglite: 3510, postgres: 3511, floor: 3512 };
const BUDGET = { p95Ms: 50, pgliteAppendsPerSecond: 500 };
const PG_DATABASE = 'sandtable_bench_live';

const SETTINGS: AppSettings = {
  guests: 100,
  events: 300,
  voters: 20,
  concurrentExercises: 20,
  guestsPerExercise: 25,
  eventsPerExercise: 30,
  // Each room gets an event every 0.4–1.2 s (votes, notes, reveals): busier than a real session.
  paceMs: [400, 1200],
  writers: 8,
  batch: 10,
  writeMs: 6_000,
  writeCap: 6_000,
  phaseLimitMs: 90_000,
};

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const log = (line: string) => console.log(line);

async function withServer<T>(label: string, port: number, env: Record<string, string>, run: (server: AppServer) => Promise<T>): Promise<T> {
  log(`${label}: starting next start on 127.0.0.1:${port}`);
  const server = await startAppServer({ port, env });
  try {
    return await run(server);
  } catch (error) {
    console.error(`${label}: the server said:\n${server.output()}`);
    throw error;
  } finally {
    await server.stop();
  }
}

async function measurePglite(): Promise<AppFigures> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sandtable-bench-live-'));
  try {
    return await withServer('PGlite', PORTS.pglite, { DATA_DIR: dataDir }, (server) => measureApp(server.origin, SETTINGS, log));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measurePostgres(): Promise<AppFigures> {
  const url = await freshPostgresDatabase(PG_DATABASE);
  try {
    return await withServer('PostgreSQL', PORTS.postgres, { DATABASE_URL: url, AUTH_SECRET: randomBytes(32).toString('base64url') }, (server) => measureApp(server.origin, SETTINGS, log));
  } finally {
    await dropPostgresDatabase(PG_DATABASE).catch(() => undefined);
  }
}

function latencyRow(label: string, clients: number, summary: LatencySummary): string {
  const cells = [label.padEnd(44), String(clients).padStart(7), String(summary.samples).padStart(7), ms(summary.p50).padStart(8), ms(summary.p95).padStart(8), ms(summary.p99).padStart(8), ms(summary.max).padStart(8)];
  return `${cells.join(' ')}${summary.timeouts ? `   ${summary.timeouts} not delivered to every client` : ''}`;
}

async function main(): Promise<void> {
  try {
    assertBuilt();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  log(`bench:live — loopback, ${new Date().toISOString()}, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  log('floor: plain node:http SSE server in this process');
  const floor = await measureFloor(PORTS.floor, SETTINGS.guests, SETTINGS.events, SETTINGS.phaseLimitMs);
  const pglite = await measurePglite();
  let postgres: AppFigures | null = null;
  let postgresSkipped = '';
  try {
    postgres = await measurePostgres();
  } catch (error) {
    postgresSkipped = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    console.error(`PostgreSQL: not measured: ${postgresSkipped}`);
  }

  log(`\nrecorded → arrived at the last client (ms), load average after: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  log(`${'run'.padEnd(44)} ${'clients'.padStart(7)} ${'events'.padStart(7)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)}`);
  log(latencyRow('floor: node:http, in memory', SETTINGS.guests, floor));
  const failures: string[] = [];
  for (const [label, figures] of [['PGlite', pglite], ['PostgreSQL', postgres]] as const) {
    if (!figures) continue;
    log(latencyRow(`${label}: one exercise, ${SETTINGS.guests} guests + console`, figures.single.clients, figures.single));
    log(latencyRow(`${label}: ${SETTINGS.concurrentExercises} exercises × (${SETTINGS.guestsPerExercise} guests + console)`, figures.concurrent.clients, figures.concurrent));
    if (figures.single.p95 > BUDGET.p95Ms) failures.push(`${label}: p95 ${ms(figures.single.p95)} ms at ${figures.single.clients} clients is over the ${BUDGET.p95Ms} ms budget`);
    if (figures.single.timeouts + figures.concurrent.timeouts > 0) failures.push(`${label}: ${figures.single.timeouts + figures.concurrent.timeouts} events did not reach every client within 10 s`);
  }
  log(`(one exercise: each event sent as soon as the last one reached every client; 20 exercises: each room sends every ${SETTINGS.paceMs[0] / 1000}–${SETTINGS.paceMs[1] / 1000} s)`);
  log(`\nappend throughput, ${SETTINGS.writers} concurrent writers POSTing note.add through the API (${SETTINGS.writeMs / 1000} s each)`);
  log(`${'run'.padEnd(44)} ${'events'.padStart(7)} ${'errors'.padStart(7)} ${'events/s'.padStart(9)}`);
  for (const [label, figures] of [['PGlite', pglite], ['PostgreSQL', postgres]] as const) {
    if (!figures) continue;
    for (const [kind, run] of [
      ['facilitator ×8, no streams', figures.appendQuiet],
      ['8 guests, no streams', figures.appendGuests],
      [`facilitator ×8, ${figures.single.clients} streams`, figures.appendStreaming],
      [`facilitator ×8, batches of ${figures.appendBatched.batch}, no streams`, figures.appendBatched],
    ] as const) {
      const drained = run.drainedMs === undefined ? '' : run.drainedMs === null ? '   streams did not all receive the last event' : `   every stream had the last event ${ms(run.drainedMs)} ms after the last ack`;
      log(`${`${label}: ${kind}`.padEnd(44)} ${String(run.appended).padStart(7)} ${String(run.errors).padStart(7)} ${run.perSecond.toFixed(0).padStart(9)}${drained}`);
      if (run.errors > 0) failures.push(`${label}, ${kind}: ${run.errors} appends refused`);
      if (run.drainedMs === null) failures.push(`${label}, ${kind}: not every stream received the last appended event`);
    }
  }
  // The budget is on events: a writer with commands waiting sends them as one request, as the
  // page's outbox does. One command per request is printed above for comparison.
  if (pglite.appendBatched.perSecond < BUDGET.pgliteAppendsPerSecond) failures.push(`PGlite: ${pglite.appendBatched.perSecond.toFixed(0)} appended events/s (batches of ${pglite.appendBatched.batch}) is under the ${BUDGET.pgliteAppendsPerSecond}/s budget`);
  if (!postgres) log(`\nPostgreSQL: not measured (${postgresSkipped})`);
  log(`\nbudgets: p95 ≤ ${BUDGET.p95Ms} ms at 100 clients; ≥ ${BUDGET.pgliteAppendsPerSecond} appended events/s on PGlite`);
  if (failures.length > 0) {
    for (const failure of failures) log(`OVER BUDGET: ${failure}`);
    process.exitCode = 1;
  } else {
    log('all budgets met');
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
