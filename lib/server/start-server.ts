// Runs once when `next start` boots (instrumentation.ts): checks the environment, opens and
// migrates the database and takes the data-directory lock, so a misconfigured or second server
// stops at once with a message instead of failing on its first request. Closes cleanly on
// SIGTERM/SIGINT so the lock is released.
import 'server-only';
import { env } from '../env';
import { authSecret } from './auth-secret';
import { closeAppDatabase, openAppDatabase } from './database';
import { closePdfBrowser } from './reports/render-pdf';

export async function startServer(): Promise<void> {
  const started = Date.now();
  try {
    const settings = env();
    authSecret();
    const database = await openAppDatabase();
    console.log(`sandtable: ${database.kind === 'pglite' ? `embedded database in ${settings.DATA_DIR}` : 'PostgreSQL server'} ready in ${Date.now() - started} ms`);
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`sandtable: ${signal} received, closing the database`);
    Promise.all([closeAppDatabase(), closePdfBrowser()])
      .catch((error: unknown) => console.error('sandtable: error while closing the database', error))
      .finally(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
