import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendCommand } from './send-command';

interface Sent {
  body: unknown;
  answer: (status: number, payload: unknown) => void;
  fail: () => void;
}

/** A fetch that holds every request until the test answers it. */
function heldFetch(): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', (_url: string, init: { body: string }) =>
    new Promise((resolve, reject) => {
      sent.push({
        body: JSON.parse(init.body),
        answer: (status, payload) => resolve(new Response(JSON.stringify(payload), { status, headers: { 'content-type': 'application/json' } })),
        fail: () => reject(new TypeError('network down')),
      });
    }),
  );
  return sent;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
afterEach(() => vi.unstubAllGlobals());

describe('sendCommand', () => {
  it('sends one command alone and what waits behind it as one batch, answering each in order', async () => {
    const sent = heldFetch();
    const first = sendCommand('ex-1', { type: 'note.add', text: 'a' });
    const second = sendCommand('ex-1', { type: 'note.add', text: 'b' });
    const third = sendCommand('ex-1', { type: 'vote.close' });
    await tick();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({ type: 'note.add', text: 'a', clientId: expect.any(String) });
    sent[0]!.answer(201, { seq: 1 });
    expect(await first).toEqual({ ok: true, status: 201, message: null });
    await tick();
    expect(sent).toHaveLength(2);
    expect(Array.isArray(sent[1]!.body) && sent[1]!.body.map((c: { type: string }) => c.type)).toEqual(['note.add', 'vote.close']);
    sent[1]!.answer(200, { results: [{ status: 201, seq: 2 }, { status: 409, error: 'No vote is open.' }] });
    expect(await second).toEqual({ ok: true, status: 201, message: null });
    expect(await third).toEqual({ ok: false, status: 409, message: 'No vote is open.' });
  });

  it('retries a lost request with the same ids, so the server stores it once', async () => {
    const sent = heldFetch();
    const result = sendCommand('ex-2', { type: 'note.add', text: 'a' }, 2);
    await tick();
    sent[0]!.fail();
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(sent).toHaveLength(2);
    expect(sent[1]!.body).toEqual(sent[0]!.body);
    sent[1]!.answer(200, { seq: 1, replayed: true });
    expect(await result).toEqual({ ok: true, status: 200, message: null });
  });

  it('answers every command of a batch the whole request refused with that refusal', async () => {
    const sent = heldFetch();
    const first = sendCommand('ex-3', { type: 'note.add', text: 'a' });
    const rest = [sendCommand('ex-3', { type: 'note.add', text: 'b' }), sendCommand('ex-3', { type: 'note.add', text: 'c' })];
    await tick();
    sent[0]!.answer(201, {});
    await first;
    await tick();
    sent[1]!.answer(404, { error: 'No exercise with that id.' });
    expect(await Promise.all(rest)).toEqual([
      { ok: false, status: 404, message: 'No exercise with that id.' },
      { ok: false, status: 404, message: 'No exercise with that id.' },
    ]);
  });
});
