// A fresh PostgreSQL database for a run, owned by the `sandtable` role. When the local server is
// already up (scripts/ensure-postgres.sh started it) the database is made directly, as the role if
// it may create databases, else as the `postgres` superuser; only on a machine without a server is
// scripts/ensure-postgres.sh run, because it also drops and recreates `sandtable_test`, which
// another checkout's database tests may be using at that moment.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const ROLE_URL = 'postgres://sandtable:sandtable@127.0.0.1:5432';

async function asRole(statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: `${ROLE_URL}/postgres`, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

function asSuperuser(statements: string[]): boolean {
  const psql = ['psql', '-v', 'ON_ERROR_STOP=1', '-qAt', ...statements.flatMap((statement) => ['-c', statement])];
  const command = process.getuid?.() === 0 ? ['su', 'postgres', '-c', psql.map((arg) => `'${arg}'`).join(' ')] : ['sudo', '-n', '-u', 'postgres', ...psql];
  return spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' }).status === 0;
}

async function run(statements: string[]): Promise<boolean> {
  try {
    await asRole(statements);
    return true;
  } catch {
    return asSuperuser(statements);
  }
}

export async function freshPostgresDatabase(name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(name)) throw new Error(`invalid database name ${name}`);
  const made = await run([`drop database if exists ${name} with (force)`, `create database ${name} owner sandtable`]);
  if (!made) {
    const script = spawnSync('bash', ['scripts/ensure-postgres.sh', name], { encoding: 'utf8' });
    if (script.status !== 0) throw new Error(`scripts/ensure-postgres.sh failed: ${script.stderr.slice(-500)}`);
  }
  return `${ROLE_URL}/${name}`;
}

export async function dropPostgresDatabase(name: string): Promise<void> {
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(name)) throw new Error(`invalid database name ${name}`);
  await run([`drop database if exists ${name} with (force)`]);
}
