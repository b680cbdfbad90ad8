// Next.js calls register() once when a server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // SITE_URL is read at build time: a server started with a different one says so.
  const { warnIfSiteUrlChanged } = await import('./lib/content/site-config');
  warnIfSiteUrlChanged();
  const { startServer } = await import('./lib/server/start-server');
  await startServer();
}
