// A migrated database for a test file: in-memory PGlite by default, or the PostgreSQL server in
// TEST_DATABASE_URL (CI runs the database tests on both). Tests isolate by truncation.
import { sql } from 'drizzle-orm';
import { openDatabase, type OpenDatabase } from '../db/open-database';

export async function openTestDatabase(): Promise<OpenDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  return openDatabase(url ? { kind: 'postgres', url } : { kind: 'pglite-memory' });
}

export async function truncateAll(database: OpenDatabase): Promise<void> {
  const result: unknown = await database.db.execute(sql`select tablename from pg_tables where schemaname = 'public'`);
  const rows: unknown[] = typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows) ? result.rows : [];
  const tables = rows
    .map((row) => (typeof row === 'object' && row !== null && 'tablename' in row && typeof row.tablename === 'string' ? `"${row.tablename}"` : null))
    .filter(Boolean)
    .join(', ');
  if (tables) await database.db.execute(sql.raw(`truncate ${tables} restart identity cascade`));
}

export const databaseKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
