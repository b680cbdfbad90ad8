// GET /api/exercises/[id]/report/schema – the JSON Schema of the report's JSON download
import { exerciseAccess } from '@/lib/server/exercises/exercise-access';
import { errorResponse } from '@/lib/server/http';
import { getReportForActor } from '@/lib/server/reports/report-store';
import { reportJsonSchema } from '@/lib/report/report-json-schema';
import { REPORT_FORMATS } from '@/lib/report/report-file-name';

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    // The schema is the same for every report; asking through a report keeps the route private.
    await getReportForActor(await exerciseAccess((await context.params).id));
    return new Response(JSON.stringify(reportJsonSchema(), null, 2), {
      headers: { 'content-type': REPORT_FORMATS['schema.json'], 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store' },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
