// Sends exercise commands. The client makes each command's id once, so a retry after a dropped
// connection is stored once by the server and answered as the first attempt was.
//
// Commands to one exercise leave this page one request at a time, in the order they were made:
// whatever is made while a request is in flight waits, and goes with the others that waited as one
// batch request when it returns (the server answers a batch command by command). On a slow or
// flaky connection a note, a vote and a reveal then cost one round trip, not three racing ones.
export interface CommandResult {
  ok: boolean;
  status: number;
  message: string | null;
}

interface Waiting {
  command: Record<string, unknown>;
  settle: (result: CommandResult) => void;
}

interface Outbox {
  inFlight: boolean;
  waiting: Waiting[];
}

const MAX_BATCH = 50;
const UNREACHABLE = 'The server could not be reached; your last action may not have been saved. Try again.';
const outboxes = new Map<string, Outbox>();

export function sendCommand(exerciseId: string, command: Record<string, unknown>, attempts = 3): Promise<CommandResult> {
  return new Promise((settle) => {
    const outbox = outboxes.get(exerciseId) ?? { inFlight: false, waiting: [] };
    outboxes.set(exerciseId, outbox);
    outbox.waiting.push({ command: { ...command, clientId: crypto.randomUUID() }, settle });
    if (!outbox.inFlight) void flush(exerciseId, outbox, attempts);
  });
}

async function flush(exerciseId: string, outbox: Outbox, attempts: number): Promise<void> {
  outbox.inFlight = true;
  while (outbox.waiting.length > 0) {
    const batch = outbox.waiting.splice(0, MAX_BATCH);
    const results = await post(exerciseId, batch.length === 1 ? batch[0]!.command : batch.map((item) => item.command), batch.length, attempts);
    batch.forEach((item, i) => item.settle(results[i]!));
  }
  outbox.inFlight = false;
  outboxes.delete(exerciseId);
}

const errorText = (payload: unknown): string | null =>
  typeof payload === 'object' && payload !== null && 'error' in payload && typeof payload.error === 'string' ? payload.error : null;

/** One request, retried on network failure with the same body; one result per command sent. */
async function post(exerciseId: string, body: unknown, count: number, attempts: number): Promise<CommandResult[]> {
  const text = JSON.stringify(body);
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(`/api/exercises/${exerciseId}/commands`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: text,
        credentials: 'same-origin',
      });
      const payload: unknown = await response.json().catch(() => null);
      if (!Array.isArray(body) || !response.ok) {
        const result = { ok: response.ok && !Array.isArray(body), status: response.status, message: errorText(payload) };
        return Array.from({ length: count }, () => result);
      }
      const answers = typeof payload === 'object' && payload !== null && 'results' in payload && Array.isArray(payload.results) ? payload.results : [];
      return Array.from({ length: count }, (_, i) => {
        const answer: unknown = answers[i];
        const status = typeof answer === 'object' && answer !== null && 'status' in answer && typeof answer.status === 'number' ? answer.status : 500;
        return { ok: status >= 200 && status < 300, status, message: errorText(answer) };
      });
    } catch {
      if (attempt >= attempts) return Array.from({ length: count }, () => ({ ok: false, status: 0, message: UNREACHABLE }));
      await new Promise((resolve) => setTimeout(resolve, 400 * attempt));
    }
  }
}
