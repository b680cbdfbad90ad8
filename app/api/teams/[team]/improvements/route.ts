// GET /api/teams/[team]/improvements – the team's improvement plan across exercises (?status=open|closed|all&owner=&exercise=&threat=)
import { parseItemFilters } from '@/lib/improvement/item-list';
import { HttpError, jsonResponse } from '@/lib/server/http';
import { listImprovementItems } from '@/lib/server/improvements/improvement-items';
import { withTeam } from '@/lib/server/with-team';

export const GET = withTeam({ permission: 'report.read' }, async ({ db, team, request }) => {
  const parsed = parseItemFilters(new URL(request.url).searchParams);
  if (!parsed.ok) throw new HttpError(400, parsed.message);
  const { items, counts } = await listImprovementItems(db, team, parsed.filters);
  return jsonResponse({ filters: parsed.filters, counts, items });
});
