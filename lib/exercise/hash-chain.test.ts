import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashEvent, sealEvent, verifyChain } from './hash-chain';
import { sha256Hex } from './sha256-hex';
import type { StoredEvent } from './stored-event';
import { TestExercise } from './test-exercise';

async function log(): Promise<StoredEvent[]> {
  return (await TestExercise.played()).events;
}

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('hash chain', () => {
  it('links the first event to the genesis hash and each next one to the one before', async () => {
    const events = await log();
    expect(events[0]?.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < events.length; i++) expect(events[i]?.prevHash).toBe(events[i - 1]?.hash);
  });

  it('verifies an intact log and returns its head', async () => {
    const events = await log();
    expect(await verifyChain(events)).toEqual({ ok: true, head: events.at(-1)?.hash, count: events.length });
    expect(await verifyChain([])).toEqual({ ok: true, head: GENESIS_HASH, count: 0 });
  });

  it('survives a database round trip that reorders keys', async () => {
    const events = await log();
    const reordered = events.map((event) => Object.fromEntries(Object.entries(event).reverse()) as StoredEvent);
    expect((await verifyChain(reordered)).ok).toBe(true);
  });

  it('finds a tampered payload', async () => {
    const events = await log();
    const note = events.findIndex((event) => event.type === 'note.added');
    events[note] = { ...events[note]!, payload: { text: 'Nothing went wrong.', tag: 'strength' } } as StoredEvent;
    expect(await verifyChain(events)).toEqual({ ok: false, firstBrokenSeq: note + 1, reason: `event ${note + 1} was changed after it was written` });
  });

  it('finds a changed author or time', async () => {
    const events = await log();
    const byActor = events.map((event, i) => (i === 6 ? { ...event, actor: { ...event.actor, name: 'Mallory' } } : event));
    expect(await verifyChain(byActor)).toMatchObject({ ok: false, firstBrokenSeq: 7 });
    const byTime = events.map((event, i) => (i === 2 ? { ...event, createdAt: '2020-01-01T00:00:00.000Z' } : event));
    expect(await verifyChain(byTime)).toMatchObject({ ok: false, firstBrokenSeq: 3 });
  });

  it('finds a tampered event whose own hash was recomputed, at the next link', async () => {
    const events = await log();
    const forged = { ...events[4]!, payload: { injectId: 'quiet-drift' } } as StoredEvent;
    events[4] = await sealEvent(events[3]!, forged);
    expect(await verifyChain(events)).toEqual({ ok: false, firstBrokenSeq: 6, reason: 'event 6 does not link to the event before it' });
  });

  it('finds a deleted event', async () => {
    const events = await log();
    events.splice(7, 1);
    expect(await verifyChain(events)).toEqual({ ok: false, firstBrokenSeq: 8, reason: 'event 8 is missing (found 9 in its place)' });
  });

  it('finds a deleted event even when the later seqs were renumbered', async () => {
    const events = await log();
    events.splice(7, 1);
    const renumbered = events.map((event, i) => ({ ...event, seq: i + 1 }));
    expect(await verifyChain(renumbered)).toMatchObject({ ok: false, firstBrokenSeq: 8 });
  });

  it('finds reordered events', async () => {
    const events = await log();
    [events[9], events[10]] = [events[10]!, events[9]!];
    expect(await verifyChain(events)).toEqual({ ok: false, firstBrokenSeq: 10, reason: 'event 10 is out of order (found 11 in its place)' });
  });

  it('finds events cut off the end only against the head the exercise recorded', async () => {
    const events = await log();
    const head = { head: events.at(-1)!.hash, count: events.length };
    const cut = events.slice(0, -2);
    expect((await verifyChain(cut)).ok).toBe(true);
    expect(await verifyChain(cut, head)).toMatchObject({ ok: false, firstBrokenSeq: events.length - 1 });
    expect(await verifyChain(events, head)).toMatchObject({ ok: true });
  });

  it('finds a repeated event', async () => {
    const events = await log();
    events.splice(5, 0, events[4]!);
    expect(await verifyChain(events)).toMatchObject({ ok: false, firstBrokenSeq: 6, reason: 'event 5 is repeated (expected 6)' });
  });

  it('finds an event from another exercise spliced in', async () => {
    const events = await log();
    events[3] = { ...events[3]!, exerciseId: 'exercise-2' };
    expect(await verifyChain(events)).toMatchObject({ ok: false, firstBrokenSeq: 4, reason: 'event 4 belongs to another exercise' });
  });

  it('hashes only the named fields, so extra row columns do not matter', async () => {
    const [first] = await log();
    expect(await hashEvent(GENESIS_HASH, { ...first!, ...{ rowId: 99 } })).toBe(first!.hash);
  });
});
