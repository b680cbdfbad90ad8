// One process per embedded data directory: PGlite opened by two processes silently corrupts it.
// A lock file holds the owner's pid; a lock whose pid is no longer alive (kill -9, a crash, a
// reboot) is taken over, so a stale lock never blocks the next start.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

export type LockDecision = { action: 'take' } | { action: 'take-over-stale'; stale: LockHolder } | { action: 'refuse'; holder: LockHolder };

/** The rule, apart from the file system: whom a lock belongs to, and whether it still counts. */
export function decideLock(existing: LockHolder | null, own: { pid: number; host: string }, isAlive: (pid: number) => boolean): LockDecision {
  if (!existing) return { action: 'take' };
  if (existing.pid === own.pid && existing.host === own.host) return { action: 'take' };
  // A lock written on another host cannot be checked from here: refuse rather than risk corruption.
  if (existing.host !== own.host || isAlive(existing.pid)) return { action: 'refuse', holder: existing };
  return { action: 'take-over-stale', stale: existing };
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'pid' in parsed && typeof parsed.pid === 'number') {
      const host = 'host' in parsed && typeof parsed.host === 'string' ? parsed.host : hostname();
      const startedAt = 'startedAt' in parsed && typeof parsed.startedAt === 'string' ? parsed.startedAt : 'unknown';
      return { pid: parsed.pid, host, startedAt };
    }
    return null;
  } catch {
    return null;
  }
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string, holder: LockHolder) {
    super(
      `The data directory ${dataDir} is in use by process ${holder.pid} on ${holder.host} (started ${holder.startedAt}). ` +
        'Only one Sandtable server may open an embedded database: stop that process, use another DATA_DIR, ' +
        'or set DATABASE_URL to share a PostgreSQL server between instances.',
    );
    this.name = 'DataDirInUseError';
  }
}

/** Takes the lock on `dataDir` for this process; returns a function that releases it. */
export function acquireDataDirLock(dataDir: string, isAlive: (pid: number) => boolean = processIsAlive): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'sandtable.lock');
  const own = { pid: process.pid, host: hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    const decision = decideLock(readHolder(file), own, isAlive);
    if (decision.action === 'refuse') throw new DataDirInUseError(dataDir, decision.holder);
    if (decision.action === 'take-over-stale') rmSync(file, { force: true });
    try {
      // 'wx' fails if another process created the file since we looked: then decide again.
      const fd = openSync(file, decision.action === 'take' && readHolder(file)?.pid === own.pid ? 'w' : 'wx', 0o600);
      writeSync(fd, JSON.stringify({ ...own, startedAt: new Date().toISOString() }));
      closeSync(fd);
      return () => {
        if (readHolder(file)?.pid === own.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
  }
  const holder = readHolder(file);
  throw holder ? new DataDirInUseError(dataDir, holder) : new Error(`Could not take the lock file ${file}`);
}
