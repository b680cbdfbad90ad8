// Starts the production server (`next start` on the existing build) as a child process on
// loopback, waits until it answers, and stops it: gracefully (SIGTERM, which releases the PGlite
// lock) or as a crash would (SIGKILL). Next's bin is run with node directly, not through npx, so
// the child's pid is the server process that holds the data directory lock.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { httpRequest } from './http-session';

// npm runs scripts from the project root, where .next and node_modules are.
const ROOT = process.cwd();
const START_TIMEOUT_MS = 90_000;

export function assertBuilt(): void {
  if (!existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('There is no production build (.next/BUILD_ID is missing): run `npm run build` first.');
  }
}

export interface AppServer {
  origin: string;
  pid: number;
  /** The last lines the server printed, for a failure message. */
  output(): string;
  stop(): Promise<void>;
  kill9(): Promise<void>;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startAppServer(options: { port: number; env: Record<string, string>; nodeArgs?: string[] }): Promise<AppServer> {
  assertBuilt();
  const origin = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), path.join(ROOT, 'node_modules/next/dist/bin/next'), 'start', '-p', String(options.port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', SITE_URL: origin, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => lines.slice(-40).join('\n');
  if (child.pid === undefined) throw new Error('could not spawn next start');
  const pid = child.pid;

  const deadline = Date.now() + START_TIMEOUT_MS;
  let ready = false;
  while (!ready && Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) while starting:\n${output()}`);
    // A dynamic route that opens the database: the server is only ready once that works.
    ready = await httpRequest(origin, 'GET', '/api/auth/csrf', { timeoutMs: 5_000 })
      .then((reply) => reply.status === 200)
      .catch(() => false);
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`the server did not answer on ${origin} within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
  }
  return {
    origin,
    pid,
    output,
    async stop() {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 15_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    },
    async kill9() {
      child.kill('SIGKILL');
      if (!(await waitForExit(child, 10_000))) throw new Error(`server ${pid} survived SIGKILL`);
    },
  };
}
