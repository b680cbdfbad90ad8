// Runs once when a Next.js server starts: SITE_URL is read at build time, so a server started
// with a different one says so instead of silently serving the build's origin.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { warnIfSiteUrlChanged } = await import('./lib/content/site-config');
  warnIfSiteUrlChanged();
}
