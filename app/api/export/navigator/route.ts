// GET /api/export/navigator – ATLAS Navigator layer scoring techniques by library coverage (static)
import { getAtlas, getLibrary } from '@/lib/content/library-source';
import { buildNavigatorLayer } from '@/lib/exports/navigator-layer';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildNavigatorLayer(getLibrary(), getAtlas()), {
    headers: { 'Content-Disposition': 'attachment; filename="sandtable-atlas-layer.json"' },
  });
}
