// Sends one exercise command. The client makes the command's id once, so a retry after a dropped
// connection is stored once by the server and answered as the first attempt was.
export interface CommandResult {
  ok: boolean;
  status: number;
  message: string | null;
}

export async function sendCommand(exerciseId: string, command: Record<string, unknown>, attempts = 3): Promise<CommandResult> {
  const body = JSON.stringify({ ...command, clientId: crypto.randomUUID() });
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(`/api/exercises/${exerciseId}/commands`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        credentials: 'same-origin',
      });
      const payload: unknown = await response.json().catch(() => null);
      const message = typeof payload === 'object' && payload !== null && 'error' in payload && typeof payload.error === 'string' ? payload.error : null;
      return { ok: response.ok, status: response.status, message };
    } catch {
      if (attempt >= attempts) return { ok: false, status: 0, message: 'The server could not be reached; your last action may not have been saved. Try again.' };
      await new Promise((resolve) => setTimeout(resolve, 400 * attempt));
    }
  }
}
