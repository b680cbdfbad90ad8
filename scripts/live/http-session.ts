// One person talking to the app over HTTP on loopback, the way a browser would but without one:
// node:http with a keep-alive agent, a cookie jar of its own, JSON in and out. Used by the live
// benchmark and the durability check to sign up, sign in, open exercises, join and send commands.
import http from 'node:http';

export interface HttpReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Loopback connections shared by every session (cookies are per session, sockets are not). An
 * idle socket is dropped after 3 s, before the server's 5 s keep-alive timeout can close it under
 * a request that is just being sent (which fails that request with ECONNRESET).
 */
export const loopbackAgent = new http.Agent({ keepAlive: true, maxSockets: 256, timeout: 3_000 });

export function httpRequest(
  origin: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<HttpReply> {
  const url = new URL(path, origin);
  if (url.hostname !== '127.0.0.1') return Promise.reject(new Error(`refusing a request off loopback: ${url.href}`));
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method, agent: loopbackAgent, headers: { ...options.headers, ...(options.body !== undefined ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.setTimeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS, () => request.destroy(new Error(`${method} ${path} timed out`)));
    request.on('error', (error) => reject(new Error(`${method} ${path}: ${error.message}`, { cause: error })));
    request.end(options.body);
  });
}

export function parseJson(reply: HttpReply, what: string): unknown {
  try {
    return JSON.parse(reply.text);
  } catch {
    throw new Error(`${what}: expected JSON, got ${reply.status} ${reply.text.slice(0, 200)}`);
  }
}

export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(readonly origin: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  hasCookie(prefix: string): boolean {
    return [...this.cookies.keys()].some((name) => name.startsWith(prefix));
  }

  private remember(headers: http.IncomingHttpHeaders): void {
    for (const line of headers['set-cookie'] ?? []) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /;\s*max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async send(method: string, path: string, body?: { json: unknown } | { form: Record<string, string> }, timeoutMs?: number): Promise<HttpReply> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    let text: string | undefined;
    if (body && 'json' in body) {
      headers['content-type'] = 'application/json';
      text = JSON.stringify(body.json);
    } else if (body) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      text = new URLSearchParams(body.form).toString();
    }
    const reply = await httpRequest(this.origin, method, path, { headers, body: text, timeoutMs });
    this.remember(reply.headers);
    return reply;
  }

  /** Sends and insists on one of the expected statuses; returns the parsed JSON body. */
  async expectJson(method: string, path: string, json: unknown, expected: readonly number[]): Promise<unknown> {
    const reply = await this.send(method, path, json === undefined ? undefined : { json });
    if (!expected.includes(reply.status)) throw new Error(`${method} ${path}: ${reply.status} ${reply.text.slice(0, 300)}`);
    return parseJson(reply, `${method} ${path}`);
  }
}
