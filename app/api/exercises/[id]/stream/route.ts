// GET /api/exercises/[id]/stream – Server-Sent Events from a seq (Last-Event-ID or ?after=)
import { exerciseAccess } from '@/lib/server/exercises/exercise-access';
import { openExerciseStream } from '@/lib/server/exercises/exercise-stream';
import { errorResponse } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const access = await exerciseAccess((await context.params).id);
    const url = new URL(request.url);
    const raw = request.headers.get('last-event-id') ?? url.searchParams.get('after') ?? '0';
    const after = /^\d{1,9}$/.test(raw) ? Number(raw) : 0;
    return await openExerciseStream(access, after, request.signal);
  } catch (error) {
    return errorResponse(error);
  }
}
