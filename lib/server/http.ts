// JSON responses and request bodies for route handlers: bounded, parsed, with specific errors.
import 'server-only';
import type { z } from 'zod';
import { fieldErrors } from '../auth/input-schemas';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

export function errorResponse(error: unknown): Response {
  if (error instanceof HttpError) return jsonResponse({ error: error.message, ...(error.fields ? { fields: error.fields } : {}) }, error.status);
  console.error(error);
  return jsonResponse({ error: 'Something went wrong on the server. Nothing was changed; please try again.' }, 500);
}

const MAX_BODY_BYTES = 256 * 1024;

/** Reads a JSON body of at most 256 KiB and parses it with `schema`. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) throw new HttpError(415, 'Send the request body as application/json.');
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new HttpError(413, `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
  let raw: unknown;
  try {
    raw = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.');
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    const fields = fieldErrors(result.error);
    throw new HttpError(400, Object.values(fields)[0] ?? 'The request is invalid.', fields);
  }
  return result.data;
}

/** Refuses cross-site form posts and fetches: state changes come only from this site's pages. */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') throw new HttpError(403, 'Cross-site requests are refused.');
  if (origin) {
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    try {
      if (new URL(origin).host !== host) throw new HttpError(403, 'Cross-site requests are refused.');
    } catch (error) {
      if (error instanceof HttpError) throw error;
      throw new HttpError(403, 'Cross-site requests are refused.');
    }
  }
}
