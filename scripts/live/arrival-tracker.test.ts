import { describe, expect, it } from 'vitest';
import { ArrivalTracker, inParallel, percentile, summarize } from './arrival-tracker';

describe('the live benchmark’s arithmetic', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile(sorted, 100)]).toEqual([50, 95, 99, 100]);
    expect(percentile([7], 95)).toBe(7);
    expect(summarize([30, 10, 20], 2)).toMatchObject({ samples: 3, timeouts: 2, p50: 20, max: 30 });
  });

  it('times a seq by its last client, counting arrivals that came before anyone waited', async () => {
    const tracker = new ArrivalTracker(3);
    tracker.arrive(5, 10);
    tracker.arrive(5, 30);
    const waiting = tracker.waitForAll(5, 1_000);
    tracker.arrive(6, 99);
    tracker.arrive(5, 20);
    await expect(waiting).resolves.toBe(30);
    await expect(tracker.waitForAll(6, 20)).resolves.toBeNull();
  });

  it('runs at most the given number of tasks at once, keeping the order of results', async () => {
    let running = 0;
    let most = 0;
    const results = await inParallel([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(most).toBe(3);
  });
});
