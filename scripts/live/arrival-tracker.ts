// Counts, per seq, how many of a group of streams have received it and when the last one did:
// "recorded → arrived at the last client" is lastArrival(seq) − the time the POST was sent. An id
// can arrive before the POST's answer does (the NOTIFY fires at commit), so arrivals are kept for
// seqs nobody is waiting on yet.
export class ArrivalTracker {
  private readonly arrivals = new Map<number, { count: number; last: number }>();
  private readonly waiters = new Map<number, () => void>();

  constructor(readonly clients: number) {}

  arrive(seq: number, at: number): void {
    const entry = this.arrivals.get(seq) ?? { count: 0, last: 0 };
    entry.count += 1;
    entry.last = Math.max(entry.last, at);
    this.arrivals.set(seq, entry);
    if (entry.count >= this.clients) this.waiters.get(seq)?.();
  }

  count(seq: number): number {
    return this.arrivals.get(seq)?.count ?? 0;
  }

  /** Resolves with the time the last client received `seq`, or null after `timeoutMs`. */
  waitForAll(seq: number, timeoutMs: number): Promise<number | null> {
    const done = () => this.arrivals.get(seq)?.last ?? null;
    if (this.count(seq) >= this.clients) return Promise.resolve(done());
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters.delete(seq);
        resolve(null);
      }, timeoutMs);
      this.waiters.set(seq, () => {
        clearTimeout(timer);
        this.waiters.delete(seq);
        resolve(done());
      });
    });
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export interface LatencySummary {
  samples: number;
  timeouts: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarize(samples: readonly number[], timeouts: number): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples: sorted.length, timeouts, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? Number.NaN };
}

/** Runs `task` over `items` with at most `concurrency` at a time. */
export async function inParallel<T, R>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index]!, index);
      }
    }),
  );
  return results;
}
