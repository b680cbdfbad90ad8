// GET /search-index.json – the prebuilt flexsearch index the palette loads on first open (static)
import { getSearchEngine } from '@/lib/content/search-source';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(getSearchEngine().serialize());
}
