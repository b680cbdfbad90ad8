import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirInUseError, decideLock } from './data-dir-lock';

const own = { pid: 100, host: 'box' };

describe('decideLock', () => {
  it('takes a free directory', () => expect(decideLock(null, own, () => true)).toEqual({ action: 'take' }));
  it('refuses a lock held by a live process', () => {
    const holder = { pid: 200, host: 'box', startedAt: 't' };
    expect(decideLock(holder, own, () => true)).toEqual({ action: 'refuse', holder });
  });
  it('takes over a lock whose process is dead (kill -9, crash)', () => {
    const stale = { pid: 200, host: 'box', startedAt: 't' };
    expect(decideLock(stale, own, () => false)).toEqual({ action: 'take-over-stale', stale });
  });
  it('refuses a lock from another host, which it cannot check', () => {
    expect(decideLock({ pid: 200, host: 'other', startedAt: 't' }, own, () => false).action).toBe('refuse');
  });
});

describe('acquireDataDirLock on disk', () => {
  const fresh = () => mkdtempSync(path.join(tmpdir(), 'sandtable-lock-'));

  it('creates the directory, writes the pid, and releases', () => {
    const dir = path.join(fresh(), 'nested', 'data');
    const release = acquireDataDirLock(dir);
    const lock = JSON.parse(readFileSync(path.join(dir, 'sandtable.lock'), 'utf8'));
    expect(lock.pid).toBe(process.pid);
    release();
    expect(existsSync(path.join(dir, 'sandtable.lock'))).toBe(false);
  });

  it('refuses while another live process holds it, naming the pid', () => {
    const dir = fresh();
    writeFileSync(path.join(dir, 'sandtable.lock'), JSON.stringify({ pid: 4242, host: hostname(), startedAt: '2026-12-01T00:00:00Z' }));
    expect(() => acquireDataDirLock(dir, () => true)).toThrow(DataDirInUseError);
    expect(() => acquireDataDirLock(dir, () => true)).toThrow(/in use by process 4242/);
  });

  it('takes over a stale lock left by a dead process', () => {
    const dir = fresh();
    writeFileSync(path.join(dir, 'sandtable.lock'), JSON.stringify({ pid: 4242, host: hostname(), startedAt: '2026-12-01T00:00:00Z' }));
    const release = acquireDataDirLock(dir, () => false);
    expect(JSON.parse(readFileSync(path.join(dir, 'sandtable.lock'), 'utf8')).pid).toBe(process.pid);
    release();
  });
});
