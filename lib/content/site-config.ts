// The public origin, used for absolute URLs (Open Graph tags, exports, sitemap, robots.txt) and
// the one place that answers "where is this site?". It is the origin recorded by the build
// (`npm run content`, part of `npm run build`), not the environment of the running server.
import 'server-only';
import record from '@/.contentlayer/site-config.json';
import { siteUrlDriftWarning, siteUrlRecordSchema } from './site-url-record';

let built: string | undefined;

export function siteUrl(): string {
  built ??= siteUrlRecordSchema.parse(record).siteUrl;
  return built;
}

/** Logs once, at server start, when the server's SITE_URL differs from the build's. */
export function warnIfSiteUrlChanged(runtimeValue = process.env.SITE_URL): void {
  const warning = siteUrlDriftWarning(siteUrl(), runtimeValue);
  if (warning) console.warn(`⚠ ${warning}`);
}
