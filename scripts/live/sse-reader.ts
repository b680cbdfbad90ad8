// A Server-Sent Events client over node:http, parsing the stream itself (no EventSource in Node):
// each message's id, event name and data, with the time its chunk arrived. One socket per stream,
// as a browser tab would hold. Resumes from an id with Last-Event-ID, as EventSource does.
import http from 'node:http';

export interface SseMessage {
  id: string | null;
  event: string;
  data: string;
  /** performance.now() when the chunk holding the end of this message arrived. */
  at: number;
}

export interface SseOptions {
  origin: string;
  path: string;
  cookie: string;
  lastEventId?: string;
  onMessage(message: SseMessage): void;
  onClose?(reason: string): void;
}

export class SseReader {
  /** The id of the last message that carried one (what a browser would resume from). */
  lastId: string | null = null;
  status = 0;
  private request: http.ClientRequest | null = null;
  private closed = false;

  private constructor(private readonly options: SseOptions) {}

  /** Resolves once the response headers are in (status 200), rejects otherwise. */
  static open(options: SseOptions, timeoutMs = 15_000): Promise<SseReader> {
    const reader = new SseReader(options);
    return reader.connect(timeoutMs).then(() => reader);
  }

  private connect(timeoutMs: number): Promise<void> {
    const url = new URL(this.options.path, this.options.origin);
    if (url.hostname !== '127.0.0.1') return Promise.reject(new Error(`refusing a stream off loopback: ${url.href}`));
    const headers: Record<string, string> = { accept: 'text/event-stream', cookie: this.options.cookie, 'cache-control': 'no-cache' };
    if (this.options.lastEventId !== undefined) headers['last-event-id'] = this.options.lastEventId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        request.destroy(new Error(`stream ${url.pathname} did not answer in ${timeoutMs} ms`));
      }, timeoutMs);
      const request = http.get(url, { agent: false, headers }, (response) => {
        clearTimeout(timer);
        this.status = response.statusCode ?? 0;
        if (this.status !== 200) {
          response.resume();
          reject(new Error(`stream ${url.pathname}: status ${this.status}`));
          return;
        }
        response.setEncoding('utf8');
        let buffer = '';
        response.on('data', (chunk: string) => {
          const at = performance.now();
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end !== -1) {
            this.dispatch(buffer.slice(0, end), at);
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
          }
        });
        response.on('end', () => this.finish('the server ended the stream'));
        response.on('error', (error) => this.finish(error.message));
        resolve();
      });
      request.on('error', (error) => {
        clearTimeout(timer);
        this.finish(error.message);
        reject(new Error(`stream ${url.pathname}: ${error.message}`, { cause: error }));
      });
      this.request = request;
    });
  }

  private dispatch(block: string, at: number): void {
    let id: string | null = null;
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') id = value;
      else if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (id !== null) this.lastId = id;
    if (id === null && data.length === 0) return;
    this.options.onMessage({ id, event, data: data.join('\n'), at });
  }

  private finish(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.options.onClose?.(reason);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  close(): void {
    this.finish('closed by the client');
    this.request?.destroy();
  }
}
