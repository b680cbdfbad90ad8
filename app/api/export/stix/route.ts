// GET /api/export/stix – the library as a STIX 2.1 bundle (static, built with the site)
import { getAtlas, getLibrary } from '@/lib/content/library-source';
import { siteUrl } from '@/lib/content/site-config';
import { buildStixBundle } from '@/lib/exports/stix-bundle';

export const dynamic = 'force-static';

export function GET() {
  const bundle = buildStixBundle(getLibrary(), getAtlas(), siteUrl(), new Date().toISOString());
  return Response.json(bundle, {
    headers: { 'Content-Disposition': 'attachment; filename="sandtable-stix-bundle.json"', 'Content-Type': 'application/stix+json;version=2.1' },
  });
}
