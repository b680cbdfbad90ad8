// A fresh PostgreSQL database for a run. The local server and the `sandtable` role come from
// scripts/ensure-postgres.sh; when they are already there the database is made directly as that
// role, because the script also drops and recreates `sandtable_test`, which another checkout's
// database tests may be using at that moment.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const ROLE_URL = 'postgres://sandtable:sandtable@127.0.0.1:5432';

async function recreate(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${ROLE_URL}/postgres`, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
}

export async function freshPostgresDatabase(name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(name)) throw new Error(`invalid database name ${name}`);
  try {
    await recreate(name);
  } catch {
    const run = spawnSync('bash', ['scripts/ensure-postgres.sh', name], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`scripts/ensure-postgres.sh failed: ${run.stderr.slice(-500)}`);
  }
  return `${ROLE_URL}/${name}`;
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${ROLE_URL}/postgres`, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}
