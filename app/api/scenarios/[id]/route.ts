// GET /api/scenarios/[id] – one scenario's public briefing as JSON (404 JSON for an unknown id)
import { z } from 'zod';
import { getScenario } from '@/lib/content/scenario-source';

const paramsSchema = z.strictObject({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120) });

// Answered per request from the briefings held in memory (microseconds), not prerendered: with
// generateStaticParams, Next caches the answer for every unknown id it is asked about as a file in
// its route cache, so made-up ids would grow the server's disk without bound. Shared caches may
// keep a known briefing for five minutes.
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  const entry = parsed.success ? getScenario(parsed.data.id) : undefined;
  if (!entry) return Response.json({ error: 'not found', message: 'no scenario has this id' }, { status: 404 });
  return Response.json(entry.briefing, { headers: { 'Cache-Control': 'public, max-age=300' } });
}
