// The floor under the live benchmark: a plain node:http SSE server in this process, holding the
// streams in memory and writing each POSTed event to all of them. Same clients, same parser, same
// measurement as the app; what the app adds above this is the framework, auth, the database and
// the per-viewer redaction.
import http from 'node:http';
import { ArrivalTracker, summarize, type LatencySummary } from '../scripts/live/arrival-tracker';
import { httpRequest } from '../scripts/live/http-session';
import { SseReader } from '../scripts/live/sse-reader';

// About the size of a facilitator's note.added event as the app sends it.
const PAYLOAD = JSON.stringify({
  type: 'note.added',
  actor: { kind: 'user', id: '8d0c1f63-3c1b-4a8e-9f3e-0b6a9a2f1d10', name: 'Facilitator', role: 'facilitator' },
  payload: { text: 'Legal asked early about the notification clock; comms had a holding statement ready.', tag: 'strength' },
  clientId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427',
  createdAt: new Date(0).toISOString(),
  prevHash: '0'.repeat(64),
  hash: 'f'.repeat(64),
});

export async function measureFloor(port: number, clients: number, events: number, timeLimitMs: number): Promise<LatencySummary> {
  const streams = new Set<http.ServerResponse>();
  let seq = 0;
  const server = http.createServer((request, response) => {
    if (request.method === 'GET' && request.url === '/stream') {
      response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store' });
      response.write('retry: 2000\n\n');
      streams.add(response);
      request.on('close', () => streams.delete(response));
      return;
    }
    if (request.method === 'POST' && request.url === '/event') {
      request.resume();
      request.on('end', () => {
        seq += 1;
        const message = `id: ${seq}\nevent: exercise\ndata: {"seq":${seq},${PAYLOAD.slice(1)}\n\n`;
        for (const stream of streams) stream.write(message);
        response.writeHead(201, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ seq }));
      });
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${port}`;
  const tracker = new ArrivalTracker(clients);
  const readers: SseReader[] = [];
  try {
    for (let i = 0; i < clients; i++) {
      readers.push(
        await SseReader.open({
          origin,
          path: '/stream',
          cookie: '',
          onMessage: (message) => {
            if (message.id) tracker.arrive(Number(message.id), message.at);
          },
        }),
      );
    }
    const samples: number[] = [];
    let timeouts = 0;
    const deadline = Date.now() + timeLimitMs;
    for (let i = 0; i < events && Date.now() < deadline; i++) {
      const sent = performance.now();
      const reply = await httpRequest(origin, 'POST', '/event', { headers: { 'content-type': 'application/json' }, body: '{}' });
      const posted = Number(JSON.parse(reply.text).seq);
      const last = await tracker.waitForAll(posted, 10_000);
      if (last === null) timeouts += 1;
      else samples.push(last - sent);
    }
    return summarize(samples, timeouts);
  } finally {
    for (const reader of readers) reader.close();
    for (const stream of streams) stream.end();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
