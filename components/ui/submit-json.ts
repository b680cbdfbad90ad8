// Sends a form's values as JSON and returns the server's answer, with field errors kept apart.
export interface JsonResult<T> {
  ok: boolean;
  status: number;
  data: T | null;
  error: string | null;
  fields: Record<string, string>;
}

export async function submitJson<T>(url: string, method: string, body?: unknown): Promise<JsonResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, status: 0, data: null, error: 'The server could not be reached. Check your connection and try again.', fields: {} };
  }
  const payload: unknown = await response.json().catch(() => null);
  const record = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  const fields = typeof record.fields === 'object' && record.fields !== null ? (record.fields as Record<string, string>) : {};
  if (!response.ok) return { ok: false, status: response.status, data: null, error: typeof record.error === 'string' ? record.error : `Request failed (${response.status})`, fields };
  return { ok: true, status: response.status, data: payload as T, error: null, fields: {} };
}
