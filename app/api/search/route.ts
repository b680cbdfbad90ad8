// GET /api/search?q=&collection=&stride=&lifecycle=&severity=&kind=&limit= – ranked results as JSON
import { getSearchEngine } from '@/lib/content/search-source';
import { searchParamsRecord, searchParamsSchema } from '@/lib/search/search-params';

export function GET(request: Request) {
  const parsed = searchParamsSchema.safeParse(searchParamsRecord(new URL(request.url).searchParams));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({ parameter: issue.path.join('.'), message: issue.message }));
    return Response.json({ error: 'invalid search parameters', problems }, { status: 400 });
  }
  const { q, limit, ...facets } = parsed.data;
  const result = getSearchEngine().search(q, facets, limit);
  return Response.json(result, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
