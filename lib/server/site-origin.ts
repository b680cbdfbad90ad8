// The one public origin of the app: SITE_URL as recorded by the build (lib/content/site-config),
// for next-auth's callback URLs, invite links and the exports alike.
import 'server-only';
import { siteUrl } from '../content/site-config';

export function siteOrigin(): string {
  return siteUrl();
}
