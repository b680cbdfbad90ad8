// The one public origin of the app (SITE_URL), for next-auth, invite links and exports.
import 'server-only';
import { env } from '../env';

export function siteOrigin(): string {
  return env().SITE_URL;
}
