// PUT /api/exercises/[id]/report/edits – a facilitator saves the draft's edits (409 once published)
import { exerciseAccess } from '@/lib/server/exercises/exercise-access';
import { assertSameOrigin, errorResponse, jsonResponse, readJson } from '@/lib/server/http';
import { saveEdits } from '@/lib/server/reports/report-store';
import { reportEditsSchema } from '@/lib/report/report-edits';

export async function PUT(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    const access = await exerciseAccess((await context.params).id);
    const edits = await readJson(request, reportEditsSchema);
    await saveEdits(access, edits);
    return jsonResponse({ ok: true });
  } catch (error) {
    return errorResponse(error);
  }
}
