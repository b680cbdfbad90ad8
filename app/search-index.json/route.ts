// GET /search-index.json – the search index built by the content step, for the palette (static)
import { getSearchIndex } from '@/lib/content/search-source';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(getSearchIndex());
}
