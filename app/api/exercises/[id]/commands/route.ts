// POST /api/exercises/[id]/commands – one command (reveal, vote, decision, note, …) → one event;
// or a JSON array of up to 50 commands (a client's outbox after a slow or lost connection) → an
// answer per command, in order, each as a single command would have been answered.
import { appendCommand, appendCommands, type CommandOutcome } from '@/lib/server/exercises/append-command';
import { exerciseAccess } from '@/lib/server/exercises/exercise-access';
import { assertSameOrigin, errorResponse, HttpError, jsonResponse } from '@/lib/server/http';
import type { StoredEvent } from '@/lib/exercise/stored-event';

const MAX_BODY = 64 * 1024;
const MAX_BATCH_BODY = 512 * 1024;
const MAX_BATCH = 50;

const accepted = (event: StoredEvent, replayed: boolean) => ({ seq: event.seq, type: event.type, clientId: event.clientId, createdAt: event.createdAt, replayed });

const answer = (outcome: CommandOutcome) => (outcome.ok ? { status: outcome.replayed ? 200 : 201, ...accepted(outcome.event, outcome.replayed) } : { status: outcome.status, error: outcome.message });

export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    const { db, exercise, actor } = await exerciseAccess((await context.params).id);
    const text = await request.text();
    if (text.length > MAX_BATCH_BODY) throw new HttpError(413, 'The request is larger than 512 KiB.');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'The request body is not valid JSON.');
    }
    if (Array.isArray(body)) {
      if (body.length === 0) throw new HttpError(400, 'A batch needs at least one command.');
      if (body.length > MAX_BATCH) throw new HttpError(413, `A batch holds at most ${MAX_BATCH} commands.`);
      const outcomes = await appendCommands(db, exercise, actor, body);
      return jsonResponse({ results: outcomes.map(answer) }, 200);
    }
    if (text.length > MAX_BODY) throw new HttpError(413, 'The command is larger than 64 KiB.');
    const { event, replayed } = await appendCommand(db, exercise, actor, body);
    // The answer is the same for a retry as for the first attempt.
    return jsonResponse(accepted(event, replayed), replayed ? 200 : 201);
  } catch (error) {
    return errorResponse(error);
  }
}
