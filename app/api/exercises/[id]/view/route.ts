// GET /api/exercises/[id]/view – the caller's view of the exercise (facilitator, participant or solo)
import { exerciseAccess } from '@/lib/server/exercises/exercise-access';
import { exerciseViewFor } from '@/lib/server/exercises/exercise-view';
import { errorResponse, jsonResponse } from '@/lib/server/http';

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { db, exercise, actor } = await exerciseAccess((await context.params).id);
    return jsonResponse(await exerciseViewFor(db, exercise, actor));
  } catch (error) {
    return errorResponse(error);
  }
}
