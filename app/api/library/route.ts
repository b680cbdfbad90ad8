// GET /api/library – every entry's metadata and plain text as versioned JSON (static)
import { getAtlas, getLibrary } from '@/lib/content/library-source';
import { libraryExport } from '@/lib/library/library-export';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(libraryExport(getLibrary(), getAtlas(), new Date().toISOString()));
}
