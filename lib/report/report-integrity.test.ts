import { describe, expect, it } from 'vitest';
import { sealEvent } from '../exercise/hash-chain';
import { FACILITATOR } from '../exercise/test-exercise';
import { publishReport } from './publish-report';
import { joined, playedExercise, reportOf } from './test-report';

describe('the hash chain check in the appendix', () => {
  it('reports an intact log with its head and count', async () => {
    const ex = await playedExercise();
    const report = await reportOf(ex);
    expect(report.appendix.chain).toEqual({ ok: true, head: ex.events.at(-1)?.hash, count: ex.events.length });
    expect(report.warnings).toEqual([]);
  });

  it('names the first broken entry when a stored note was changed, and warns', async () => {
    const ex = await playedExercise();
    const index = ex.events.findIndex((e) => e.type === 'note.added');
    const original = ex.events[index];
    if (original?.type !== 'note.added') throw new Error('fixture has no note');
    ex.events[index] = { ...original, payload: { ...original.payload, text: 'Everything went fine.' } };
    const report = await reportOf(ex);
    expect(report.appendix.chain).toEqual({ ok: false, firstBrokenSeq: original.seq, reason: `event ${original.seq} was changed after it was written` });
    expect(report.warnings[0]).toContain(`integrity check at entry ${original.seq}`);
  });

  it('catches events cut off the end against the head kept on the exercise row', async () => {
    const ex = await playedExercise();
    const head = { head: ex.events.at(-1)?.hash ?? '', count: ex.events.length };
    const report = await reportOf(ex, undefined, { events: ex.events.slice(0, -2), exercise: { id: ex.exerciseId, title: 'Q2 registry drill', expectedChain: head } });
    expect(report.appendix.chain).toMatchObject({ ok: false, firstBrokenSeq: ex.events.length - 1 });
  });

  it('notices a re-sealed forgery only through the published hash', async () => {
    const ex = await playedExercise();
    const draft = await reportOf(ex);
    const published = publishReport(draft, {}, '2026-05-06T10:00:00.000Z', 'Fatima');
    if (!published.ok) throw new Error(published.reason);
    // Rewrite the last event and re-seal it: the chain links again, but ends at another hash.
    const last = ex.events.at(-1);
    const before = ex.events.at(-2) ?? null;
    if (!last) throw new Error('empty log');
    const forged = await sealEvent(before, { ...last, createdAt: '2026-05-04T12:00:00.000Z' });
    const events = [...ex.events.slice(0, -1), forged];
    expect((await reportOf(ex, undefined, { events })).appendix.chain.ok).toBe(true);
    const report = await reportOf(ex, undefined, { events, published: published.record });
    expect(report.appendix.chain).toMatchObject({ ok: false, firstBrokenSeq: ex.events.length + 1 });
  });
});

describe('publishReport', () => {
  it('stamps the final hash, the event count and the time, and the rebuilt report shows it published', async () => {
    const ex = await playedExercise();
    const edits = { summary: 'Contained fast; notification was slow.', ratings: { contain: 'S' as const } };
    const result = publishReport(await reportOf(ex, edits), edits, '2026-05-06T10:00:00.000Z', 'Fatima');
    expect(result).toEqual({
      ok: true,
      record: { kind: 'sandtable.published-report', version: 1, exerciseId: ex.exerciseId, edits, finalHash: ex.events.at(-1)?.hash, eventCount: ex.events.length, publishedAt: '2026-05-06T10:00:00.000Z', publishedBy: 'Fatima' },
    });
    if (!result.ok) return;
    const report = await reportOf(ex, undefined, { published: result.record });
    expect(report.status).toBe('published');
    expect(report.published).toEqual({ publishedAt: '2026-05-06T10:00:00.000Z', publishedBy: 'Fatima', finalHash: result.record.finalHash, eventCount: ex.events.length });
    expect(report.summary.text).toBe('Contained fast; notification was slow.');
    expect(report.analysis.objectives[0]?.rating?.level).toBe('S');
    expect(report.appendix.chain.ok).toBe(true);
  });

  it('refuses a running exercise and a broken log', async () => {
    const running = await joined();
    expect(publishReport(await reportOf(running), {}, '2026-05-06T10:00:00.000Z')).toEqual({ ok: false, reason: 'End the exercise before publishing its report.' });
    const ex = await joined();
    await ex.must(FACILITATOR, { type: 'exercise.end' });
    const first = ex.events[0];
    if (!first) throw new Error('empty log');
    ex.events[0] = { ...first, createdAt: '2026-01-01T00:00:00.000Z' };
    const result = publishReport(await reportOf(ex), {}, '2026-05-06T10:00:00.000Z');
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('entry 1') });
  });
});
