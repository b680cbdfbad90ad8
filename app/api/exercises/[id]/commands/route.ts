// POST /api/exercises/[id]/commands – one command (reveal, vote, decision, note, …) → one event
import { appendCommand } from '@/lib/server/exercises/append-command';
import { exerciseAccess } from '@/lib/server/exercises/exercise-access';
import { assertSameOrigin, errorResponse, HttpError, jsonResponse } from '@/lib/server/http';

const MAX_BODY = 64 * 1024;

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    const { db, exercise, actor } = await exerciseAccess((await context.params).id);
    const text = await request.text();
    if (text.length > MAX_BODY) throw new HttpError(413, 'The command is larger than 64 KiB.');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'The request body is not valid JSON.');
    }
    const { event, replayed } = await appendCommand(db, exercise, actor, body);
    // The answer is the same for a retry as for the first attempt.
    return jsonResponse({ seq: event.seq, type: event.type, clientId: event.clientId, createdAt: event.createdAt, replayed }, replayed ? 200 : 201);
  } catch (error) {
    return errorResponse(error);
  }
}
