// Server start time, resident memory at idle and the time of a password sign-in (argon2id
// included), on the embedded database and — with BENCH_DATABASE_URL — on PostgreSQL.
// Needs a production build (npm run build). Usage: node bench/server-footprint.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PORT = 3590;
const base = `http://127.0.0.1:${PORT}`;

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function waitFor(check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

function cookieJar() {
  const jar = new Map();
  return {
    header: () => [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
    store(response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const eq = pair.indexOf('=');
        jar.set(pair.slice(0, eq), pair.slice(eq + 1));
      }
    },
  };
}

async function signIn(email, password) {
  const jar = cookieJar();
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  jar.store(csrfResponse);
  const { csrfToken } = await csrfResponse.json();
  const started = performance.now();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
    redirect: 'manual',
  });
  const ms = performance.now() - started;
  jar.store(response);
  if (!jar.header().includes('session-token')) throw new Error(`sign-in failed: ${response.status}`);
  return ms;
}

async function measure(label, env) {
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  try {
    const dbReady = await waitFor(async () => log.includes('sandtable:') && log.includes('ready in'), 60_000);
    if (!dbReady) throw new Error(`server did not start:\n${log}`);
    const readyMs = performance.now() - started;
    await waitFor(async () => (await fetch(`${base}/api/me`)).ok, 30_000);
    await new Promise((r) => setTimeout(r, 2000));
    const idle = rssMiB(child.pid);
    const email = `bench-${Date.now()}@example.com`;
    const password = 'correct horse battery staple';
    const signUp = await fetch(`${base}/api/account/sign-up`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Bench', email, password }) });
    if (!signUp.ok) throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
    const times = [];
    for (let i = 0; i < 10; i++) times.push(await signIn(email, password));
    times.sort((a, b) => a - b);
    const afterUse = rssMiB(child.pid);
    return { label, startMs: Math.round(readyMs), idleRssMiB: Math.round(idle), rssAfterSignInsMiB: Math.round(afterUse), signInMedianMs: Math.round(times[5]), signInMaxMs: Math.round(times[9]) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const rows = [await measure('PGlite (embedded)', { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'sandtable-bench-')) })];
if (process.env.BENCH_DATABASE_URL) {
  rows.push(await measure('PostgreSQL', { DATABASE_URL: process.env.BENCH_DATABASE_URL, AUTH_SECRET: 'bench-only-secret-0123456789-0123456789' }));
}
console.table(rows);
