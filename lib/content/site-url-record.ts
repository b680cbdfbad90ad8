// SITE_URL is a build-time setting: the content step records the origin it was built with, and
// everything that needs the public origin reads that record (lib/content/site-config.ts), so the
// static pages, the exports and any server-rendered route always agree.
import 'server-only';
import { z } from 'zod';

export const SITE_URL_RECORD_FILE = '.contentlayer/site-config.json';
export const DEFAULT_SITE_URL = 'http://localhost:3000';

export const siteUrlRecordSchema = z.strictObject({ siteUrl: z.url({ protocol: /^https?$/ }) });
export type SiteUrlRecord = z.infer<typeof siteUrlRecordSchema>;

/** The origin of a SITE_URL value (path, query and trailing slash dropped); throws when it is not an absolute http(s) URL. */
export function parseSiteUrl(raw: string | undefined): string {
  const value = raw?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://sandtable.example.org, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL must be an http or https URL, got "${value}"`);
  return url.origin;
}

/** The warning a server should log when it runs with a SITE_URL other than the one it was built with. */
export function siteUrlDriftWarning(built: string, runtimeValue: string | undefined): string | undefined {
  if (!runtimeValue?.trim()) return undefined;
  let runtime: string;
  try {
    runtime = parseSiteUrl(runtimeValue);
  } catch (error) {
    return `SITE_URL is ignored at run time (${error instanceof Error ? error.message : String(error)}); this build uses ${built}.`;
  }
  if (runtime === built) return undefined;
  return (
    `SITE_URL is ${runtime} but this build was made with ${built}. SITE_URL is read at build time: ` +
    `static pages, Open Graph tags, the STIX export, the sitemap and robots.txt carry ${built}. ` +
    `Rebuild (SITE_URL=${runtime} npm run build) to serve ${runtime}.`
  );
}
