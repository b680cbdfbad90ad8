// PUT /api/exercises/[id]/report/share – a facilitator shares the published report with the team's observers and the exercise's guests
// DELETE /api/exercises/[id]/report/share – and stops sharing it
import { exerciseAccess } from '@/lib/server/exercises/exercise-access';
import { assertSameOrigin, errorResponse, jsonResponse } from '@/lib/server/http';
import { shareReport, unshareReport } from '@/lib/server/reports/report-store';

type Context = { params: Promise<{ id: string }> };

export async function PUT(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    const { sharedAt } = await shareReport(await exerciseAccess((await context.params).id));
    return jsonResponse({ ok: true, shared: true, sharedAt });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request, context: Context) {
  try {
    assertSameOrigin(request);
    await unshareReport(await exerciseAccess((await context.params).id));
    return jsonResponse({ ok: true, shared: false });
  } catch (error) {
    return errorResponse(error);
  }
}
