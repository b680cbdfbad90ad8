// POST /api/exercises/[id]/report/publish – a facilitator publishes the report of an ended exercise
import { exerciseAccess } from '@/lib/server/exercises/exercise-access';
import { assertSameOrigin, errorResponse, jsonResponse } from '@/lib/server/http';
import { publish } from '@/lib/server/reports/report-store';

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    const record = await publish(await exerciseAccess((await context.params).id));
    return jsonResponse({ ok: true, published: { publishedAt: record.publishedAt, finalHash: record.finalHash, eventCount: record.eventCount } });
  } catch (error) {
    return errorResponse(error);
  }
}
