// GET /api/exercises/[id]/report?format=html|pdf|md|docx|csv|json|navigator – the report as a download
import { exerciseAccess } from '@/lib/server/exercises/exercise-access';
import { errorResponse, HttpError } from '@/lib/server/http';
import { downloadFormatSchema, reportDownload } from '@/lib/server/reports/report-download';
import { getReportForActor } from '@/lib/server/reports/report-store';

// The PDF is printed by Chromium through playwright-core, which needs Node.
export const runtime = 'nodejs';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { model } = await getReportForActor(await exerciseAccess((await context.params).id));
    const format = downloadFormatSchema.safeParse(new URL(request.url).searchParams.get('format') ?? 'html');
    if (!format.success) throw new HttpError(400, `Choose a format: ${downloadFormatSchema.options.join(', ')}.`);
    return await reportDownload(model, format.data);
  } catch (error) {
    return errorResponse(error);
  }
}
