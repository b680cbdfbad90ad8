// GET /api/scenarios/[id] – one scenario's public briefing as JSON (static; 404 JSON for an unknown id)
import { z } from 'zod';
import { getScenario, getScenarios } from '@/lib/content/scenario-source';

const paramsSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120) });

export const dynamic = 'force-static';

export function generateStaticParams() {
  return getScenarios().map((entry) => ({ id: entry.scenario.id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  const entry = parsed.success ? getScenario(parsed.data.id) : undefined;
  if (!entry) return Response.json({ error: 'not found', message: 'no scenario has this id' }, { status: 404 });
  return Response.json(entry.briefing);
}
