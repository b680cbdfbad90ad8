// GET /api/scenarios – every scenario's public briefing as JSON (static; no inject content)
import { getScenarios } from '@/lib/content/scenario-source';

export const dynamic = 'force-static';

export function GET() {
  const scenarios = getScenarios().map((entry) => entry.briefing);
  return Response.json({ count: scenarios.length, scenarios });
}
