// The per-process database handle: opened lazily, once, and kept on globalThis so that module
// reloads in development do not open PGlite twice. Never opened while `next build` runs.
import 'server-only';
import path from 'node:path';
import { env, isBuildPhase } from '../env';
import { openDatabase, type Database, type OpenDatabase } from '../db/open-database';

const holder = globalThis as typeof globalThis & { __sandtableDb?: Promise<OpenDatabase> };

export function openAppDatabase(): Promise<OpenDatabase> {
  if (isBuildPhase()) throw new Error('The database is not opened during `next build`: pages that read it must render per request.');
  if (!holder.__sandtableDb) {
    const settings = env();
    holder.__sandtableDb = openDatabase(
      settings.DATABASE_URL ? { kind: 'postgres', url: settings.DATABASE_URL } : { kind: 'pglite', dataDir: path.resolve(settings.DATA_DIR) },
    );
    holder.__sandtableDb.catch(() => {
      holder.__sandtableDb = undefined;
    });
  }
  return holder.__sandtableDb;
}

export async function getDb(): Promise<Database> {
  return (await openAppDatabase()).db;
}

export async function closeAppDatabase(): Promise<void> {
  const pending = holder.__sandtableDb;
  holder.__sandtableDb = undefined;
  if (pending) await (await pending).close();
}
